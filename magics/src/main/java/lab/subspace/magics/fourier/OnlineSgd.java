package lab.subspace.magics.fourier;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.nn.Activation;
import lab.subspace.numerics.nn.Losses;
import lab.subspace.numerics.nn.Mlp;
import lab.subspace.numerics.nn.Optimizers;
import lab.subspace.numerics.nn.Trainer;
import lab.subspace.numerics.random.Rng;

/**
 * Online SGD on a two-layer ReLU network (the shared {@link Mlp} and {@link Trainer}): one fresh
 * example per step, test accuracy (and its amplitude-only and phase-only views) at geometrically
 * spaced steps, and the number of steps until the accuracy first exceeds a threshold - the
 * "steps to learn" of arXiv:2605.16913.
 *
 * <pre>{@code
 * PhaseTask task = PhaseTask.of(Grid.line(24), 0.0, 0.0, 1);
 * TestViews test = TestViews.of(task, 500, false, new Rng(2));
 * LearningCurve c = OnlineSgd.train(task.sampler(), test, SgdSpec.defaults(), true, 3);
 * long n = c.stepsToThreshold();
 * }</pre>
 */
public final class OnlineSgd {

    private OnlineSgd() {
    }

    /**
     * Trains a fresh network (weights seeded by {@code seed}, examples drawn from a stream seeded by
     * {@code seed} too) until {@code spec.maxSteps()}, or until the threshold is passed when
     * {@code stopAtThreshold}.
     */
    public static LearningCurve train(Sampler sampler, TestViews test, SgdSpec spec, boolean stopAtThreshold, long seed) {
        return train(sampler, test, spec, stopAtThreshold, seed, null);
    }

    /** As above, reporting the steps done to {@code progress} (may be null) at every evaluation. */
    static LearningCurve train(Sampler sampler, TestViews test, SgdSpec spec, boolean stopAtThreshold, long seed,
            Progress progress) {
        int d = test.full().numCols;
        Rng rng = new Rng(seed);
        Mlp net = Mlp.of(new int[] {d, spec.width(), 1}, Activation.RELU, Activation.IDENTITY, rng.nextLong());
        Trainer trainer = Trainer.of(net, Losses.BCE_WITH_LOGITS, Optimizers.sgd(spec.learningRate()));
        Rng data = rng.split();
        DMatrixRMaj target = new DMatrixRMaj(1, 1);
        int capacity = 64;
        long[] steps = new long[capacity];
        double[][] acc = new double[3][capacity];
        int count = 0;
        long hit = -1;
        long step = 0;
        long nextEval = spec.firstEval();
        while (step < spec.maxSteps()) {
            Interrupts.check();
            Sampler.Example ex = sampler.next(data);
            if (ex.x().length != d) {
                throw new IllegalArgumentException("the sampler gave a signal of length " + ex.x().length
                        + " but the test set has " + d + " columns");
            }
            target.data[0] = ex.label();
            trainer.step(DMatrixRMaj.wrap(1, d, ex.x()), target);
            step++;
            if (step == nextEval || step == spec.maxSteps()) {
                if (count == capacity) {
                    capacity *= 2;
                    steps = Arrays.copyOf(steps, capacity);
                    for (int v = 0; v < 3; v++) {
                        acc[v] = Arrays.copyOf(acc[v], capacity);
                    }
                }
                steps[count] = step;
                acc[0][count] = accuracy(net, test.full(), test.labels());
                acc[1][count] = test.amplitudeOnly() == null ? Double.NaN : accuracy(net, test.amplitudeOnly(), test.labels());
                acc[2][count] = test.phaseOnly() == null ? Double.NaN : accuracy(net, test.phaseOnly(), test.labels());
                if (hit < 0 && acc[0][count] > spec.threshold()) {
                    hit = step;
                }
                count++;
                if (progress != null) {
                    progress.set(step);
                }
                if (hit >= 0 && stopAtThreshold) {
                    break;
                }
                nextEval = Math.max(step + 1, (long) Math.ceil(step * spec.evalGrowth()));
            }
        }
        return new LearningCurve(Arrays.copyOf(steps, count), Arrays.copyOf(acc[0], count), Arrays.copyOf(acc[1], count),
                Arrays.copyOf(acc[2], count), spec.threshold(), hit);
    }

    /** Fraction of rows whose logit has the sign of their label (logit > 0 means class 1). */
    static double accuracy(Mlp net, DMatrixRMaj x, int[] labels) {
        DMatrixRMaj out = net.predict(x);
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            right += (out.data[i] > 0) == (labels[i] == 1) ? 1 : 0;
        }
        return (double) right / labels.length;
    }
}
