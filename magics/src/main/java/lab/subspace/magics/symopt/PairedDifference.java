package lab.subspace.magics.symopt;

import java.util.Locale;
import java.util.Objects;

import lab.subspace.numerics.stats.Descriptive;

/**
 * A method minus a baseline, seed by seed, each at its own tuned learning rate
 * ({@link TrainingComparison#paired}). Both runs of a seed start from the same weights and see
 * the same batches, so the seed-to-seed spread of the difference is smaller than that of either
 * method's loss: the fair way to ask whether one optimizer ends lower than another on a toy from
 * "Symmetry-Compatible Principle for Optimizer Design".
 *
 * <pre>{@code
 * PairedDifference d = comparison.paired("left polar router", "AdamW");
 * boolean noWorse = d.lossMean() <= 0;
 * }</pre>
 *
 * @param method       the method
 * @param methodLr     its tuned peak learning rate
 * @param baseline     the baseline
 * @param baselineLr   its tuned peak learning rate
 * @param loss         final held-out loss differences (method - baseline), one per seed
 * @param imbalance    final router imbalance differences, one per seed (NaN without a router)
 */
public record PairedDifference(String method, double methodLr, String baseline, double baselineLr, double[] loss, double[] imbalance) {

    public PairedDifference {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(baseline, "baseline");
        if (loss.length == 0 || loss.length != imbalance.length) {
            throw new IllegalArgumentException("need one loss and one imbalance difference per seed but have " + loss.length + " and "
                    + imbalance.length);
        }
        loss = loss.clone();
        imbalance = imbalance.clone();
    }

    @Override
    public double[] loss() {
        return loss.clone();
    }

    @Override
    public double[] imbalance() {
        return imbalance.clone();
    }

    public double lossMean() {
        return Descriptive.mean(loss);
    }

    /** Standard deviation over seeds (n - 1; 0 for one seed). */
    public double lossSd() {
        return Descriptive.sd(loss);
    }

    public double imbalanceMean() {
        return Descriptive.mean(imbalance);
    }

    /** Standard deviation over seeds (n - 1; 0 for one seed). */
    public double imbalanceSd() {
        return Descriptive.sd(imbalance);
    }

    /** e.g. "... loss +0.0108 +- 0.0055, imbalance +0.006 +- 0.017 over 5 seeds" (no imbalance without a router). */
    @Override
    public String toString() {
        String head = String.format(Locale.ROOT, "%s (lr %.3g) - %s (lr %.3g): loss %+.4f +- %.4f", method, methodLr, baseline, baselineLr,
                lossMean(), lossSd());
        String router = Double.isNaN(imbalanceMean()) ? ""
                : String.format(Locale.ROOT, ", imbalance %+.3f +- %.3f", imbalanceMean(), imbalanceSd());
        return head + router + " over " + loss.length + (loss.length == 1 ? " seed" : " seeds");
    }
}
