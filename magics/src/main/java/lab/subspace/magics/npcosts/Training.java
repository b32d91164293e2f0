package lab.subspace.magics.npcosts;

import java.util.ArrayList;
import java.util.List;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.random.Rng;

/** Task pools and the shared training loop of the amortised predictors. */
final class Training {

    private Training() {
    }

    /** {@code count} tasks with n log-uniform in [nMin, nMax]. */
    static List<Task> pool(TaskSampler sampler, int count, int nMin, int nMax, Rng rng) {
        List<Task> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Interrupts.check();
            int n = (int) Math.floor(Math.exp(rng.uniform(Math.log(nMin), Math.log(nMax + 1))));
            out.add(sampler.sample(Math.min(nMax, Math.max(nMin, n)), rng));
        }
        return out;
    }

    /**
     * Adam steps on random batches of the pool (a seeded shuffle per pass); returns the batch
     * loss of every step. Each step advances the progress bar by one.
     */
    static double[] train(Amortizer model, List<Task> pool, int steps, int batch, long seed, Progress progress) {
        Rng rng = new Rng(seed);
        int[] order = rng.permutation(pool.size());
        int next = 0;
        double[] losses = new double[steps];
        for (int s = 0; s < steps; s++) {
            Interrupts.check();
            List<Task> b = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                if (next == order.length) {
                    rng.shuffle(order);
                    next = 0;
                }
                b.add(pool.get(order[next++]));
            }
            losses[s] = model.step(b);
            progress.step();
        }
        return losses;
    }
}
