package lab.subspace.magics.pos;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.linalg.Subspaces;
import lab.subspace.numerics.linalg.UnionDistances;

/**
 * K-subspaces (Bradley and Mangasarian 2000; Tseng 2000): alternately fit each cluster's best
 * d_k-dimensional linear subspace (its leading right singular vectors) and move every point to
 * its nearest subspace, until no label changes. This is the "pursuit" itself; it needs a good
 * start, which spectral clustering gives.
 *
 * <pre>{@code
 * KSubspacesFit fit = KSubspaces.refine(X, startLabels, new int[] {2, 3}, 50);
 * }</pre>
 */
public final class KSubspaces {

    private KSubspaces() {
    }

    /**
     * @param x             n x D points (rows)
     * @param labels        starting cluster of each point, in 0..K-1 with K = dims.length (not modified)
     * @param dims          subspace dimension of each cluster
     * @param maxIterations assign/refit rounds, at least 1
     * @throws IllegalArgumentException for mismatched lengths, labels out of range, a dimension
     *                                  outside [1, D], or a cluster with fewer points than its dimension
     */
    public static KSubspacesFit refine(DMatrixRMaj x, int[] labels, int[] dims, int maxIterations) {
        int n = x.numRows;
        int k = dims.length;
        if (labels.length != n) {
            throw new IllegalArgumentException(labels.length + " labels for " + n + " points");
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1 but is " + maxIterations);
        }
        Matrices.requireFinite("X", x);
        for (int c = 0; c < k; c++) {
            if (dims[c] < 1 || dims[c] > x.numCols) {
                throw new IllegalArgumentException("dims[" + c + "] = " + dims[c] + " must be in [1, " + x.numCols + "]");
            }
        }
        int[] current = labels.clone();
        for (int i = 0; i < n; i++) {
            if (current[i] < 0 || current[i] >= k) {
                throw new IllegalArgumentException("labels[" + i + "] = " + current[i] + " is outside 0.." + (k - 1));
            }
        }
        List<DMatrixRMaj> bases = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            DMatrixRMaj q = fit(x, current, c, dims[c]);
            if (q == null) {
                throw new IllegalArgumentException("cluster " + c + " has " + count(current, c) + " points, fewer than its dimension "
                        + dims[c]);
            }
            bases.add(q);
        }
        UnionDistances d = Subspaces.distancesToUnion(x, bases);
        int it = 0;
        boolean converged = false;
        while (it < maxIterations) {
            Interrupts.check();
            it++;
            int[] next = d.nearest();
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                changed |= next[i] != current[i];
            }
            current = next.clone();
            if (!changed) {
                converged = true;
                break;
            }
            for (int c = 0; c < k; c++) {
                DMatrixRMaj q = fit(x, current, c, dims[c]);
                if (q != null) {
                    bases.set(c, q); // a cluster left with too few points keeps its subspace
                }
            }
            d = Subspaces.distancesToUnion(x, bases);
        }
        return new KSubspacesFit(bases, current, d.distance(), it, converged);
    }

    /** Leading d right singular vectors of the cluster's points, or null if it has fewer than d points. */
    static DMatrixRMaj fit(DMatrixRMaj x, int[] labels, int c, int d) {
        int m = count(labels, c);
        if (m < d) {
            return null;
        }
        int[] rows = new int[m];
        for (int i = 0, t = 0; i < labels.length; i++) {
            if (labels[i] == c) {
                rows[t++] = i;
            }
        }
        DMatrixRMaj cols = CommonOps_DDRM.transpose(RowOps.select(x, rows), null);
        return Spectra.top(cols, d).u();
    }

    static int count(int[] labels, int c) {
        int m = 0;
        for (int l : labels) {
            m += l == c ? 1 : 0;
        }
        return m;
    }
}
