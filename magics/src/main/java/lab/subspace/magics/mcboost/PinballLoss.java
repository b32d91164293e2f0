package lab.subspace.magics.mcboost;

import java.util.Arrays;

/**
 * The pinball (quantile) loss at level tau: MCBoost on it is BatchGCP over group indicators and
 * BatchMVP over groups x level sets (Jung et al., "Batch Multivalid Conformal Prediction", 2023).
 */
record PinballLoss(double tau) implements Loss {

    PinballLoss {
        if (!(tau > 0 && tau < 1)) {
            throw new IllegalArgumentException("the quantile level tau must be in (0, 1) but is " + tau);
        }
    }

    @Override
    public String name() {
        return "pinball(" + tau + ")";
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
        return label < score ? tau - 1 : tau; // tau - 1{y < q}: zero mean when P(y < q) = tau
    }

    @Override
    public double curvature(double label, double score) {
        return 1;
    }

    @Override
    public double risk(double label, double score) {
        double e = label - score;
        return e >= 0 ? tau * e : (tau - 1) * e;
    }

    @Override
    public double dispersion(double[] residuals) {
        return tau * (1 - tau);
    }

    @Override
    public double cellStep(double[] labels, double[] scores, int[] idx) {
        if (idx.length == 0) {
            return 0;
        }
        double[] e = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            e[k] = labels[idx[k]] - scores[idx[k]];
        }
        Arrays.sort(e);
        // smallest shift c with #{e < c} >= tau * m, i.e. the cell's empirical tau-quantile
        int k = (int) Math.ceil(tau * idx.length) - 1;
        double c = e[Math.max(0, Math.min(idx.length - 1, k))];
        return Math.nextUp(c);
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
            throw new IllegalArgumentException("base quantile at row " + index + " is " + prediction);
        }
    }
}
