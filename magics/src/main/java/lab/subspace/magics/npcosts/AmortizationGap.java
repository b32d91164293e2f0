package lab.subspace.magics.npcosts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import lab.subspace.display.Progress;
import lab.subspace.numerics.random.Rng;

/**
 * The amortisation gap of "Three Costs of Amortizing Gaussian Process Inference with Neural
 * Processes": a mean-pooling neural process and a second-order-pooling one with the same number
 * of pooled values are trained on the same tasks for the same number of Adam steps to match the
 * exact GP, and their KL to the GP on held-out tasks is compared with the rank-k Mercer truncation
 * (the information bottleneck at that representation size). The gap is KL(model) - KL(rank k);
 * the paper recommends second-order pooling to close the dominant part of it. [reconstructed
 * experiment]
 *
 * <pre>{@code
 * GapResult r = AmortizationGap.run(GapSpec.defaults());
 * r.closedFraction();          // share of the mean-pooling gap that second-order pooling closes
 * }</pre>
 */
public final class AmortizationGap {

    private AmortizationGap() {
    }

    /** Trains both models and evaluates them (a progress bar after one second). */
    public static GapResult run(GapSpec spec) {
        double s2 = spec.noise() * spec.noise();
        PeriodicKernel kernel = new PeriodicKernel(new Kernel(KernelFamily.SE, spec.lengthscale(), 1, 1));
        TaskSampler sampler = new TaskSampler(kernel, spec.noise(), spec.targets());
        MercerBasis truncation = kernel.mercer(spec.features());
        int[] sizes = spec.sizes();
        Rng rng = new Rng(spec.seed());
        SecondOrderNp secondOrder = SecondOrderNp.create(1, spec.features(), spec.hidden(), s2, spec.learningRate(), spec.seed() + 10);
        List<Amortizer> models = List.of(
                MeanPoolingNp.create(1, secondOrder.representationSize(), spec.hidden(), s2, false, spec.learningRate(), spec.seed() + 10),
                secondOrder);
        List<double[]> losses = new ArrayList<>();
        double[][] kl = new double[models.size()][sizes.length];
        double[] floor = new double[sizes.length];
        try (Progress progress = Progress.start("%np-costs gap", 2 * spec.steps() + sizes.length, Duration.ofSeconds(1))) {
            List<Task> pool = Training.pool(sampler, spec.pool(), sizes[0], sizes[sizes.length - 1], rng.split());
            for (Amortizer m : models) {
                losses.add(Training.train(m, pool, spec.steps(), spec.batch(), spec.seed() + 20, progress));
            }
            Rng eval = rng.split();
            for (int s = 0; s < sizes.length; s++) {
                List<Task> tasks = new ArrayList<>();
                for (int i = 0; i < spec.tests(); i++) {
                    tasks.add(sampler.sample(sizes[s], eval));
                }
                for (int m = 0; m < models.size(); m++) {
                    kl[m][s] = meanKl(tasks, models.get(m).predict(tasks));
                }
                List<Marginals> rankK = new ArrayList<>();
                for (Task t : tasks) {
                    Predictive p = Conditional.of(truncation, t.contexts(), t.targets(), s2, true).predict(t.labels());
                    rankK.add(new Marginals(p.mean(), p.variance()));
                }
                floor[s] = meanKl(tasks, rankK);
                progress.step();
            }
        }
        return new GapResult(spec, List.of(models.get(0).name(), models.get(1).name()), models.get(0).representationSize(), sizes, kl,
                floor, losses);
    }

    /** Mean over tasks and targets of KL(GP marginal || predicted marginal). */
    static double meanKl(List<Task> tasks, List<Marginals> predicted) {
        double sum = 0;
        for (int i = 0; i < tasks.size(); i++) {
            sum += tasks.get(i).gp().klTo(predicted.get(i)).total();
        }
        return sum / tasks.size();
    }
}
