package lab.subspace.magics.deblur;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;

/**
 * The Noise2Noise loss of a linear filter, reduced to per-frequency sufficient statistics.
 *
 * <p>For a pair (input frames S, target frame k'), the restoration is
 * {@code X = G (sum_{k in S} Y_k - |S| b N delta) / T_S} with {@code T_S = sum_{k in S} t_k}, and the
 * target is predicted through the physics: {@code t_k' H X + b N delta}. With {@code s = H G} the
 * residual at a frequency w != 0 is {@code s(w) c(w) - Y_k'(w)}, {@code c = t_k' U_S / T_S}, so the loss
 * is {@code sum_w (s^2 P - 2 s Q + R)} with {@code P = sum |c|^2}, {@code Q = sum Re(conj(c) Y')},
 * {@code R = sum |Y'|^2} over pairs. The bias only enters at DC. With the physical constraint
 * {@code H(0) G(0) = 1} the DC residual is {@code (u - v) + b w}, {@code u = t_k' U_S(0) / T_S},
 * {@code v = Y_k'(0)}, {@code w = N (1 - t_k' |S| / T_S)}: b is identifiable only if some
 * {@code w != 0}, i.e. if the exposures differ (the signal scales with exposure, the bias does not).
 *
 * <p>Everything is divided by {@code pairs * N^2}, so the loss is the mean squared error per pixel
 * between predicted and observed target frames (Parseval).
 */
final class N2NStatistics {

    final double[] p;
    final double[] q;
    final double[] r;
    double dcA;
    double dcB;
    double dcC;
    double norm;
    int pairs;
    private final int rows;
    private final int cols;

    N2NStatistics(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.p = new double[rows * cols];
        this.q = new double[rows * cols];
        this.r = new double[rows * cols];
    }

    /**
     * Accumulates every training pair of {@code frames}: multi-frame pairs (all other frames ->
     * one frame) or single-frame pairs (one frame -> another). Inputs with zero total exposure
     * (dark frames alone) are skipped; dark frames still serve as targets.
     */
    void add(NoisyFrames frames, boolean multiFrame) {
        if (frames.rows() != rows || frames.cols() != cols) {
            throw new IllegalArgumentException("Frames of " + frames.rows() + " x " + frames.cols() + " cannot join statistics of "
                    + rows + " x " + cols + " frames");
        }
        int n = frames.count();
        Memory.requireDoubles((long) (n + 2) * 2 * rows * cols, "spectra of " + n + " frames of " + rows + " x " + cols);
        Fft2 fft = new Fft2(rows, cols);
        double[][] spectra = new double[n][];
        for (int k = 0; k < n; k++) {
            Interrupts.check();
            spectra[k] = fft.forward(frames.view(k));
        }
        if (multiFrame) {
            double[] total = Spectra.sum(spectra, LearnedFilter.allFrames(n));
            for (int target = 0; target < n; target++) {
                Interrupts.check();
                double exposure = 0;
                for (int k = 0; k < n; k++) {
                    exposure += k == target ? 0 : frames.exposure(k);
                }
                if (exposure > 0) {
                    double[] input = total.clone();
                    for (int i = 0; i < input.length; i++) {
                        input[i] -= spectra[target][i];
                    }
                    addPair(input, n - 1, exposure, spectra[target], frames.exposure(target));
                }
            }
        } else {
            for (int source = 0; source < n; source++) {
                if (frames.exposure(source) == 0) {
                    continue;
                }
                for (int target = 0; target < n; target++) {
                    Interrupts.check();
                    if (target != source) {
                        addPair(spectra[source], 1, frames.exposure(source), spectra[target], frames.exposure(target));
                    }
                }
            }
        }
    }

    private void addPair(double[] input, int inputFrames, double inputExposure, double[] target, double targetExposure) {
        double scale = targetExposure / inputExposure;
        for (int f = 0; f < p.length; f++) {
            double cr = scale * input[2 * f];
            double ci = scale * input[2 * f + 1];
            double yr = target[2 * f];
            double yi = target[2 * f + 1];
            p[f] += cr * cr + ci * ci;
            q[f] += cr * yr + ci * yi;
            r[f] += yr * yr + yi * yi;
        }
        double pixels = (double) rows * cols;
        double u = scale * input[0];
        double v = target[0];
        double w = pixels * (1 - scale * inputFrames);
        dcA += (u - v) * (u - v);
        dcB += w * (u - v);
        dcC += w * w;
        norm += pixels * pixels;
        pairs++;
    }

    /** Mean over pairs of {@code (1 - t_k' |S| / T_S)^2}: 0 when the bias cannot be identified. */
    double biasLeverage() {
        return norm == 0 ? 0 : dcC / norm;
    }

    /** The bias minimising the constrained DC loss (whatever the filter): {@code -dcB / dcC}. */
    double optimalBias() {
        return -dcB / dcC;
    }
}
