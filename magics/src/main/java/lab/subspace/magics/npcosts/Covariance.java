package lab.subspace.magics.npcosts;

import org.ejml.data.DMatrixRMaj;

/**
 * A covariance function evaluated on point sets (one point per row): the exact kernel, its
 * periodised version on the torus, or a rank-d Mercer truncation.
 */
public interface Covariance {

    /** Input dimension dx (columns of the point sets). */
    int inputDimension();

    /** The n x m matrix k(a_i, b_j); a and b are not modified. */
    DMatrixRMaj matrix(DMatrixRMaj a, DMatrixRMaj b);

    /** A short description for tables and legends. */
    String describe();
}
