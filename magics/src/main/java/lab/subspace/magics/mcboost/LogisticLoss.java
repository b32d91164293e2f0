package lab.subspace.magics.mcboost;

/** Log loss on the logit scale: residual y - p, Newton steps, probabilities stay in (0, 1). */
record LogisticLoss() implements Loss {

    /** Base probabilities are clipped to [EPS, 1 - EPS] so that 0 and 1 have a finite logit. */
    static final double EPS = 1e-6;
    /** One Newton step on a cell moves the logit by at most this (a pure cell has an infinite step). */
    static final double MAX_STEP = 4;

    @Override
    public String name() {
        return "logistic";
    }

    @Override
    public double score(double prediction) {
        double p = Math.min(1 - EPS, Math.max(EPS, prediction));
        return Math.log(p / (1 - p));
    }

    @Override
    public double prediction(double score) {
        return score >= 0 ? 1 / (1 + Math.exp(-score)) : Math.exp(score) / (1 + Math.exp(score));
    }

    @Override
    public double residual(double label, double score) {
        return label - prediction(score);
    }

    @Override
    public double curvature(double label, double score) {
        double p = prediction(score);
        return p * (1 - p);
    }

    @Override
    public double risk(double label, double score) {
        // log(1 + e^s) - y s, written to stay finite for large |s|
        double softplus = score > 0 ? score + Math.log1p(Math.exp(-score)) : Math.log1p(Math.exp(score));
        return softplus - label * score;
    }

    @Override
    public double dispersion(double[] residuals) {
        return 1; // the Newton weights p(1 - p) already are the Bernoulli variances
    }

    @Override
    public double cellStep(double[] labels, double[] scores, int[] idx) {
        double r = 0;
        double w = 0;
        for (int i : idx) {
            double p = prediction(scores[i]);
            r += labels[i] - p;
            w += p * (1 - p);
        }
        if (r == 0) {
            return 0;
        }
        double step = w > 0 ? r / w : Math.signum(r) * MAX_STEP;
        return Math.max(-MAX_STEP, Math.min(MAX_STEP, step));
    }

    @Override
    public void requireLabel(int index, double label) {
        if (!(label >= 0 && label <= 1)) {
            throw new IllegalArgumentException("the logistic loss needs labels in [0, 1] but row " + index + " has " + label);
        }
    }

    @Override
    public void requirePrediction(int index, double prediction) {
        if (!(prediction >= 0 && prediction <= 1)) {
            throw new IllegalArgumentException("the logistic loss needs probabilities in [0, 1] but the base prediction at row "
                    + index + " is " + prediction);
        }
    }
}
