package lab.subspace.magics.npcosts;

/**
 * Gaussian predictive marginals at T targets, and the marginal KL between two of them: the
 * per-target loss that amortised predictors minimise against the exact GP.
 *
 * @param mean     predictive means; not copied
 * @param variance predictive variances (&gt; 0); not copied
 */
public record Marginals(double[] mean, double[] variance) {

    public Marginals {
        if (mean.length != variance.length) {
            throw new IllegalArgumentException("there are " + mean.length + " means but " + variance.length + " variances");
        }
    }

    /** Mean over targets of KL(N(m_p, v_p) || N(m_q, v_q)) with p = this, split into covariance and mean parts. */
    public KlParts klTo(Marginals q) {
        if (q.mean.length != mean.length) {
            throw new IllegalArgumentException("p has " + mean.length + " targets but q has " + q.mean.length);
        }
        double cov = 0;
        double mu = 0;
        for (int t = 0; t < mean.length; t++) {
            double r = variance[t] / q.variance[t];
            cov += 0.5 * GaussianKl.excess(r - 1);
            double dm = mean[t] - q.mean[t];
            mu += 0.5 * dm * dm / q.variance[t];
        }
        return new KlParts(cov / mean.length, mu / mean.length);
    }
}
