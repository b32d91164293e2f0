package lab.subspace.magics.merge;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.linalg.Spd;
import lab.subspace.numerics.linalg.SymmetricEigen;

import static lab.subspace.magics.merge.Vectors.dot;
import static lab.subspace.magics.merge.Vectors.max;
import static lab.subspace.magics.merge.Vectors.mean;
import static lab.subspace.magics.merge.Vectors.minus;
import static lab.subspace.magics.merge.Vectors.norm;
import static lab.subspace.magics.merge.Vectors.times;

/**
 * The closed-form answer to "when does curvature-aware merging beat the flat one?" at a fixed
 * subspace span(U), in the quadratic model of "Model Merging on Loss Landscape: A Geometry
 * Perspective". With A_t = U^T H_t U, b_t = U^T tau_t, the leakage g_t = U^T H_t (I - U U^T) tau_t
 * and A = sum_t A_t, the flat (projected) mean is c = mean(b) and EpiMer is c* = A^{-1} sum_t (A_t b_t + g_t).
 * Their total errors differ by exactly
 * <pre>
 *   T * gain = (1/2) s^T A^{-1} s,   s = sum_t (A_t - mean(A)) (b_t - mean(b)) + sum_t g_t,
 * </pre>
 * so EpiMer is never worse on the average task, and strictly better iff s != 0: the curvature must
 * differ between tasks in a way correlated with how their task vectors disagree (heterogeneity
 * term), or couple the residual outside span(U) back into it (leakage term). Both vanish when
 * every H_t = h I, and the gain is bracketed by
 * |s|^2 / (2 T lambda_max(A)) &lt;= gain &lt;= (sum_t |A_t - mean(A)|_2 |b_t - mean(b)| + |sum_t g_t|)^2 / (2 T lambda_min(A)).
 *
 * <pre>{@code
 * CurvatureGain g = SubspaceMerge.criterion(problem, 4);
 * if (g.relativeGain() > 0.01) { ... }          // EpiMer predicted to lose >1% less loss on average
 * double worst = g.worstGain();                 // predicted change of the worst task's loss
 * }</pre>
 *
 * @param rank               r
 * @param gain               mean over tasks of (flat error - EpiMer error), loss units
 * @param flatErrors         per task predicted loss of the projected mean (closed form); not copied
 * @param curvedErrors       per task predicted loss of EpiMer (closed form); not copied
 * @param heterogeneity      |sum_t (A_t - mean A)(b_t - mean b)|
 * @param heterogeneityBound sum_t |A_t - mean A|_2 |b_t - mean b|
 * @param leakage            |sum_t g_t|
 * @param lowerBound         |s|^2 / (2 T lambda_max(A))
 * @param upperBound         (heterogeneityBound + leakage)^2 / (2 T lambda_min(A)) (infinite if A is singular)
 */
