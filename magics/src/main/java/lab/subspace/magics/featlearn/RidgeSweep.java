package lab.subspace.magics.featlearn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.linalg.Gram;

/**
 * Ridge regression on a network's features phi(x) = sigma(W x) / sqrt(N):
 * minimise (1/n) |Phi w / sqrt N - y|^2 + lambda |w|^2, so lambda is on the scale of the kernel's
 * eigenvalues. {@link #run} compares random, post-step and spiked-law features on growing
 * training prefixes of one pool and a common test set.
 */
public final class RidgeSweep {

    private RidgeSweep() {
    }

    /** Output weights of the ridge fit (length N). */
    public static double[] fit(TwoLayerNetwork net, Sample train, double lambda) {
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("ridge lambda must be finite and > 0 but is " + lambda);
        }
        DMatrixRMaj phi = net.features(train.x());
        int n = phi.numRows;
        int width = phi.numCols;
        DMatrixRMaj a = Gram.ofColumns(phi);
        double scale = 1.0 / ((double) n * width);
        for (int i = 0; i < a.data.length; i++) {
            a.data[i] *= scale;
        }
        for (int j = 0; j < width; j++) {
            a.add(j, j, lambda);
        }
        DMatrixRMaj rhs = new DMatrixRMaj(width, 1);
        double[] y = train.y();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < width; j++) {
                rhs.data[j] += phi.data[i * width + j] * y[i];
            }
        }
        double r = 1.0 / (n * Math.sqrt(width));
        for (int j = 0; j < width; j++) {
            rhs.data[j] *= r;
        }
        LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(width);
        if (!chol.setA(a)) {
            throw new IllegalStateException("Cholesky factorisation of the ridge system failed");
        }
        DMatrixRMaj w = new DMatrixRMaj(width, 1);
        chol.solve(rhs, w);
        return w.data;
    }

    /** Test mean squared error over the test labels' variance (1 = predicting the mean). */
    public static double relativeError(TwoLayerNetwork net, double[] weights, Sample test) {
        DMatrixRMaj phi = net.features(test.x());
        double[] y = test.y();
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double err = 0;
        double var = 0;
        double s = 1 / Math.sqrt(net.width());
        for (int i = 0; i < y.length; i++) {
            double p = 0;
            for (int j = 0; j < weights.length; j++) {
                p += phi.data[i * weights.length + j] * weights[j];
            }
            err += (p * s - y[i]) * (p * s - y[i]);
            var += (y[i] - mean) * (y[i] - mean);
        }
        return var == 0 ? Double.NaN : err / var;
    }

    /**
     * Test errors of three feature maps as the training size grows: the random features of
     * {@code before}, the post-step features of {@code after}, and N fresh neurons from the spiked
     * Gaussian fitted to {@code after}'s weights (the paper's approximation used as a feature map).
     *
     * @param pool  training samples; the first n are used for each n in sizes
     * @param sizes training sizes, each in [1, pool size]
     */
    public static RidgeResult run(TwoLayerNetwork before, TwoLayerNetwork after, Sample pool, Sample test, int[] sizes,
            double lambda, long seed) {
        int max = maxSize(sizes);
        if (max > pool.size()) {
            throw new IllegalArgumentException("largest training size " + max + " exceeds the " + pool.size()
                    + " training samples available");
        }
        SpikedCovariance spiked = SpikedCovariance.fit(after.weightCovariance());
        TwoLayerNetwork law = new TwoLayerNetwork(KernelComparison.draw(spiked, after.width(), seed), after.a(),
                after.activation());
        TwoLayerNetwork[] nets = {before, after, law};
        List<RidgeResult.Row> rows = new ArrayList<>();
        try (Progress progress = Progress.start("ridge on features", (long) sizes.length * nets.length, Duration.ofSeconds(1))) {
            for (int n : sizes) {
                double[] e = new double[nets.length];
                Sample train = pool.rows(0, n);
                for (int k = 0; k < nets.length; k++) {
                    Interrupts.check();
                    e[k] = relativeError(nets[k], fit(nets[k], train, lambda), test);
                    progress.step();
                }
                rows.add(new RidgeResult.Row(n, e[0], e[1], e[2]));
            }
        }
        return new RidgeResult(rows, lambda, after.width(), after.dimension(), test.size());
    }

    static int maxSize(int[] sizes) {
        if (sizes == null || sizes.length == 0) {
            throw new IllegalArgumentException("give at least one training size");
        }
        int max = 0;
        for (int n : sizes) {
            if (n < 1) {
                throw new IllegalArgumentException("training sizes must be >= 1 but one is " + n);
            }
            max = Math.max(max, n);
        }
        return max;
    }
}
