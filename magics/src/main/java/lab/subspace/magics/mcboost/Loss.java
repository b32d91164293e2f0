package lab.subspace.magics.mcboost;

/**
 * The loss MCBoost post-processes under ("Multicalibration Boosting: Theory, Convergence, and
 * Transferability"): how a prediction becomes a score the boosting adds to, what the residual
 * (negative gradient) is, and the best constant step on one audit cell.
 *
 * <ul>
 * <li>{@link #squared()}: regression; score = prediction, residual y - f.</li>
 * <li>{@link #logistic()}: probabilities; score = logit, residual y - sigmoid(f), Newton cell steps,
 * so the iterates approach a KL (Bregman) projection.</li>
 * <li>{@link #pinball(double)}: the tau-quantile (BatchGCP / BatchMVP); residual tau - 1{y < q},
 * the cell step moves q to the cell's empirical tau-quantile.</li>
 * </ul>
 *
 * <pre>{@code
 * Loss loss = Loss.logistic();
 * double r = loss.residual(1, loss.score(0.7));   // 0.3
 * }</pre>
 */
public sealed interface Loss permits SquaredLoss, LogisticLoss, PinballLoss {

    static Loss squared() {
        return new SquaredLoss();
    }

    static Loss logistic() {
        return new LogisticLoss();
    }

    /** @param tau the quantile level, in (0, 1) */
    static Loss pinball(double tau) {
        return new PinballLoss(tau);
    }

    /** A short name for tables ("squared", "logistic", "pinball(0.9)"). */
    String name();

    /** The boosting score of a prediction (the logit for probabilities). */
    double score(double prediction);

    /** The prediction of a score (inverse of {@link #score}). */
    double prediction(double score);

    /** Negative gradient of the loss in the score: what a multicalibrated predictor leaves uncorrelated. */
    double residual(double label, double score);

    /** Second derivative in the score (Newton weight); 1 where the loss has none. */
    double curvature(double label, double score);

    /** The loss of one prediction. */
    double risk(double label, double score);

    /** Variance of the residual of a calibrated predictor (scale of the noise stopping rule). */
    double dispersion(double[] residuals);

    /** The step added to the score on the rows {@code idx} (not modified) that best fits their residual. */
    double cellStep(double[] labels, double[] scores, int[] idx);

    /** Throws when a label is outside the loss's domain (e.g. not in [0, 1] for the logistic loss). */
    void requireLabel(int index, double label);

    /** Throws when a base prediction is outside the loss's domain. */
    void requirePrediction(int index, double prediction);
}
