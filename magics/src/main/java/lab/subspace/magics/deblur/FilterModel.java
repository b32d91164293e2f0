package lab.subspace.magics.deblur;

import java.util.HashMap;
import java.util.Map;

/**
 * The learned filter's parameterisation on a {@code rows x cols} grid: a Wiener-form
 * deconvolution {@code G(w) = conj(H(w)) / (|H(w)|^2 + lambda(|w|))} for w != 0, whose
 * regularisation profile (a noise-to-signal ratio) is {@code log lambda}, piecewise linear in
 * {@code log |w|} between knots spaced evenly in log frequency from the lowest frequency to the
 * Nyquist frequency 0.5, and constant beyond (the corners of the spectrum). At DC,
 * {@code G(0) = g0 / H(0)}: the physical constraint is {@code g0 = 1}.
 *
 * <p>Why this form: whatever lambda is, G vanishes where H does (no noise blow-up at the zeros of
 * a disk OTF), the Noise2Noise optimum is lambda = noise power / scene power (Wiener), and a few
 * knots suffice because scene spectra are smooth in log frequency.
 */
final class FilterModel {

    final int rows;
    final int cols;
    final double[] knots;
    /** |H|^2 per frequency. */
    final double[] h2;
    /** Index of each frequency's radius among the distinct radii (-1 at DC). */
    final int[] radius;
    /** Per distinct radius: the knot on its left and the weight of the knot on its right. */
    final int[] left;
    final double[] weight;

    FilterModel(int rows, int cols, double[] otf, int knotCount) {
        if (knotCount < 2 || knotCount > 64) {
            throw new IllegalArgumentException("knots must be in 2..64 but is " + knotCount);
        }
        this.rows = rows;
        this.cols = cols;
        this.knots = knotFrequencies(rows, cols, knotCount);
        this.h2 = Spectra.power(otf);
        this.radius = new int[rows * cols];
        // Distinct radii by their exact integer key (u cols)^2 + (v rows)^2: lambda is computed once per radius.
        Map<Long, Integer> index = new HashMap<>();
        java.util.List<Double> frequencies = new java.util.ArrayList<>();
        for (int u = 0; u < rows; u++) {
            long du = (u <= rows / 2 ? u : u - rows);
            for (int v = 0; v < cols; v++) {
                int f = u * cols + v;
                if (f == 0) {
                    radius[f] = -1;
                    continue;
                }
                long dv = (v <= cols / 2 ? v : v - cols);
                long key = du * du * cols * cols + dv * dv * rows * rows;
                Integer r = index.get(key);
                if (r == null) {
                    r = frequencies.size();
                    index.put(key, r);
                    frequencies.add(Math.sqrt((double) key) / ((double) rows * cols));
                }
                radius[f] = r;
            }
        }
        this.left = new int[frequencies.size()];
        this.weight = new double[frequencies.size()];
        double lo = Math.log(knots[0]);
        double step = (Math.log(knots[knots.length - 1]) - lo) / (knots.length - 1);
        for (int r = 0; r < left.length; r++) {
            double pos = (Math.log(frequencies.get(r)) - lo) / step;
            int j = Math.max(0, Math.min(knots.length - 2, (int) Math.floor(pos)));
            left[r] = j;
            weight[r] = Math.max(0, Math.min(1, pos - j));
        }
    }

    /**
     * Knots from the lowest non-zero frequency to Nyquist (0.5 cycles per pixel), evenly in log.
     * Not up to the corner (0.71): the few corner frequencies would get a knot of their own that
     * the loss barely constrains (small |H|), and overfitting it amplifies noise there.
     */
    static double[] knotFrequencies(int rows, int cols, int count) {
        double lo = 1.0 / Math.max(rows, cols);
        double hi = 0.5;
        double[] k = new double[count];
        for (int j = 0; j < count; j++) {
            k[j] = Math.exp(Math.log(lo) + j * (Math.log(hi) - Math.log(lo)) / (count - 1));
        }
        return k;
    }

    int size() {
        return rows * cols;
    }

    int radii() {
        return left.length;
    }

    /** lambda for each distinct radius. */
    double[] lambdas(double[] logKnots) {
        double[] lam = new double[left.length];
        for (int r = 0; r < lam.length; r++) {
            int j = left[r];
            lam[r] = Math.exp(logKnots[j] + weight[r] * (logKnots[j + 1] - logKnots[j]));
        }
        return lam;
    }

    /** log lambda at an arbitrary radial frequency (clamped to the knot range). */
    double logLambdaAt(double[] logKnots, double frequency) {
        double lo = Math.log(knots[0]);
        double step = (Math.log(knots[knots.length - 1]) - lo) / (knots.length - 1);
        double pos = Math.max(0, Math.min(knots.length - 1, (Math.log(frequency) - lo) / step));
        int j = Math.min(knots.length - 2, (int) Math.floor(pos));
        return logKnots[j] + (pos - j) * (logKnots[j + 1] - logKnots[j]);
    }

    /**
     * {@code s = H G}: the blurred-domain response per frequency, {@code |H|^2 / (|H|^2 + lambda)}
     * (real), and {@code g0} at DC.
     */
    double[] shrink(double[] logKnots, double g0) {
        double[] lam = lambdas(logKnots);
        double[] s = new double[size()];
        s[0] = g0;
        for (int f = 1; f < s.length; f++) {
            s[f] = h2[f] / (h2[f] + lam[radius[f]]);
        }
        return s;
    }

    /** G as an interleaved complex spectrum. */
    double[] response(double[] otf, double[] logKnots, double g0) {
        double[] lam = lambdas(logKnots);
        double[] g = new double[otf.length];
        g[0] = g0 * otf[0] / h2[0];
        g[1] = -g0 * otf[1] / h2[0];
        for (int f = 1; f < h2.length; f++) {
            double d = h2[f] + lam[radius[f]];
            g[2 * f] = otf[2 * f] / d;
            g[2 * f + 1] = -otf[2 * f + 1] / d;
        }
        return g;
    }
}
