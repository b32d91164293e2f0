package lab.subspace.magics.sinkhorn;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.ot.SparsePlan;

/** Distances between plans and marginal errors, without densifying the exact (sparse) plan. */
final class PlanMetrics {

    private PlanMetrics() {
    }

    /** The largest entry of a cost matrix. */
    static double maxCost(DMatrixRMaj cost) {
        double max = 0;
        for (double c : cost.data) {
            max = Math.max(max, c);
        }
        return max;
    }

    /** sum_ij |P_ij - Q_ij| for a dense P and a sparse Q with distinct entries. */
    static double l1(DMatrixRMaj plan, SparsePlan exact) {
        double total = 0;
        int size = plan.numRows * plan.numCols;
        for (int k = 0; k < size; k++) {
            total += Math.abs(plan.data[k]);
        }
        int[] i = exact.i();
        int[] j = exact.j();
        double[] v = exact.value();
        for (int k = 0; k < v.length; k++) {
            double p = plan.data[i[k] * plan.numCols + j[k]];
            total += Math.abs(p - v[k]) - Math.abs(p);
        }
        return total;
    }

    /** sqrt(|P1 - a|^2 + |P^T 1 - b|^2) of a dense plan. */
    static double marginalError(DMatrixRMaj plan, double[] a, double[] b) {
        double[] rows = new double[plan.numRows];
        double[] cols = new double[plan.numCols];
        for (int i = 0; i < plan.numRows; i++) {
            for (int j = 0; j < plan.numCols; j++) {
                double p = plan.data[i * plan.numCols + j];
                rows[i] += p;
                cols[j] += p;
            }
        }
        return error(rows, a, cols, b);
    }

    /** The same for a sparse plan. */
    static double marginalError(SparsePlan plan, double[] a, double[] b) {
        double[] rows = new double[plan.rows()];
        double[] cols = new double[plan.cols()];
        int[] i = plan.i();
        int[] j = plan.j();
        double[] v = plan.value();
        for (int k = 0; k < v.length; k++) {
            rows[i[k]] += v[k];
            cols[j[k]] += v[k];
        }
        return error(rows, a, cols, b);
    }

    private static double error(double[] rows, double[] a, double[] cols, double[] b) {
        double e = 0;
        for (int i = 0; i < rows.length; i++) {
            e += (rows[i] - a[i]) * (rows[i] - a[i]);
        }
        for (int j = 0; j < cols.length; j++) {
            e += (cols[j] - b[j]) * (cols[j] - b[j]);
        }
        return Math.sqrt(e);
    }
}
