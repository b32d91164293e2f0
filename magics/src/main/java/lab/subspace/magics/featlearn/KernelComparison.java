package lab.subspace.magics.featlearn;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.linalg.Gram;
import lab.subspace.numerics.random.Rng;

/** Builds {@link KernelResult}: empirical feature kernels against their Gaussian-weight limits. */
final class KernelComparison {

    /** Independent width-N draws averaged for the finite-width floor. */
    static final int FLOOR_DRAWS = 8;

    private KernelComparison() {
    }

    static KernelResult run(OneStepRun run, int points, long seed) {
        int n = run.probe().size();
        if (points < 2 || points > n) {
            throw new IllegalArgumentException("points must be in [2, " + n + "] (the probe size) but is " + points);
        }
        Sample probe = run.probe().rows(0, points);
        DMatrixRMaj x = probe.x();
        int width = run.width();
        int d = run.dimension();
        DMatrixRMaj before = empirical(run.before(), x);
        DMatrixRMaj after = empirical(run.after(), x);

        DMatrixRMaj initial = DMatrixRMaj.wrap(d, d, identityOver(d));
        DMatrixRMaj full = run.after().weightCovariance();
        SpikedCovariance spiked = SpikedCovariance.fit(full);
        var activation = run.after().activation();
        DMatrixRMaj kInitial = GaussianFeatureKernel.of(activation, initial).gram(x);
        DMatrixRMaj kSpiked = GaussianFeatureKernel.of(activation, spiked.matrix()).gram(x);
        DMatrixRMaj kIsotropic = GaussianFeatureKernel.of(activation, spiked.isotropic().matrix()).gram(x);
        DMatrixRMaj kFull = GaussianFeatureKernel.of(activation, full).gram(x);

        // Monte Carlo floor: N neurons drawn from the fitted spiked law itself, averaged over draws
        // because one draw's error fluctuates by tens of percent
        Rng rng = new Rng(seed);
        double floor = 0;
        for (int t = 0; t < FLOOR_DRAWS; t++) {
            TwoLayerNetwork sampled = new TwoLayerNetwork(draw(spiked, width, rng.nextLong()), new double[width], activation);
            floor += relative(empirical(sampled, x), kSpiked) / FLOOR_DRAWS;
        }

        return new KernelResult(relative(after, kSpiked), relative(after, kIsotropic), relative(after, kFull),
                floor, relative(before, kInitial), spiked, Vectors.times(x, run.beta()),
                diagonal(after), diagonal(kSpiked), diagonal(kIsotropic), offDiagonal(after, kSpiked, kIsotropic, seed),
                points, width, run.betaEstimated());
    }

    /** Phi Phi^T / N. */
    static DMatrixRMaj empirical(TwoLayerNetwork net, DMatrixRMaj x) {
        DMatrixRMaj phi = net.features(x);
        DMatrixRMaj k = Gram.ofRows(phi);
        for (int i = 0; i < k.data.length; i++) {
            k.data[i] /= net.width();
        }
        return k;
    }

    /** N rows w = sqrt(bulk) g + sqrt(spike) h v. */
    static DMatrixRMaj draw(SpikedCovariance c, int width, long seed) {
        Rng rng = new Rng(seed);
        int d = c.dimension();
        DMatrixRMaj w = rng.gaussian(width, d, Math.sqrt(c.bulk()));
        double sd = Math.sqrt(c.spike());
        for (int j = 0; j < width; j++) {
            double h = sd * rng.gaussian();
            for (int k = 0; k < d; k++) {
                w.data[j * d + k] += h * c.direction()[k];
            }
        }
        return w;
    }

    /** |A - B|_F / |A|_F. */
    static double relative(DMatrixRMaj a, DMatrixRMaj b) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < a.data.length; i++) {
            double e = a.data[i] - b.data[i];
            num += e * e;
            den += a.data[i] * a.data[i];
        }
        return Math.sqrt(num / den);
    }

    private static double[] identityOver(int d) {
        double[] c = new double[d * d];
        for (int i = 0; i < d; i++) {
            c[i * d + i] = 1.0 / d;
        }
        return c;
    }

    private static double[] diagonal(DMatrixRMaj k) {
        double[] out = new double[k.numRows];
        for (int i = 0; i < out.length; i++) {
            out[i] = k.get(i, i);
        }
        return out;
    }

    /** Up to 1500 random off-diagonal pairs: rows (empirical, spiked, isotropic). */
    private static double[][] offDiagonal(DMatrixRMaj emp, DMatrixRMaj spiked, DMatrixRMaj iso, long seed) {
        int n = emp.numRows;
        int count = Math.min(1500, n * (n - 1) / 2);
        Rng rng = new Rng(seed ^ 0x5DEECE66DL);
        double[][] out = new double[count][];
        for (int t = 0; t < count; t++) {
            int i = rng.nextInt(n);
            int j = rng.nextInt(n - 1);
            if (j >= i) {
                j++;
            }
            out[t] = new double[] {emp.get(i, j), spiked.get(i, j), iso.get(i, j)};
        }
        return out;
    }
}
