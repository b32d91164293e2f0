package lab.subspace.magics.npcosts;

import java.util.List;

/**
 * An amortised predictor: one network shared by all context sets that maps a context set to
 * predictive marginals at its targets, trained to match the exact GP ("Three Costs of Amortizing
 * Gaussian Process Inference with Neural Processes"). Implementations: {@link MeanPoolingNp}
 * (deep-sets mean pooling, variance from the labelled or the label-free representation) and
 * {@link SecondOrderNp} (second-order pooling sum phi phi^T with a Bayesian linear read-out).
 *
 * <pre>{@code
 * Amortizer np = SecondOrderNp.create(1, 8, 32, 0.01, 3e-3, 1);
 * double loss = np.step(batch);                 // one Adam step on the mean marginal KL
 * List<Marginals> out = np.predict(tasks);
 * }</pre>
 */
public interface Amortizer {

    /** A short name for tables and legends. */
    String name();

    /** Size of the pooled representation (numbers passed from the encoder to the decoder). */
    int representationSize();

    /** Predictive marginals at each task's targets. */
    List<Marginals> predict(List<Task> tasks);

    /**
     * One Adam step on the mean over tasks and targets of KL(GP marginal || predicted marginal).
     *
     * @return that loss before the step
     */
    double step(List<Task> batch);

    /**
     * Gradient of KL(N(m, v) || N(mh, vh)) with respect to (mh, vh): {-(m - mh)/vh,
     * 1/2 (1/vh - (v + (m - mh)^2)/vh^2)}, and the KL itself.
     */
    static double[] klGradient(double m, double v, double mh, double vh) {
        double dm = m - mh;
        double kl = 0.5 * (GaussianKl.excess(v / vh - 1) + dm * dm / vh);
        return new double[] {kl, -dm / vh, 0.5 * (1 / vh - (v + dm * dm) / (vh * vh))};
    }
}