public record CurvatureGain(int rank, double gain, double[] flatErrors, double[] curvedErrors, double heterogeneity,
                            double heterogeneityBound, double leakage, double lowerBound, double upperBound) {

    /** Who wins a comparison. */
    public enum Winner {
        EPIMER, TIE, PROJECTED_MEAN;

        /** The winner given a relative gain of EpiMer and a tie band. */
        public static Winner of(double relativeGain, double band) {
            return relativeGain > band ? EPIMER : relativeGain < -band ? PROJECTED_MEAN : TIE;
        }
    }

    /** The criterion for {@code problem} in span({@code basis}). */
    public static CurvatureGain of(MergeProblem problem, TaskBasis basis) {
        int tasks = problem.tasks();
        int r = basis.rank();
        List<Curvature> h = problem.curvatures();
        DMatrixRMaj[] at = new DMatrixRMaj[tasks];
        double[][] b = new double[tasks][];
        double[][] g = new double[tasks][];
        double[] residual = new double[tasks];
        DMatrixRMaj a = new DMatrixRMaj(r, r);
        double[] bMean = new double[r];
        for (int t = 0; t < tasks; t++) {
            Interrupts.check();
            double[] tau = problem.taskVector(t);
            at[t] = SubspaceMerge.restricted(h.get(t), basis);
            b[t] = basis.coordinates(tau);
            double[] rho = minus(tau, basis.lift(b[t]));
            double[] hRho = h.get(t).apply(rho);
            g[t] = basis.coordinates(hRho);
            residual[t] = 0.5 * dot(rho, hRho);
            CommonOps_DDRM.addEquals(a, at[t]);
            for (int i = 0; i < r; i++) {
                bMean[i] += b[t][i] / tasks;
            }
        }
        DMatrixRMaj aMean = a.copy();
        CommonOps_DDRM.scale(1.0 / tasks, aMean);
        double[] het = new double[r];
        double[] leak = new double[r];
        double[] m = new double[r];
        double hetBound = 0;
        for (int t = 0; t < tasks; t++) {
            DMatrixRMaj diff = at[t].copy();
            CommonOps_DDRM.subtractEquals(diff, aMean);
            double[] db = minus(b[t], bMean);
            double[] term = times(diff, db);
            double[] ab = times(at[t], b[t]);
            for (int i = 0; i < r; i++) {
                het[i] += term[i];
                leak[i] += g[t][i];
                m[i] += ab[i] + g[t][i];
            }
            hetBound += spectralNorm(diff) * norm(db);
        }
        double[] s = new double[r];
        for (int i = 0; i < r; i++) {
            s[i] = het[i] + leak[i];
        }
        SymmetricEigen e = Spd.eigen(a);
        double[] lambda = e.values();
        double lMax = Math.max(0, lambda[r - 1]);
        double lMin = lambda[0];
        double quad = 0;
        for (int j = 0; j < r; j++) {
            if (lambda[j] > SubspaceMerge.DEGENERATE_TOL * lMax && lMax > 0) {
                double proj = 0;
                for (int i = 0; i < r; i++) {
                    proj += e.vectors().unsafe_get(i, j) * s[i];
                }
                quad += proj * proj / lambda[j];
            }
        }
        double[] cStar = MetricSolve.apply(e, m, bMean).x();
        double[] flat = new double[tasks];
        double[] curved = new double[tasks];
        for (int t = 0; t < tasks; t++) {
            flat[t] = taskError(at[t], b[t], g[t], residual[t], bMean);
            curved[t] = taskError(at[t], b[t], g[t], residual[t], cStar);
        }
        double sNorm2 = dot(s, s);
        double leakNorm = norm(leak);
        double lower = lMax > 0 ? sNorm2 / (2.0 * tasks * lMax) : 0;
        double upper = lMin > SubspaceMerge.DEGENERATE_TOL * lMax && lMax > 0
                ? Math.pow(hetBound + leakNorm, 2) / (2.0 * tasks * lMin) : Double.POSITIVE_INFINITY;
        return new CurvatureGain(r, 0.5 * quad / tasks, flat, curved, norm(het), hetBound, leakNorm, lower, upper);
    }

    /** e_t(c) = (c - b_t)^T A_t (c - b_t) / 2 - (c - b_t)^T g_t + residual_t. */
    private static double taskError(DMatrixRMaj at, double[] bt, double[] gt, double residual, double[] c) {
        double[] dc = minus(c, bt);
        return 0.5 * dot(dc, times(at, dc)) - dot(dc, gt) + residual;
    }

    /** Mean predicted loss of the projected mean. */
    public double meanFlatError() {
        return mean(flatErrors);
    }

    /** Mean predicted loss of EpiMer. */
    public double meanCurvedError() {
        return mean(curvedErrors);
    }

    /** gain / mean flat error (0 when the flat error is 0). */
    public double relativeGain() {
        double f = meanFlatError();
        return f == 0 ? 0 : gain / f;
    }

    /** Predicted worst-task loss of the projected mean minus that of EpiMer (positive: EpiMer helps the worst task). */
    public double worstGain() {
        return max(flatErrors) - max(curvedErrors);
    }

    /** worstGain / worst flat error. */
    public double relativeWorstGain() {
        double f = max(flatErrors);
        return f == 0 ? 0 : worstGain() / f;
    }

    /** True when EpiMer is predicted to lose at least {@code relativeMargin} less average loss than the flat mean. */
    public boolean helps(double relativeMargin) {
        return relativeGain() > relativeMargin;
    }

    private static double spectralNorm(DMatrixRMaj symmetric) {
        double[] l = Spd.eigen(symmetric).values();
        return Math.max(Math.abs(l[0]), Math.abs(l[l.length - 1]));
    }
}
