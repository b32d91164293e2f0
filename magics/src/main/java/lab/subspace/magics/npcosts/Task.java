package lab.subspace.magics.npcosts;

import org.ejml.data.DMatrixRMaj;

/**
 * One context set with its exact GP answer: context inputs and labels, target inputs, and the
 * exact GP conditional (gain and label-free covariance) that amortised predictors are trained
 * to match in "Three Costs of Amortizing Gaussian Process Inference with Neural Processes".
 *
 * @param contexts n x dx context inputs; not copied, do not modify
 * @param labels   n context labels; not copied
 * @param targets  T x dx target inputs; not copied
 * @param exact    the exact GP conditional at the targets (noisy outputs)
 */
public record Task(DMatrixRMaj contexts, double[] labels, DMatrixRMaj targets, Conditional exact) {

    public Task {
        if (labels.length != contexts.numRows) {
            throw new IllegalArgumentException("there are " + contexts.numRows + " contexts but " + labels.length + " labels");
        }
        if (exact.gain().numCols != contexts.numRows || exact.gain().numRows != targets.numRows) {
            throw new IllegalArgumentException("the conditional's gain is " + exact.gain().numRows + " x " + exact.gain().numCols
                    + " but there are " + targets.numRows + " targets and " + contexts.numRows + " contexts");
        }
    }

    /** Number of context points n. */
    public int size() {
        return contexts.numRows;
    }

    /** The exact GP predictive marginals at the targets. */
    public Marginals gp() {
        Predictive p = exact.predict(labels);
        return new Marginals(p.mean(), p.variance());
    }

    /** The same context and target inputs with other labels (the exact conditional is reused). */
    public Task relabel(double[] newLabels) {
        return new Task(contexts, newLabels, targets, exact);
    }
}
