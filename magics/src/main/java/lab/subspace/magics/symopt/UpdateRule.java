package lab.subspace.magics.symopt;

import org.ejml.data.DMatrixRMaj;

/**
 * A matrix update rule: the direction U(M) a layer moves along, computed from its (momentum)
 * gradient M. The optimizer then steps W &lt;- (1 - lr wd) W - lr U(M) ({@link LayerwiseOptimizer}).
 *
 * <p>From "Symmetry-Compatible Principle for Optimizer Design: Embeddings, LM Heads, SwiGLU MLPs,
 * and MoE Routers": a rule should be equivariant under the symmetry group of the weight block it
 * updates, U(g . M) = g . U(M) ({@link Equivariance} measures it). Built-in rules are in
 * {@link UpdateRules}; any lambda is a rule:
 *
 * <pre>{@code
 * UpdateRule mine = m -> { DMatrixRMaj u = m.copy(); CommonOps_DDRM.scale(1 / NormOps_DDRM.normF(m), u); return u; };
 * UpdateRule hybrid = UpdateRules.rowNorm().andThen(UpdateRules.polar(0));
 * }</pre>
 */
@FunctionalInterface
public interface UpdateRule {

    /**
     * @param m the momentum (or gradient) of one weight block; not modified
     * @return a new matrix of the same shape
     */
    DMatrixRMaj apply(DMatrixRMaj m);

    /** This rule, then {@code next} applied to its output (a hybrid such as polar-then-row-norm). */
    default UpdateRule andThen(UpdateRule next) {
        return m -> next.apply(apply(m));
    }
}
