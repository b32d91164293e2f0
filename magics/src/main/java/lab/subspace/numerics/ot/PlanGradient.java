package lab.subspace.numerics.ot;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;

/**
 * Derivative of the transport cost {@code L(C) = <C, P(C)>} of a converged Sinkhorn plan
 * {@code P = R (.) exp((f + g - C) / eps)} with respect to the cost matrix, the plan moving with C
 * (implicit differentiation of the marginal constraints; Luise, Rudi, Pontil, Ciliberto 2018,
 * "Differential properties of Sinkhorn approximation for learning with Wasserstein distance",
 * arXiv:1805.11897). The reference R is held fixed.
 *
 * <p>With dP = P (.) (df + dg - dC) / eps and the constraints P1 = r, P^T 1 = q fixed, the gradient
 * is {@code G = P (.) (1 + (z_i + w_j - C_ij) / eps)}, where (z, w) solves
 * {@code [diag(r) P; P^T diag(q)] (z, w) = ((C (.) P) 1, (C (.) P)^T 1)}. That system is solved
 * through its Schur complement in w (m x m, one gauge fixed), so the cost is O(n m^2 + m^3).
 */
final class PlanGradient {

    private PlanGradient() {
    }

    /** dL/dC (n x m) for plan P and cost C (neither modified). */
    static DMatrixRMaj costGradient(DMatrixRMaj plan, DMatrixRMaj cost, double eps) {
        int n = plan.numRows;
        int m = plan.numCols;
        // B (n x m), the Schur complement (m x m) and the gradient (n x m)
        Memory.requireMatrices(n + m + n, m, 1, "SROT/EOT plan gradient");
        double[] r = new double[n];
        double[] q = new double[m];
        double[] h1 = new double[n];
        double[] h2 = new double[m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double p = plan.data[i * m + j];
                double cp = cost.data[i * m + j] * p;
                r[i] += p;
                q[j] += p;
                h1[i] += cp;
                h2[j] += cp;
            }
        }
        int[] cols = positive(q);
        int mm = cols.length;
        // B = diag(r)^(-1/2) P on the active columns; Schur complement S = diag(q) - B^T B
        DMatrixRMaj bmat = new DMatrixRMaj(n, mm);
        double[] rhs = new double[mm];
        for (int i = 0; i < n; i++) {
            Interrupts.check();
            if (r[i] <= 0) {
                continue;
            }
            double sr = 1 / Math.sqrt(r[i]);
            for (int c = 0; c < mm; c++) {
                double p = plan.data[i * m + cols[c]];
                bmat.data[i * mm + c] = p * sr;
                rhs[c] -= p * h1[i] / r[i];
            }
        }
        DMatrixRMaj schur = new DMatrixRMaj(mm, mm);
        CommonOps_DDRM.multTransA(bmat, bmat, schur);
        CommonOps_DDRM.scale(-1, schur);
        for (int c = 0; c < mm; c++) {
            schur.add(c, c, q[cols[c]]);
            rhs[c] += h2[cols[c]];
        }
        double[] w = new double[m];
        if (mm > 1) {
            // the system is singular along (z, w) = (1, -1): fix the last active w at zero
            int k = mm - 1;
            DMatrixRMaj sk = CommonOps_DDRM.extract(schur, 0, k, 0, k);
            DMatrixRMaj rk = new DMatrixRMaj(k, 1);
            System.arraycopy(rhs, 0, rk.data, 0, k);
            DMatrixRMaj sol = new DMatrixRMaj(k, 1);
            LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(k);
            if (!solver.setA(sk.copy())) {
                solver = LinearSolverFactory_DDRM.pseudoInverse(true);
                solver.setA(sk.copy());
            }
            solver.solve(rk, sol);
            for (int c = 0; c < k; c++) {
                w[cols[c]] = sol.data[c];
            }
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            if (r[i] <= 0) {
                continue;
            }
            double pw = 0;
            for (int j = 0; j < m; j++) {
                pw += plan.data[i * m + j] * w[j];
            }
            z[i] = (h1[i] - pw) / r[i];
        }
        DMatrixRMaj grad = new DMatrixRMaj(n, m);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int o = i * m + j;
                grad.data[o] = plan.data[o] * (1 + (z[i] + w[j] - cost.data[o]) / eps);
            }
        }
        return grad;
    }

    private static int[] positive(double[] v) {
        int count = 0;
        for (double t : v) {
            if (t > 0) {
                count++;
            }
        }
        int[] out = new int[count];
        int q = 0;
        for (int j = 0; j < v.length; j++) {
            if (v[j] > 0) {
                out[q++] = j;
            }
        }
        return out;
    }

    /**
     * Chain rule to the source points: grad_i = sum_j G_ij grad_x c(x_i, y_j), plus, when
     * {@code symmetric} (y is x itself), the terms where x_i is the second argument.
     */
    static DMatrixRMaj toPoints(DMatrixRMaj g, DMatrixRMaj x, DMatrixRMaj y, GroundCost groundCost, boolean symmetric) {
        int n = x.numRows;
        int m = y.numRows;
        int d = x.numCols;
        DMatrixRMaj out = new DMatrixRMaj(n, d);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double coef = g.data[i * m + j] + (symmetric ? g.data[j * m + i] : 0);
                if (coef == 0) {
                    continue;
                }
                double scale = coef * groundCost.gradientScale(GroundCost.squaredDistance(x, i, y, j));
                for (int k = 0; k < d; k++) {
                    out.data[i * d + k] += scale * (x.data[i * d + k] - y.data[j * d + k]);
                }
            }
        }
        return out;
    }
}
