package lab.subspace.magics.game;

import lab.subspace.data.Matrices;
import lab.subspace.data.MaskedMatrix;

/** Input checks shared by the solvers; messages name the problem and the shapes. */
final class Checks {

    private Checks() {
    }

    /**
     * A well-formed masked matrix: values and mask of one shape, a 0/1 mask, finite values (the
     * missing positions included: build it with {@code Matrices.masked}, which zeroes them).
     */
    static void requireMasked(MaskedMatrix y) {
        Matrices.requireSameShape("the values of Y", y.values(), "its mask", y.mask());
        double[] v = y.values().data;
        double[] m = y.mask().data;
        int p = y.cols();
        for (int k = 0; k < v.length; k++) {
            if (m[k] != 0 && m[k] != 1) {
                throw new IllegalArgumentException("the mask of Y holds " + m[k] + " at (" + k / p + ", " + k % p
                        + "); it must be 1 (observed) or 0 (missing)");
            }
            if (!Double.isFinite(v[k])) {
                throw new IllegalArgumentException("Y holds " + v[k] + " at (" + k / p + ", " + k % p + ")"
                        + (m[k] == 0 ? " where its mask says missing; build it with Matrices.masked, which zeroes "
                                + "missing entries" : ""));
            }
        }
    }

    /** Y is well formed and the groups describe its rows. */
    static void requireRows(MaskedMatrix y, GroupMembership groups) {
        requireMasked(y);
        if (groups.rows() != y.rows()) {
            throw new IllegalArgumentException("the groups describe " + groups.rows() + " rows but Y has " + y.rows()
                    + " (it is " + y.rows() + " x " + y.cols() + ")");
        }
    }
}
