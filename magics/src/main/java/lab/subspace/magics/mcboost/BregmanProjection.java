package lab.subspace.magics.mcboost;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.kernel.spi.Interrupts;

/**
 * The Bregman projection of the labels onto f_0 + span(phi) for a linear audit class: the
 * minimiser of the empirical loss over f_0 + beta . phi, i.e. the point MCBoost with that audit
 * class converges to. Least squares in closed form for the squared loss; Newton's method with
 * backtracking for the logistic loss (an offset logistic regression). Computed independently of
 * the boosting loop, to check it.
 *
 * <pre>{@code
 * double[] s = BregmanProjection.scores(data, true, Loss.logistic());
 * }</pre>
 */
public final class BregmanProjection {

    private BregmanProjection() {
    }

    /** Scores (logits for the logistic loss) of the projection on {@code data}. */
    public static double[] scores(McData data, boolean withGroups, Loss loss) {
        if (loss instanceof PinballLoss) {
            throw new IllegalArgumentException("the projection is implemented for the squared and logistic losses, not " + loss.name());
        }
        data.requireValid(loss);
        DMatrixRMaj phi = LinearAudit.design(data, withGroups);
        double[] f0 = data.baseScores(loss);
        int n = phi.numRows;
        int p = phi.numCols;
        DMatrixRMaj beta = new DMatrixRMaj(p, 1);
        double[] s = f0.clone();
        for (int it = 0; it < 100; it++) {
            Interrupts.check();
            DMatrixRMaj grad = new DMatrixRMaj(p, 1);
            DMatrixRMaj hess = new DMatrixRMaj(p, p);
            DMatrixRMaj wphi = new DMatrixRMaj(n, p);
            for (int i = 0; i < n; i++) {
                double r = loss.residual(data.labels()[i], s[i]);
                double w = loss.curvature(data.labels()[i], s[i]);
                for (int j = 0; j < p; j++) {
                    grad.data[j] += phi.unsafe_get(i, j) * r;
                    wphi.unsafe_set(i, j, w * phi.unsafe_get(i, j));
                }
            }
            if (CommonOps_DDRM.elementMaxAbs(grad) <= 1e-12 * n) {
                break;
            }
            CommonOps_DDRM.multTransA(phi, wphi, hess);
            DMatrixRMaj dir = LinearAudit.solve(hess, grad);
            double before = McBoost.risk(data, s, loss);
            for (double step = 1; step > 1e-8; step /= 2) { // backtracking: Newton on log loss may overshoot
                DMatrixRMaj trial = beta.copy();
                CommonOps_DDRM.addEquals(trial, step, dir);
                double[] st = evaluate(phi, trial, f0);
                if (McBoost.risk(data, st, loss) <= before) {
                    beta = trial;
                    s = st;
                    break;
                }
            }
        }
        return s;
    }

    static double[] evaluate(DMatrixRMaj phi, DMatrixRMaj beta, double[] f0) {
        double[] s = f0.clone();
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < phi.numCols; j++) {
                s[i] += phi.unsafe_get(i, j) * beta.data[j];
            }
        }
        return s;
    }
}
