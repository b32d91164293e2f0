package lab.subspace.magics.deblur;

/**
 * The Noise2Noise loss of a {@link FilterModel} as a function of its parameters
 * {@code phi = (log lambda at each knot, last)}, where {@code last} is the bias b for the
 * physics-constrained methods ({@code H(0) G(0) = 1}) and the free DC gain {@code g0} for plain
 * Noise2Noise (which has no bias). Optionally adds the elastic penalty
 * {@code (mu / 2) sum_j F_j (phi_j - anchor_j)^2} used for finetuning.
 */
final class N2NLoss {

    private final FilterModel model;
    private final N2NStatistics stats;
    final boolean constrained;
    private double mu;
    private double[] fisher;
    private double[] anchor;

    N2NLoss(FilterModel model, N2NStatistics stats, boolean constrained) {
        if (stats.pairs == 0) {
            throw new IllegalArgumentException("No training pair: every input would have zero exposure");
        }
        this.model = model;
        this.stats = stats;
        this.constrained = constrained;
    }

    int size() {
        return model.knots.length + 1;
    }

    /** Adds {@code (mu / 2) sum_j fisher_j (phi_j - anchor_j)^2}. */
    N2NLoss withElastic(double weight, double[] fisherDiagonal, double[] anchorPoint) {
        this.mu = weight;
        this.fisher = fisherDiagonal.clone();
        this.anchor = anchorPoint.clone();
        return this;
    }

    double value(double[] phi) {
        return valueAndGradient(phi, null);
    }

    /** The loss at {@code phi}; also writes the gradient into {@code out} unless it is null. */
    double valueAndGradient(double[] phi, double[] out) {
        int j = model.knots.length;
        double[] s = model.shrink(phi, constrained ? 1.0 : phi[j]);
        double[] perRadius = out == null ? null : new double[model.radii()];
        double loss = 0;
        for (int f = 1; f < s.length; f++) {
            double sf = s[f];
            loss += sf * sf * stats.p[f] - 2 * sf * stats.q[f] + stats.r[f];
            if (perRadius != null) {
                // d s / d log lambda = -s (1 - s)
                perRadius[model.radius[f]] -= 2 * (sf * stats.p[f] - stats.q[f]) * sf * (1 - sf);
            }
        }
        double last;
        if (constrained) {
            double b = phi[j];
            loss += stats.dcA + 2 * b * stats.dcB + b * b * stats.dcC;
            last = 2 * (stats.dcB + b * stats.dcC);
        } else {
            loss += s[0] * s[0] * stats.p[0] - 2 * s[0] * stats.q[0] + stats.r[0];
            last = 2 * (s[0] * stats.p[0] - stats.q[0]);
        }
        loss /= stats.norm;
        if (out != null) {
            java.util.Arrays.fill(out, 0);
            for (int r = 0; r < perRadius.length; r++) {
                double w = model.weight[r];
                out[model.left[r]] += (1 - w) * perRadius[r] / stats.norm;
                out[model.left[r] + 1] += w * perRadius[r] / stats.norm;
            }
            out[j] = last / stats.norm;
        }
        if (fisher != null) {
            for (int k = 0; k < phi.length; k++) {
                double d = phi[k] - anchor[k];
                loss += 0.5 * mu * fisher[k] * d * d;
                if (out != null) {
                    out[k] += mu * fisher[k] * d;
                }
            }
        }
        return loss;
    }

    /** Diagonal Gauss-Newton curvature of the (unpenalised) loss at {@code phi}. */
    double[] curvature(double[] phi) {
        int j = model.knots.length;
        double[] s = model.shrink(phi, constrained ? 1.0 : phi[j]);
        double[] perRadius = new double[model.radii()];
        for (int f = 1; f < s.length; f++) {
            double ds = s[f] * (1 - s[f]);
            perRadius[model.radius[f]] += 2 * stats.p[f] * ds * ds;
        }
        double[] out = new double[size()];
        for (int r = 0; r < perRadius.length; r++) {
            double w = model.weight[r];
            out[model.left[r]] += (1 - w) * (1 - w) * perRadius[r];
            out[model.left[r] + 1] += w * w * perRadius[r];
        }
        out[j] = 2 * (constrained ? stats.dcC : stats.p[0]);
        for (int k = 0; k < out.length; k++) {
            out[k] /= stats.norm;
        }
        return out;
    }
}
