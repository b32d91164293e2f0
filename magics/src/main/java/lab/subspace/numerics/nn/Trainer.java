package lab.subspace.numerics.nn;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.random.Rng;

/**
 * Trains an {@link Mlp} by full-batch or mini-batch epochs, optionally with a penalty on hidden
 * activations, honouring interrupts and showing a progress bar when training lasts over a second.
 *
 * <pre>{@code
 * TrainResult r = Trainer.of(net, Losses.BCE_WITH_LOGITS, Optimizers.adam(1e-3))
 *         .epochs(300)                 // full batch by default
 *         .label("base model")
 *         .fit(X, y);
 * // online SGD, one sample at a time:
 * Trainer t = Trainer.of(net, Losses.MSE, Optimizers.sgd(0.01));
 * for (...) t.step(x1, y1);
 * }</pre>
 */
public final class Trainer {

    private final Mlp net;
    private final Loss loss;
    private final Optimizer optimizer;
    private int epochs = 1;
    private int batchSize;
    private long seed;
    private String label = "training";
    private ActivationPenalty penalty;
    private EpochListener listener;

    private Trainer(Mlp net, Loss loss, Optimizer optimizer) {
        this.net = net;
        this.loss = loss;
        this.optimizer = optimizer;
    }

    public static Trainer of(Mlp net, Loss loss, Optimizer optimizer) {
        return new Trainer(net, loss, optimizer);
    }

    /** Number of epochs (default 1). */
    public Trainer epochs(int epochs) {
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be >= 0 but is " + epochs);
        }
        this.epochs = epochs;
        return this;
    }

    /** Mini-batch size; 0 (the default) or at least the number of samples means full batch. */
    public Trainer batchSize(int batchSize) {
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must be >= 0 but is " + batchSize);
        }
        this.batchSize = batchSize;
        return this;
    }

    /** Seed of the per-epoch shuffling of mini-batches (default 0). */
    public Trainer seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Label of the progress bar. */
    public Trainer label(String label) {
        this.label = label;
        return this;
    }

    /** Adds a penalty on hidden activations to the loss. */
    public Trainer penalty(ActivationPenalty penalty) {
        this.penalty = penalty;
        return this;
    }

    /** Called after every epoch; returning false stops training. */
    public Trainer onEpoch(EpochListener listener) {
        this.listener = listener;
        return this;
    }

    /**
     * Trains on samples X (n x inputs) with targets Y (n rows, shaped as the loss expects).
     * Divergence (a non-finite loss) stops training and is reported in the result.
     */
    public TrainResult fit(DMatrixRMaj x, DMatrixRMaj y) {
        Matrices.requireCols("X", x, net.inputs());
        Matrices.requireSameRows("X", x, "Y", y);
        Matrices.requireFinite("X", x);
        int n = x.numRows;
        if (n == 0) {
            throw new IllegalArgumentException("X has no rows");
        }
        boolean full = batchSize == 0 || batchSize >= n;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Rng rng = new Rng(seed);
        double[] lossHistory = new double[epochs];
        double[] penaltyHistory = new double[epochs];
        long steps = 0;
        int done = 0;
        boolean stopped = false;
        boolean diverged = false;
        try (Progress progress = Progress.start(label, epochs, Duration.ofSeconds(1))) {
            for (int e = 0; e < epochs && !stopped && !diverged; e++) {
                if (!full) {
                    rng.shuffle(order);
                }
                double lossSum = 0;
                double penSum = 0;
                int size = full ? n : batchSize;
                for (int start = 0; start < n; start += size) {
                    Interrupts.check();
                    int end = Math.min(n, start + size);
                    int[] rows = Arrays.copyOfRange(order, start, end);
                    DMatrixRMaj xb = full ? x : RowOps.select(x, rows);
                    DMatrixRMaj yb = full ? y : RowOps.select(y, rows);
                    double[] lp = update(xb, yb, rows);
                    lossSum += lp[0] * rows.length;
                    penSum += lp[1] * rows.length;
                    steps++;
                }
                lossHistory[e] = lossSum / n;
                penaltyHistory[e] = penSum / n;
                done = e + 1;
                double total = lossHistory[e] + penaltyHistory[e];
                diverged = !Double.isFinite(total);
                progress.note(String.format(Locale.ROOT, "loss %.4g", total));
                progress.step();
                if (!diverged && listener != null && !listener.afterEpoch(e, total)) {
                    stopped = true;
                }
            }
        }
        return new TrainResult(Arrays.copyOf(lossHistory, done), Arrays.copyOf(penaltyHistory, done), done, steps,
                stopped, diverged);
    }

    /**
     * One optimizer step on one batch (e.g. a single sample for online SGD).
     *
     * @return the batch's loss plus penalty before the step
     */
    public double step(DMatrixRMaj x, DMatrixRMaj y) {
        Matrices.requireSameRows("X", x, "Y", y);
        int[] rows = new int[x.numRows];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        double[] lp = update(x, y, rows);
        return lp[0] + lp[1];
    }

    /** Forward, loss, penalty, backward, step: returns {loss, penalty}. */
    private double[] update(DMatrixRMaj xb, DMatrixRMaj yb, int[] rows) {
        Forward f = net.forward(xb);
        LossValue lv = loss.evaluate(f.output(), yb);
        PenaltyValue pv = penalty == null ? PenaltyValue.none() : penalty.evaluate(f, rows);
        Gradients g = net.backward(f, lv.gradient(), pv.activationGradients());
        if (Double.isFinite(lv.value()) && Double.isFinite(pv.value())) {
            optimizer.step(net.parameters(), g.list());
        }
        return new double[] {lv.value(), pv.value()};
    }
}
