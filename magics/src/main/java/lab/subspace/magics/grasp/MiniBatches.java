package lab.subspace.magics.grasp;

import java.util.Arrays;
import java.util.Locale;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.nn.Trainer;
import lab.subspace.numerics.random.Rng;

/**
 * Shuffled mini-batch epochs through {@link Trainer#step}, stepping one caller-owned progress bar
 * per epoch (so an experiment with many trainings shows one bar, not one per training).
 */
final class MiniBatches {

    private MiniBatches() {
    }

    /**
     * @return the mean loss of each epoch run; shorter than {@code epochs} when the loss became
     *         non-finite (training stops there)
     */
    static double[] train(Trainer trainer, DMatrixRMaj x, DMatrixRMaj y, int epochs, int batchSize, Rng rng, Progress progress) {
        int n = x.numRows;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double[] losses = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            rng.shuffle(order);
            double sum = 0;
            for (int start = 0; start < n; start += batchSize) {
                Interrupts.check();
                int[] rows = Arrays.copyOfRange(order, start, Math.min(n, start + batchSize));
                sum += trainer.step(RowOps.select(x, rows), RowOps.select(y, rows)) * rows.length;
            }
            losses[e] = sum / n;
            progress.note(String.format(Locale.ROOT, "loss %.4g", losses[e]));
            progress.step();
            if (!Double.isFinite(losses[e])) {
                progress.advance(epochs - e - 1); // a shared bar still ends at its total
                return Arrays.copyOf(losses, e + 1);
            }
        }
        return losses;
    }
}
