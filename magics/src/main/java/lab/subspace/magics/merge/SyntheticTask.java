package lab.subspace.magics.merge;

import org.ejml.data.DMatrixRMaj;

/**
 * One fine-tuned synthetic task: its data, its fine-tuned parameters and the curvature of its
 * fine-tuning objective there.
 *
 * <pre>{@code
 * SyntheticTask t = TaskSuite.generate(SuiteSpec.regression()).tasks().get(0);
 * double[] theta = t.finetuned();
 * }</pre>
 *
 * @param name        "task t"
 * @param trainX      n x d training inputs
 * @param trainY      n x 1 training labels
 * @param testX       m x d held-out inputs
 * @param testY       m x 1 held-out labels
 * @param finetuned   theta_t, the minimiser of the training loss plus (anchor/2)|theta - theta_0|^2
 * @param curvature   Hessian of that objective at theta_t (full d x d)
 * @param anchor      the L2-SP strength mu_t used for this task
 * @param iterations  Newton iterations (1 for regression, solved exactly)
 * @param converged   whether fine-tuning reached its tolerance
 */
public record SyntheticTask(String name, DMatrixRMaj trainX, DMatrixRMaj trainY, DMatrixRMaj testX, DMatrixRMaj testY,
                            double[] finetuned, Curvature curvature, double anchor, int iterations, boolean converged) {
}
