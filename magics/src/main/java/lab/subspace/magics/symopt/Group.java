package lab.subspace.magics.symopt;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.numerics.random.Rng;

/**
 * Symmetry groups acting on an m x n weight block and its gradient, as in "Symmetry-Compatible
 * Principle for Optimizer Design". A linear group acts by G -&gt; P G Q on gradients and updates
 * alike; a shared shift G -&gt; G + 1 c^T is a symmetry of a router (softmax over rows ignores it),
 * so an update compatible with it must not change: U(G + 1 c^T) = U(G).
 *
 * <p>Containment (S = permutations, O = orthogonal): S x S is in S x O, O x S and the router
 * group; S x O is in O x O and the router group; a rule equivariant under a group is equivariant
 * under all the groups it contains ({@link #contains}).
 */
public enum Group {
    /** P G Q with P, Q orthogonal: general matrix layers (Muon, PolarGrad). */
    ORTHOGONAL("O(m) x O(n)", "P G Q"),
    /** Pi G Q, rows permuted, columns rotated: embeddings and LM heads (rows are tokens). */
    ROW_PERMUTATION("S(m) x O(n)", "Pi G Q"),
    /** P G Pi, rows rotated, columns permuted: blocks whose columns are units. */
    COLUMN_PERMUTATION("O(m) x S(n)", "P G Pi"),
    /** Pi G Pi', both sides permuted: the only symmetry a coordinate-wise rule (Adam) respects. */
    COORDINATE_PERMUTATION("S(m) x S(n)", "Pi G Pi'"),
    /** G + 1 c^T; the update must not change. */
    SHIFT("shift", "G + 1 c^T"),
    /** Pi G Q + 1 c^T: a router (experts permute, input space rotates, softmax ignores shifts). */
    ROUTER("S(m) x O(n) + shift", "Pi G Q + 1 c^T");

    private final String label;
    private final String action;

    Group(String label, String action) {
        this.label = label;
        this.action = action;
    }

    /** Short name such as "S(m) x O(n)". */
    public String label() {
        return label;
    }

    /** How it acts on a gradient, e.g. "Pi G Q". */
    public String action() {
        return action;
    }

    /** Whether {@code other} is a subgroup of this group (every group contains itself). */
    public boolean contains(Group other) {
        if (other == this) {
            return true;
        }
        return switch (this) {
            case ORTHOGONAL -> other == ROW_PERMUTATION || other == COLUMN_PERMUTATION || other == COORDINATE_PERMUTATION;
            case ROW_PERMUTATION, COLUMN_PERMUTATION -> other == COORDINATE_PERMUTATION;
            case ROUTER -> other == ROW_PERMUTATION || other == COORDINATE_PERMUTATION || other == SHIFT;
            case COORDINATE_PERMUTATION, SHIFT -> false;
        };
    }

    /** A random element for m x n matrices: Haar orthogonal, uniform permutations, N(0, 1) shifts. */
    public GroupAction sample(int rows, int cols, Rng rng) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("matrices must be at least 1 x 1 but are " + rows + " x " + cols);
        }
        DMatrixRMaj left = switch (this) {
            case ORTHOGONAL, COLUMN_PERMUTATION -> rng.orthogonal(rows);
            case ROW_PERMUTATION, COORDINATE_PERMUTATION, ROUTER -> rng.permutationMatrix(rows);
            case SHIFT -> CommonOps_DDRM.identity(rows);
        };
        DMatrixRMaj right = switch (this) {
            case ORTHOGONAL, ROW_PERMUTATION, ROUTER -> rng.orthogonal(cols);
            case COLUMN_PERMUTATION, COORDINATE_PERMUTATION -> rng.permutationMatrix(cols);
            case SHIFT -> CommonOps_DDRM.identity(cols);
        };
        double[] shift = this == SHIFT || this == ROUTER ? rng.gaussianVector(cols) : new double[cols];
        return new GroupAction(this, left, right, shift);
    }
}
