package lab.subspace.magics.merge;

import java.util.List;

import lab.subspace.kernel.spi.Interrupts;

/**
 * The error decomposition of one merge theta_0 + delta computed in a subspace span(U), per task
 * and in total, in loss units of the quadratic model (halved squared H_t-norms):
 * <ul>
 * <li>error_t = |delta - tau_t|^2_{H_t} / 2, the loss task t is predicted to lose;</li>
 * <li>variance_t = |delta - U U^T tau_t|^2_{H_t} / 2, the subspace Frechet variance;</li>
 * <li>residual_t = |(I - U U^T) tau_t|^2_{H_t} / 2, the residual energy outside the subspace;</li>
 * <li>cross_t = error_t - variance_t - residual_t (0 when H_t maps span(U) to itself, e.g. H_t = h I).</li>
 * </ul>
 * The bound of "Model Merging on Loss Landscape" is, by the triangle (Minkowski) inequality,
 * error &lt;= (sqrt(variance) + sqrt(residual))^2 &lt;= 2 (variance + residual), per task and in total.
 *
 * <pre>{@code
 * MergeDiagnostics dx = merge.diagnostics();
 * boolean ok = dx.boundHolds();                 // error <= bound
 * double lost = dx.meanError();                 // average predicted loss increase
 * }</pre>
 *
 * @param error    per task; arrays are not copied
 * @param variance per task
 * @param residual per task
 * @param baseline per task |tau_t|^2_{H_t} / 2: the loss lost by keeping theta_0 (no merge)
 */
public record MergeDiagnostics(double[] error, double[] variance, double[] residual, double[] baseline) {

    /** Relative slack allowed by {@link #boundHolds} for rounding. */
    public static final double BOUND_TOL = 1e-9;

    /** The decomposition of {@code delta} for {@code problem}, relative to {@code basis} (delta must lie in span(U)). */
    public static MergeDiagnostics of(MergeProblem problem, TaskBasis basis, double[] delta) {
        int tasks = problem.tasks();
        double[] e = new double[tasks];
        double[] v = new double[tasks];
        double[] r = new double[tasks];
        double[] b = new double[tasks];
        List<Curvature> h = problem.curvatures();
        for (int t = 0; t < tasks; t++) {
            Interrupts.check();
            double[] tau = problem.taskVector(t);
            double[] inside = basis.project(tau);
            Curvature ht = h.get(t);
            e[t] = 0.5 * ht.quadratic(Vectors.minus(delta, tau));
            v[t] = 0.5 * ht.quadratic(Vectors.minus(delta, inside));
            r[t] = 0.5 * ht.quadratic(Vectors.minus(tau, inside));
            b[t] = 0.5 * ht.quadratic(tau);
        }
        return new MergeDiagnostics(e, v, r, b);
    }

    public double totalError() {
        return Vectors.sum(error);
    }

    public double totalVariance() {
        return Vectors.sum(variance);
    }

    public double totalResidual() {
        return Vectors.sum(residual);
    }

    /** error - variance - residual in total. */
    public double totalCross() {
        return totalError() - totalVariance() - totalResidual();
    }

    /** (sqrt(total variance) + sqrt(total residual))^2. */
    public double bound() {
        double s = Math.sqrt(totalVariance()) + Math.sqrt(totalResidual());
        return s * s;
    }

    /** Per-task bound (sqrt(variance_t) + sqrt(residual_t))^2. */
    public double taskBound(int t) {
        double s = Math.sqrt(variance[t]) + Math.sqrt(residual[t]);
        return s * s;
    }

    /** total error / bound (at most 1; 0/0 counts as 0). */
    public double boundRatio() {
        double b = bound();
        return b == 0 ? (totalError() == 0 ? 0 : Double.POSITIVE_INFINITY) : totalError() / b;
    }

    /** True when the total error and every task's error are within their bounds (up to {@link #BOUND_TOL}). */
    public boolean boundHolds() {
        if (totalError() > bound() * (1 + BOUND_TOL) + Double.MIN_NORMAL) {
            return false;
        }
        for (int t = 0; t < error.length; t++) {
            if (error[t] > taskBound(t) * (1 + BOUND_TOL) + Double.MIN_NORMAL) {
                return false;
            }
        }
        return true;
    }

    public double meanError() {
        return totalError() / error.length;
    }

    public double worstError() {
        return Vectors.max(error);
    }

}
