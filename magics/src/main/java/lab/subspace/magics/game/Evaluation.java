package lab.subspace.magics.game;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.data.MaskedMatrix;
import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.linalg.Subspaces;

/**
 * Per-group accuracy of an estimate, as GAME reports it: the RMSE over a group's rows and the
 * sin-Theta distance {@code |sin Theta(V_hat_g, V_g)|_F} between the top-r_g right singular
 * subspace of the estimate's block and the true one (both in R^p).
 *
 * <pre>{@code
 * double[] rmse = Evaluation.rmse(Xhat, truth, groups);
 * double[] sin = Evaluation.sinTheta(Xhat, groups, bases);
 * }</pre>
 */
public final class Evaluation {

    private Evaluation() {
    }

    /** RMSE of the estimate over each group's rows (all p columns). */
    public static double[] rmse(DMatrixRMaj estimate, DMatrixRMaj truth, GroupMembership groups) {
        Matrices.requireSameShape("the estimate", estimate, "the truth", truth);
        requireRows(estimate, groups);
        double[] out = new double[groups.count()];
        int p = estimate.numCols;
        for (int g = 0; g < out.length; g++) {
            double s = 0;
            int[] rows = groups.membersView(g);
            for (int i : rows) {
                for (int j = 0; j < p; j++) {
                    double d = estimate.data[i * p + j] - truth.data[i * p + j];
                    s += d * d;
                }
            }
            out[g] = Math.sqrt(s / ((double) rows.length * p));
        }
        return out;
    }

    /** RMSE over the whole matrix. */
    public static double rmse(DMatrixRMaj estimate, DMatrixRMaj truth) {
        Matrices.requireSameShape("the estimate", estimate, "the truth", truth);
        double s = 0;
        for (int k = 0; k < estimate.data.length; k++) {
            double d = estimate.data[k] - truth.data[k];
            s += d * d;
        }
        return Math.sqrt(s / estimate.getNumElements());
    }

    /**
     * sin-Theta distance per group between the estimate's top right singular subspace (of the
     * basis' dimension) and the true basis.
     *
     * @param bases p x r_g orthonormal bases, one per group
     */
    public static double[] sinTheta(DMatrixRMaj estimate, GroupMembership groups, List<DMatrixRMaj> bases) {
        requireRows(estimate, groups);
        if (bases.size() != groups.count()) {
            throw new IllegalArgumentException(bases.size() + " true bases for " + groups.count() + " groups");
        }
        double[] out = new double[groups.count()];
        for (int g = 0; g < out.length; g++) {
            DMatrixRMaj v = bases.get(g);
            Matrices.requireRows("the true basis of group " + groups.name(g), v, estimate.numCols);
            DMatrixRMaj block = RowOps.select(estimate, groups.membersView(g));
            int r = Math.min(v.numCols, Math.min(block.numRows, block.numCols));
            DMatrixRMaj vhat = Spectra.top(block, r).v();
            out[g] = Subspaces.sinThetaDistance(vhat, v);
        }
        return out;
    }

    /**
     * The true bases from a truth matrix: the top {@code ranks[g]} right singular vectors of each
     * group's block, or (when ranks is null) a basis of its numerical row space.
     */
    public static List<DMatrixRMaj> bases(DMatrixRMaj truth, GroupMembership groups, int[] ranks) {
        requireRows(truth, groups);
        if (ranks != null && ranks.length != groups.count() && ranks.length != 1) {
            throw new IllegalArgumentException(ranks.length + " ranks for " + groups.count() + " groups (give one or one per group)");
        }
        DMatrixRMaj[] out = new DMatrixRMaj[groups.count()];
        for (int g = 0; g < out.length; g++) {
            DMatrixRMaj blockT = CommonOps_DDRM.transpose(RowOps.select(truth, groups.membersView(g)), null);
            out[g] = ranks == null ? Subspaces.basis(blockT) : Subspaces.basis(blockT, ranks[ranks.length == 1 ? 0 : g]);
        }
        return List.of(out);
    }

    /** RMSE of the estimate on the observed entries of {@code test}, per group and (last entry) overall. */
    public static double[] heldOutRmse(DMatrixRMaj estimate, MaskedMatrix test, GroupMembership groups) {
        Matrices.requireSameShape("the estimate", estimate, "the held-out entries", test.values());
        int p = estimate.numCols;
        double[] out = new double[groups.count() + 1];
        for (int g = 0; g <= groups.count(); g++) {
            double s = 0;
            int count = 0;
            int[] rows = g < groups.count() ? groups.membersView(g) : null;
            int size = rows == null ? estimate.numRows : rows.length;
            for (int k = 0; k < size; k++) {
                int i = rows == null ? k : rows[k];
                for (int j = 0; j < p; j++) {
                    if (test.mask().data[i * p + j] != 0) {
                        double d = estimate.data[i * p + j] - test.values().data[i * p + j];
                        s += d * d;
                        count++;
                    }
                }
            }
            out[g] = count == 0 ? Double.NaN : Math.sqrt(s / count);
        }
        return out;
    }

    private static void requireRows(DMatrixRMaj m, GroupMembership groups) {
        if (m.numRows != groups.rows()) {
            throw new IllegalArgumentException("the groups describe " + groups.rows() + " rows but the matrix is "
                    + Matrices.shape(m));
        }
    }
}
