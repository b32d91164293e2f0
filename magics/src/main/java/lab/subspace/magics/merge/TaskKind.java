package lab.subspace.magics.merge;

/**
 * The synthetic tasks' model: linear regression (exactly quadratic losses) or logistic regression.
 *
 * <pre>{@code
 * SuiteSpec spec = SuiteSpec.regression().withKind(TaskKind.LOGISTIC);
 * }</pre>
 */
public enum TaskKind {
    /** y = x^T theta + noise, loss = mean squared error / 2. */
    REGRESSION,
    /** y ~ Bernoulli(sigmoid(x^T theta)), loss = binary cross-entropy, score = accuracy. */
    LOGISTIC
}
