package lab.subspace.magics.mhanw;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.linalg.Subspaces;

/**
 * H Gaussian-kernel Nadaraya-Watson heads, head h smoothing in its own projection subspace
 * span(Q_h), combined by averaging: the model of multi-head attention in "Multi-Head Attention
 * as Ensemble Nadaraya-Watson Estimation" (head h is attention on P_h q, P_h k with the Gaussian
 * kernel of bandwidth b_h, i.e. scores &lt;P_h q, P_h k&gt; / b_h^2 with a key-norm bias, and
 * W_O = [I/H; ...; I/H]).
 *
 * <pre>{@code
 * NwEnsemble heads = new NwEnsemble(List.of(Q1, Q2, Q3, Q4), 0.45);   // Q_h: d x d_k, orthonormal columns
 * double[][] perHead = heads.headPredictions(X, y, Xtest);             // H x m
 * double[] mean = heads.predict(X, y, Xtest);
 * double hdi = heads.diversity();
 * }</pre>
 *
 * @param bases      orthonormal bases (d x k_h) of the heads' subspaces, all in the same R^d
 * @param bandwidths Gaussian bandwidth of each head (in the units of x)
 */
public record NwEnsemble(List<DMatrixRMaj> bases, double[] bandwidths) {

    /**
     * @throws IllegalArgumentException without heads, for bases of different d or without
     *                                  orthonormal columns, or a bandwidth that is not positive
     */
    public NwEnsemble {
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one head");
        }
        if (bandwidths.length != bases.size()) {
            throw new IllegalArgumentException("there are " + bases.size() + " heads but " + bandwidths.length + " bandwidths");
        }
        int d = bases.get(0).numRows;
        for (int h = 0; h < bases.size(); h++) {
            DMatrixRMaj q = bases.get(h);
            if (q.numRows != d) {
                throw new IllegalArgumentException("head 0 lives in R^" + d + " but head " + h + " is " + Matrices.shape(q));
            }
            if (q.numCols < 1) {
                throw new IllegalArgumentException("head " + h + " has an empty basis");
            }
            Subspaces.requireOrthonormal("basis of head " + h, q);
            if (!(bandwidths[h] > 0) || Double.isInfinite(bandwidths[h])) {
                throw new IllegalArgumentException("the bandwidth of head " + h + " must be positive and finite but is " + bandwidths[h]);
            }
        }
        bases = bases.stream().map(DMatrixRMaj::copy).toList();
        bandwidths = bandwidths.clone();
    }

    /** All heads with the same bandwidth. */
    public NwEnsemble(List<DMatrixRMaj> bases, double bandwidth) {
        this(bases, filled(bases.size(), bandwidth));
    }

    /** H copies of one subspace: the ensemble without diversity. */
    public static NwEnsemble identical(DMatrixRMaj basis, int heads, double bandwidth) {
        if (heads < 1) {
            throw new IllegalArgumentException("the number of heads must be at least 1 but is " + heads);
        }
        return new NwEnsemble(Collections.nCopies(heads, basis), bandwidth);
    }

    private static double[] filled(int n, double value) {
        double[] a = new double[n];
        Arrays.fill(a, value);
        return a;
    }

    @Override
    public List<DMatrixRMaj> bases() {
        return bases.stream().map(DMatrixRMaj::copy).toList();
    }

    @Override
    public double[] bandwidths() {
        return bandwidths.clone();
    }

    public int heads() {
        return bases.size();
    }

    /** d, the dimension of the inputs. */
    public int dimension() {
        return bases.get(0).numRows;
    }

    /** The Head Diversity Index of the heads' subspaces (NaN for a single head). */
    public double diversity() {
        return heads() < 2 ? Double.NaN : HeadDiversity.index(bases);
    }

    /**
     * Each head's estimate at the query rows.
     *
     * @param x       n x d training inputs (keys)
     * @param y       n training targets (values)
     * @param queries m x d inputs to predict at
     * @return H x m: row h is head h's Nadaraya-Watson estimate
     */
    public double[][] headPredictions(DMatrixRMaj x, double[] y, DMatrixRMaj queries) {
        Matrices.requireCols("X", x, dimension());
        Matrices.requireCols("queries", queries, dimension());
        Matrices.requireLength("y", y, x.numRows);
        if (x.numRows == 0) {
            throw new IllegalArgumentException("X has no rows: the heads have nothing to smooth");
        }
        Matrices.requireFinite("X", x);
        Matrices.requireFinite("y", y);
        Matrices.requireFinite("queries", queries);
        int width = bases.stream().mapToInt(q -> q.numCols).sum();
        Memory.requireDoubles((long) (x.numRows + queries.numRows) * width, "head coordinates " + (x.numRows + queries.numRows) + " x " + width);
        // One product gives every head's coordinates side by side; head h reads its column block.
        DMatrixRMaj stacked = new DMatrixRMaj(dimension(), width);
        int[] offsets = new int[heads()];
        for (int h = 0, off = 0; h < heads(); h++) {
            offsets[h] = off;
            CommonOps_DDRM.insert(bases.get(h), stacked, 0, off);
            off += bases.get(h).numCols;
        }
        DMatrixRMaj keys = CommonOps_DDRM.mult(x, stacked, null);
        DMatrixRMaj coords = CommonOps_DDRM.mult(queries, stacked, null);
        double[][] out = new double[heads()][queries.numRows];
        double[] scratch = new double[x.numRows];
        for (int h = 0; h < heads(); h++) {
            NadarayaWatson.estimate(SmoothingKernel.gaussian(bandwidths[h]), keys.data, width, offsets[h], x.numRows, coords.data,
                    width, offsets[h], queries.numRows, bases.get(h).numCols, y, out[h], scratch);
        }
        return out;
    }

    /** The ensemble estimate: the mean of the heads' estimates. */
    public double[] predict(DMatrixRMaj x, double[] y, DMatrixRMaj queries) {
        double[][] perHead = headPredictions(x, y, queries);
        double[] mean = new double[queries.numRows];
        for (double[] row : perHead) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += row[j] / perHead.length;
            }
        }
        return mean;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NwEnsemble e) || e.heads() != heads() || !Arrays.equals(e.bandwidths, bandwidths)) {
            return false;
        }
        for (int h = 0; h < heads(); h++) {
            if (!Arrays.equals(bases.get(h).data, 0, bases.get(h).getNumElements(), e.bases.get(h).data, 0,
                    e.bases.get(h).getNumElements()) || bases.get(h).numCols != e.bases.get(h).numCols) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return 31 * heads() + Arrays.hashCode(bandwidths);
    }

    @Override
    public String toString() {
        return "NwEnsemble[" + heads() + " heads in R^" + dimension() + ", bandwidths " + Arrays.toString(bandwidths) + "]";
    }
}
