package lab.subspace.magics.twistedsmc;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.linalg.Spd;
import lab.subspace.numerics.linalg.SymmetricEigen;
import org.ejml.data.DMatrixRMaj;

/**
 * The weighted maximum-likelihood (forward-KL) projection of weighted paths onto the Gaussian-twisted
 * family. The family's path density factorises over steps, so each step is fitted on its own. At step
 * s the twisted kernel is y | x ~ N(P^{-1}(z + b), P^{-1}) with y = x_s, z = m_{s+1}(x_{s+1}) / sigma^2,
 * P = I / sigma^2 + A_s; its weighted negative log-likelihood is convex in (P, b) with minimiser
 * b = P E[y] - E[z] and P solving P S_y P - P = S_z (S = weighted covariances). With S_y = L L^T and
 * L^T S_z L = V diag(r) V^T the solution is P = L^{-T} V diag((1 + sqrt(1 + 4 r)) / 2) V^T L^{-1}. For
 * s = T (prior N(0, I), z = 0) this is P = S_y^{-1}: the weighted Gaussian fit.
 */
final class TwistFit {

    private TwistFit() {
    }

    /**
     * @param paths   x_t of every path (t = 0 ... T, each n * d), drawn independently from the current proposal
     * @param weights normalised weights of the paths (the trust-region target)
     * @param ridge   added to S_y as ridge * sigma^2 * I, so a few dominant weights cannot make P singular
     */
    static GaussianTwist fit(AlignmentProblem problem, double[][] paths, double[] weights, double ridge) {
        MixtureDiffusion model = problem.model();
        int d = model.dimension();
        int steps = model.steps();
        int n = weights.length;
        double[][] a = new double[steps + 1][];
        double[][] b = new double[steps + 1][];
        double[] z = new double[n * d];
        double[] m = new double[d];
        for (int s = 0; s <= steps; s++) {
            Interrupts.check();
            double sigma2 = s == steps ? 1 : model.beta(s + 1);
            if (s < steps) {
                for (int i = 0; i < n; i++) {
                    model.kernelMean(s + 1, paths[s + 1], i * d, m);
                    for (int k = 0; k < d; k++) {
                        z[i * d + k] = m[k] / sigma2;
                    }
                }
            } else {
                java.util.Arrays.fill(z, 0);
            }
            double[] ey = mean(paths[s], weights, d);
            double[] ez = mean(z, weights, d);
            double[] sy = covariance(paths[s], ey, weights, d);
            double[] sz = covariance(z, ez, weights, d);
            for (int k = 0; k < d; k++) {
                sy[k * d + k] += ridge * sigma2;
            }
            double[] p = precision(sy, sz, d);
            double[] bs = new double[d];
            SmallSpd.multiply(p, ey, 0, bs, d);
            for (int k = 0; k < d; k++) {
                bs[k] -= ez[k];
                p[k * d + k] -= 1 / sigma2;
            }
            a[s] = p;
            b[s] = bs;
        }
        return new GaussianTwist(a, b, d);
    }

    /** The positive-definite solution P of P S_y P - P = S_z. */
    static double[] precision(double[] sy, double[] sz, int d) {
        double[] l = SmallSpd.requireCholesky("the weighted covariance of x_s", sy, d);
        DMatrixRMaj r = new DMatrixRMaj(d, d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double s = 0;
                for (int p = i; p < d; p++) {        // (L^T S_z L)_ij = sum_pq L_pi S_pq L_qj
                    for (int q = j; q < d; q++) {
                        s += l[p * d + i] * sz[p * d + q] * l[q * d + j];
                    }
                }
                r.set(i, j, s);
            }
        }
        symmetrise(r);
        SymmetricEigen e = Spd.eigen(r);
        DMatrixRMaj q = Spd.apply(e, v -> (1 + Math.sqrt(1 + 4 * Math.max(0, v))) / 2);
        double[] linv = SmallSpd.lowerInverse(l, d);
        double[] p = new double[d * d];
        for (int i = 0; i < d; i++) {        // P = L^{-T} Q L^{-1}
            for (int j = 0; j < d; j++) {
                double s = 0;
                for (int u = 0; u < d; u++) {
                    for (int v = 0; v < d; v++) {
                        s += linv[u * d + i] * q.get(u, v) * linv[v * d + j];
                    }
                }
                p[i * d + j] = s;
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                double avg = 0.5 * (p[i * d + j] + p[j * d + i]);
                p[i * d + j] = avg;
                p[j * d + i] = avg;
            }
        }
        return p;
    }

    private static void symmetrise(DMatrixRMaj r) {
        for (int i = 0; i < r.numRows; i++) {
            for (int j = 0; j < i; j++) {
                double avg = 0.5 * (r.get(i, j) + r.get(j, i));
                r.set(i, j, avg);
                r.set(j, i, avg);
            }
        }
    }

    private static double[] mean(double[] x, double[] w, int d) {
        double[] m = new double[d];
        for (int i = 0; i < w.length; i++) {
            for (int k = 0; k < d; k++) {
                m[k] += w[i] * x[i * d + k];
            }
        }
        return m;
    }

    private static double[] covariance(double[] x, double[] mean, double[] w, int d) {
        double[] c = new double[d * d];
        for (int i = 0; i < w.length; i++) {
            for (int p = 0; p < d; p++) {
                double dp = x[i * d + p] - mean[p];
                for (int q = 0; q < d; q++) {
                    c[p * d + q] += w[i] * dp * (x[i * d + q] - mean[q]);
                }
            }
        }
        return c;
    }
}
