package lab.subspace.magics.diffusion;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

/**
 * Closed-form score of a Gaussian subspace mixture under the forward process: component j at time
 * t is N(0, C_j) with C_j = a^2 U_j U_j^T + s^2 I, so with c = U_j^T x,
 * C_j^{-1} x = (x - U_j c) / s^2 + U_j c / v (v = a^2 + s^2 = 1 for unit-variance z) and
 * E[x_0 | x, j] = (a / v) U_j c.
 */
final class MixtureScore implements ScoreModel {

    private final List<DMatrixRMaj> bases;
    private final double[] logWeights;

    MixtureScore(List<DMatrixRMaj> bases, double[] weights) {
        this.bases = bases;
        this.logWeights = new double[weights.length];
        for (int j = 0; j < weights.length; j++) {
            logWeights[j] = Math.log(weights[j]);
        }
    }

    @Override
    public DMatrixRMaj score(DMatrixRMaj x, double t) {
        return evaluate(x, t, false);
    }

    @Override
    public DMatrixRMaj denoise(DMatrixRMaj x, double t) {
        return evaluate(x, t, true);
    }

    private DMatrixRMaj evaluate(DMatrixRMaj x, double t, boolean posteriorMean) {
        int d = bases.get(0).numRows;
        if (x.numCols != d) {
            throw new IllegalArgumentException("points must have " + d + " columns but have " + x.numCols);
        }
        double a = ForwardProcess.alpha(t);
        double s2 = ForwardProcess.variance(t);
        double v = a * a + s2;
        int kk = bases.size();
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, d);
        double[][] coords = new double[kk][];
        double[] logp = new double[kk];
        for (int row = 0; row < x.numRows; row++) {
            int off = row * d;
            double norm2 = 0;
            for (int i = 0; i < d; i++) {
                norm2 += x.data[off + i] * x.data[off + i];
            }
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < kk; j++) {
                DMatrixRMaj u = bases.get(j);
                int k = u.numCols;
                double[] c = new double[k];
                double c2 = 0;
                for (int q = 0; q < k; q++) {
                    double s = 0;
                    for (int i = 0; i < d; i++) {
                        s += u.data[i * k + q] * x.data[off + i];
                    }
                    c[q] = s;
                    c2 += s * s;
                }
                coords[j] = c;
                // log N(x; 0, C_j) up to a constant shared by all components
                logp[j] = logWeights[j] - 0.5 * (Math.max(0, norm2 - c2) / s2 + c2 / v)
                        - 0.5 * (k * Math.log(v) + (d - k) * Math.log(s2));
                max = Math.max(max, logp[j]);
            }
            double total = 0;
            for (int j = 0; j < kk; j++) {
                logp[j] = Math.exp(logp[j] - max);
                total += logp[j];
            }
            for (int j = 0; j < kk; j++) {
                double r = logp[j] / total;
                if (r == 0) {
                    continue;
                }
                DMatrixRMaj u = bases.get(j);
                int k = u.numCols;
                double[] c = coords[j];
                for (int i = 0; i < d; i++) {
                    double proj = 0;
                    for (int q = 0; q < k; q++) {
                        proj += u.data[i * k + q] * c[q];
                    }
                    double value = posteriorMean
                            ? (a / v) * proj
                            : -((x.data[off + i] - proj) / s2 + proj / v);
                    out.data[off + i] += r * value;
                }
            }
        }
        return out;
    }
}
