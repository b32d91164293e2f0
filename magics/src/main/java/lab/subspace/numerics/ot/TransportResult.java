package lab.subspace.numerics.ot;

import org.ejml.data.DMatrixRMaj;

/** What every transport solver returns: a plan with the problem's marginals and its cost. */
public sealed interface TransportResult permits SinkhornResult, SlicedResult, ExactResult {

    /** The n x m transport plan as a dense matrix (shared or newly built; do not modify). */
    DMatrixRMaj plan();

    /** The transport cost {@code <C, P>} = sum_ij C_ij P_ij (without any regularisation term). */
    double cost();
}
