package lab.subspace.magics.deblur;

import java.util.Locale;

/**
 * A trained filter and how the training went.
 *
 * @param method          the method
 * @param filter          the learned filter (with the estimated bias)
 * @param loss            the training objective after each epoch (entry 0 = at initialisation); for
 *                        the pretrain-finetune variant the pretraining entries come first, then the
 *                        finetuning ones (starting again at their initialisation)
 * @param bias            the bias estimate after each epoch (empty for plain Noise2Noise)
 * @param pretrainEntries how many leading entries of the curves belong to pretraining (0 if none)
 */
public record Training(Method method, LearnedFilter filter, double[] loss, double[] bias, int pretrainEntries) {

    /** Relative loss change over the last tenth of the epochs below which training counts as converged. */
    public static final double TOLERANCE = 1e-4;

    public Training {
        loss = loss.clone();
        bias = bias.clone();
    }

    @Override
    public double[] loss() {
        return loss.clone();
    }

    @Override
    public double[] bias() {
        return bias.clone();
    }

    /** The estimated bias b (0 for methods that assume zero-mean noise). */
    public double biasEstimate() {
        return filter.bias();
    }

    /** {@code (loss 10% of the last phase's epochs before the end - final loss) / final loss}. */
    public double finalRelativeChange() {
        int start = pretrainEntries;
        int last = loss.length - 1;
        int back = Math.max(start, last - Math.max(1, (last - start) / 10));
        return (loss[back] - loss[last]) / Math.max(Math.abs(loss[last]), 1e-300);
    }

    /** True when the loss has stopped moving (see {@link #TOLERANCE}). */
    public boolean converged() {
        return Math.abs(finalRelativeChange()) <= TOLERANCE;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Training[%s, %d entries, final loss %.5g, bias %.4f, converged %s]", method.label(),
                loss.length, loss[loss.length - 1], filter.bias(), converged());
    }
}
