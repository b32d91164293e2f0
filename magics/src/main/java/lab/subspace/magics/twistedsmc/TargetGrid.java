package lab.subspace.magics.twistedsmc;

import java.util.Arrays;

import lab.subspace.numerics.random.Rng;

/**
 * The reward-tilted target p_0(x) exp(r(x) / beta) / Z binned on a grid over the data's box
 * (mean +- 4 sd of every component), for d = 1 (60 bins) or d = 2 (24 x 24 bins). Bin masses come from
 * midpoint quadrature on a finer grid, so any reward works; points outside the box count in the
 * nearest edge bin. KL(samples || target) is the plug-in KL between the samples' (weighted) histogram
 * and the bin masses: it has an upward bias of about (occupied bins - 1) / (2 n) for n samples, the
 * same for every method compared at equal n.
 *
 * <pre>{@code
 * TargetGrid g = problem.target();
 * double kl = g.kl(run.samples(), run.weights());
 * double[][] exact = g.sample(500, new Rng(1));
 * }</pre>
 */
public final class TargetGrid {

    private final int d;
    private final int bins;
    private final double[] lo;
    private final double[] width;
    private final double[] mass;
    private final double[] cumulative;
    private final double logNormaliser;

    private TargetGrid(int d, int bins, double[] lo, double[] width, double[] mass, double logNormaliser) {
        this.d = d;
        this.bins = bins;
        this.lo = lo;
        this.width = width;
        this.mass = mass;
        this.logNormaliser = logNormaliser;
        cumulative = new double[mass.length];
        double s = 0;
        for (int b = 0; b < mass.length; b++) {
            s += mass[b];
            cumulative[b] = s;
        }
    }

    static TargetGrid of(AlignmentProblem problem) {
        Mixture data = problem.model().data();
        int d = data.dimension();
        if (d > 2) {
            throw new IllegalArgumentException("the target grid (KL, exact draws) needs d <= 2 but the data has d = " + d);
        }
        int bins = d == 1 ? 60 : 24;
        int sub = d == 1 ? 16 : 6;
        double[] lo = new double[d];
        double[] hi = new double[d];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int j = 0; j < data.components(); j++) {
            double[] mu = data.mean(j);
            double[] cov = data.covarianceData(j);
            for (int i = 0; i < d; i++) {
                double sd = Math.sqrt(cov[i * d + i]);
                lo[i] = Math.min(lo[i], mu[i] - 4 * sd);
                hi[i] = Math.max(hi[i], mu[i] + 4 * sd);
            }
        }
        double[] width = new double[d];
        for (int i = 0; i < d; i++) {
            width[i] = (hi[i] - lo[i]) / bins;
        }
        int cells = d == 1 ? bins : bins * bins;
        double[] logMass = new double[cells];
        double[] x = new double[d];
        double[] scratch = new double[d];
        int per = d == 1 ? sub : sub * sub;
        double[] lp = new double[per];
        for (int c = 0; c < cells; c++) {
            int bx = c % bins;
            int by = c / bins;
            double max = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < per; s++) {
                x[0] = lo[0] + (bx + (s % sub + 0.5) / sub) * width[0];
                if (d == 2) {
                    x[1] = lo[1] + (by + (s / sub + 0.5) / sub) * width[1];
                }
                lp[s] = data.logDensity(x) + problem.logTilt(x, 0, scratch);
                max = Math.max(max, lp[s]);
            }
            double sum = 0;
            for (int s = 0; s < per; s++) {
                sum += Math.exp(lp[s] - max);
            }
            logMass[c] = max + Math.log(sum / per);
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logMass) {
            max = Math.max(max, v);
        }
        double total = 0;
        double[] mass = new double[cells];
        for (int c = 0; c < cells; c++) {
            mass[c] = Math.exp(logMass[c] - max);
            total += mass[c];
        }
        for (int c = 0; c < cells; c++) {
            mass[c] /= total;
        }
        double volume = d == 1 ? width[0] : width[0] * width[1];
        return new TargetGrid(d, bins, lo, width, mass, max + Math.log(total * volume));
    }

    /** Bins per axis. */
    public int bins() {
        return bins;
    }

    /** Target mass per cell (cell = ix + bins * iy), summing to 1. */
    public double[] masses() {
        return mass.clone();
    }

    /** Bin centres along axis i. */
    public double[] centres(int axis) {
        double[] c = new double[bins];
        for (int b = 0; b < bins; b++) {
            c[b] = lo[axis] + (b + 0.5) * width[axis];
        }
        return c;
    }

    /** Target density per cell (mass / cell volume). */
    public double[] density() {
        return toDensity(mass);
    }

    /** log of the quadrature of p_0 exp(r / beta) over the box. */
    public double logNormaliser() {
        return logNormaliser;
    }

    /** Normalised weighted histogram of the samples on the cells (weights null = equal). */
    public double[] histogram(double[][] samples, double[] weights) {
        if (weights != null && weights.length != samples.length) {
            throw new IllegalArgumentException(samples.length + " samples but " + weights.length + " weights");
        }
        double[] h = new double[mass.length];
        double total = 0;
        for (int n = 0; n < samples.length; n++) {
            if (samples[n].length != d) {
                throw new IllegalArgumentException("the target is " + d + "-dimensional but sample " + n + " has " + samples[n].length
                        + " coordinates");
            }
            double w = weights == null ? 1 : weights[n];
            h[cell(samples[n])] += w;
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the sample weights sum to " + total);
        }
        for (int c = 0; c < h.length; c++) {
            h[c] /= total;
        }
        return h;
    }

    /** The histogram as a density (for plots against {@link #density()}). */
    public double[] histogramDensity(double[][] samples, double[] weights) {
        return toDensity(histogram(samples, weights));
    }

    /** Plug-in KL(histogram of the samples || target bins); weights null = equal. */
    public double kl(double[][] samples, double[] weights) {
        double[] h = histogram(samples, weights);
        double kl = 0;
        for (int c = 0; c < h.length; c++) {
            if (h[c] > 0) {
                kl += h[c] * Math.log(h[c] / Math.max(mass[c], 1e-300));
            }
        }
        return Math.max(0, kl);
    }

    /** n draws from the binned target (cell by mass, then uniform in the cell). */
    public double[][] sample(int n, Rng rng) {
        double[][] out = new double[n][d];
        for (int k = 0; k < n; k++) {
            int c = Arrays.binarySearch(cumulative, rng.uniform() * cumulative[cumulative.length - 1]);
            c = Math.min(c < 0 ? -c - 1 : c, mass.length - 1);
            out[k][0] = lo[0] + (c % bins + rng.uniform()) * width[0];
            if (d == 2) {
                out[k][1] = lo[1] + (c / bins + rng.uniform()) * width[1];
            }
        }
        return out;
    }

    private int cell(double[] x) {
        int c = 0;
        int stride = 1;
        for (int i = 0; i < d; i++) {
            int b = (int) Math.floor((x[i] - lo[i]) / width[i]);
            c += stride * Math.max(0, Math.min(bins - 1, b));
            stride *= bins;
        }
        return c;
    }

    private double[] toDensity(double[] p) {
        double volume = d == 1 ? width[0] : width[0] * width[1];
        double[] out = new double[p.length];
        for (int c = 0; c < p.length; c++) {
            out[c] = p[c] / volume;
        }
        return out;
    }
}
