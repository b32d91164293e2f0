package lab.subspace.magics.grasp;

import java.time.Duration;

import lab.subspace.display.Progress;
import lab.subspace.numerics.nn.Activation;
import lab.subspace.numerics.nn.Mlp;
import lab.subspace.numerics.nn.Optimizers;
import lab.subspace.numerics.nn.Trainer;
import lab.subspace.numerics.random.Rng;

/**
 * The pretrained model of a {@link LatentWorld}: an MLP d -&gt; hidden (ReLU) -&gt; K + 1 trained with
 * Adam on the pretraining distribution for both heads, the K classes and the second task sign(s).
 * Its first layer therefore reads the spurious factor's direction for a genuine reason: the
 * pretrained use that GRASP ("Unsupervised Identification and Removal of Spurious Correlations
 * During Fine-Tuning", arXiv:2605.27676) keeps and activation ablation destroys.
 *
 * <pre>{@code
 * Mlp pretrained = Pretraining.train(world, 48, 3000, 30, 1);
 * }</pre>
 */
public final class Pretraining {

    static final double LEARNING_RATE = 3e-3;
    static final int BATCH = 100;

    private Pretraining() {
    }

    /**
     * @param hidden hidden units
     * @param n      pretraining samples
     * @param epochs passes over them
     * @param seed   seed of the weights, the data and the batch order
     */
    public static Mlp train(LatentWorld world, int hidden, int n, int epochs, long seed) {
        try (Progress progress = Progress.start("pretraining", epochs, Duration.ofSeconds(1))) {
            return train(world, hidden, n, epochs, seed, progress);
        }
    }

    static Mlp train(LatentWorld world, int hidden, int n, int epochs, long seed, Progress progress) {
        if (hidden < 1 || n < 1 || epochs < 1) {
            throw new IllegalArgumentException("hidden units, samples and epochs must be positive but are " + hidden + ", " + n + ", "
                    + epochs);
        }
        WorldSpec w = world.spec();
        Rng rng = new Rng(seed);
        Mlp net = Mlp.of(new int[] {w.dimension(), hidden, w.classes() + 1}, Activation.RELU, Activation.IDENTITY, rng.nextLong());
        LatentWorld.Sample data = world.pretraining(n, rng.split());
        MiniBatches.train(Trainer.of(net, Heads.pretraining(w.classes()), Optimizers.adam(LEARNING_RATE)), data.x(), data.targets(),
                epochs, BATCH, rng.split(), progress);
        return net;
    }
}
