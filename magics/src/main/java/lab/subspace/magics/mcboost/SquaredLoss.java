package lab.subspace.magics.mcboost;

/** Squared error: the MCBoost of Hebert-Johnson et al. for real-valued outcomes. */
record SquaredLoss() implements Loss {

    @Override
    public String name() {
        return "squared";
    }

    @Override
    public double score(double prediction) {
        return prediction;
    }

    @Override
    public double prediction(double score) {
        return score;
    }

    @Override
    public double residual(double label, double score) {
        return label - score;
    }

    @Override
    public double curvature(double label, double score) {
        return 1;
    }

    @Override
    public double risk(double label, double score) {
        double e = label - score;
        return e * e;
    }

    @Override
    public double dispersion(double[] residuals) {
        double s = 0;
        for (double r : residuals) {
            s += r * r;
        }
        return residuals.length == 0 ? 1 : Math.max(s / residuals.length, 1e-300);
    }

    @Override
    public double cellStep(double[] labels, double[] scores, int[] idx) {
        double s = 0;
        for (int i : idx) {
            s += labels[i] - scores[i];
        }
        return idx.length == 0 ? 0 : s / idx.length;
    }

    @Override
    public void requireLabel(int index, double label) {
        if (!Double.isFinite(label)) {
            throw new IllegalArgumentException("label at row " + index + " is " + label);
        }
    }

    @Override
    public void requirePrediction(int index, double prediction) {
        if (!Double.isFinite(prediction)) {
            throw new IllegalArgumentException("base prediction at row " + index + " is " + prediction);
        }
    }
}
