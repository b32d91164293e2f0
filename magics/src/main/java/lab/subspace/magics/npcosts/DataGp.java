package lab.subspace.magics.npcosts;

import java.time.Duration;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.linalg.Spd;
import lab.subspace.numerics.linalg.SymmetricEigen;

/**
 * Exact GP regression on your own data and its information bottleneck: the exact predictive at
 * the targets, and KL(GP || rank-d) where the rank-d model keeps the top d eigenpairs of the
 * kernel's Gram matrix over contexts and targets together (the empirical Mercer truncation) -
 * the finite representation whose cost "Three Costs of Amortizing Gaussian Process Inference with
 * Neural Processes" bounds.
 *
 * <pre>{@code
 * DataGpResult r = DataGp.analyze(Kernel.of("matern32", 0.3, 1, 1), X, y, Xt, 0.1, new int[] {2, 4, 8, 16});
 * r.kl();                      // KL per target for each rank
 * }</pre>
 */
public final class DataGp {

    private DataGp() {
    }

    /**
     * @param kernel the prior covariance (its dimension must match the inputs' columns)
     * @param x      n x dx context inputs
     * @param y      n labels
     * @param xt     T x dx target inputs
     * @param noise  observation noise standard deviation (&gt; 0)
     * @param ranks  representation sizes d, each in [0, n + T]
     */
    public static DataGpResult analyze(Kernel kernel, DMatrixRMaj x, double[] y, DMatrixRMaj xt, double noise, int[] ranks) {
        if (y.length != x.numRows) {
            throw new IllegalArgumentException("X has " + x.numRows + " rows but y has " + y.length + " labels");
        }
        Matrices.requireFinite("y", y);
        int n = x.numRows;
        int t = xt.numRows;
        for (int d : ranks) {
            if (d < 0 || d > n + t) {
                throw new IllegalArgumentException("rank " + d + " is outside [0, " + (n + t) + "] (contexts + targets)");
            }
        }
        double s2 = noise * noise;
        Memory.requireDoubles(3L * (n + t) * (n + t), "Gram matrix and eigenvectors " + (n + t) + " x " + (n + t));
        DMatrixRMaj all = new DMatrixRMaj(n + t, kernel.dimension());
        CommonOps_DDRM.insert(x, all, 0, 0);
        CommonOps_DDRM.insert(xt, all, n, 0);
        DMatrixRMaj gram = kernel.matrix(all, all);
        Conditional exactCond = blocks(gram, n, s2);
        Predictive exact = exactCond.predict(y);
        SymmetricEigen eig = Spd.eigen(gram);
        double trace = 0;
        for (double v : eig.values()) {
            trace += Math.max(0, v);
        }
        double[] kl = new double[ranks.length];
        double[] left = new double[ranks.length];
        try (Progress progress = Progress.start("%np-costs gp", ranks.length, Duration.ofSeconds(1))) {
            for (int r = 0; r < ranks.length; r++) {
                Interrupts.check();
                DMatrixRMaj truncated = new DMatrixRMaj(n + t, n + t);
                double kept = 0;
                int size = n + t;
                for (int j = size - ranks[r]; j < size; j++) {          // eigenvalues ascending: the top d are last
                    double lam = Math.max(0, eig.values()[j]);
                    kept += lam;
                    for (int a = 0; a < size; a++) {
                        double va = lam * eig.vectors().unsafe_get(a, j);
                        if (va == 0) {
                            continue;
                        }
                        for (int b = 0; b < size; b++) {
                            truncated.data[a * size + b] += va * eig.vectors().unsafe_get(b, j);
                        }
                    }
                }
                Predictive q = blocks(truncated, n, s2).predict(y);
                kl[r] = GaussianKl.divergence(exact, q) / t;
                left[r] = trace > 0 ? Math.max(0, 1 - kept / trace) : 0;
                progress.step();
            }
        }
        return new DataGpResult(kernel, x, y, xt, noise, exact, ranks, kl, left);
    }

    private static Conditional blocks(DMatrixRMaj k, int n, double s2) {
        int t = k.numRows - n;
        return Conditional.ofBlocks(CommonOps_DDRM.extract(k, 0, n, 0, n), CommonOps_DDRM.extract(k, 0, n, n, n + t),
                CommonOps_DDRM.extract(k, n, n + t, n, n + t), s2, true);
    }
}
