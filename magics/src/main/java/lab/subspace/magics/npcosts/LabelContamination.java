package lab.subspace.magics.npcosts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import lab.subspace.display.Progress;
import lab.subspace.numerics.random.Rng;
import lab.subspace.numerics.stats.LineFit;

/**
 * The label-contamination cost of "Three Costs of Amortizing Gaussian Process Inference with
 * Neural Processes": the exact GP variance does not depend on the labels, but a neural process
 * whose variance is read from a labelled representation r = (1/n) sum h(x_i, y_i) makes it a
 * function of them. As n grows, r converges to an integral of h over the one function draw f, a
 * random quantity: the f-driven part of the variance head's label dependence stays O(1) and only
 * the noise-driven part averages out, O(1/n). A head fed the context locations alone has none.
 * [reconstructed experiment]
 *
 * <p>Two {@link MeanPoolingNp} heads (variance from (x, y) vs from x only) are trained on the same
 * tasks and steps. At each n the label dependence of log v is split by the law of total variance
 * over F functions x E noise draws on the same locations: noise part E_f Var_eps, function part
 * Var_f E_eps (unbiased one-way ANOVA estimates).
 *
 * <pre>{@code
 * ContaminationResult r = LabelContamination.run(ContaminationSpec.defaults());
 * r.noiseFit().slope();        // about -1
 * }</pre>
 */
public final class LabelContamination {

    private LabelContamination() {
    }

    /** Trains both heads and evaluates them (a progress bar after one second). */
    public static ContaminationResult run(ContaminationSpec spec) {
        double s2 = spec.noise() * spec.noise();
        TaskSampler sampler = new TaskSampler(new PeriodicKernel(new Kernel(KernelFamily.SE, spec.lengthscale(), 1, 1)), spec.noise(),
                spec.targets());
        int[] sizes = spec.sizes();
        Rng rng = new Rng(spec.seed());
        List<MeanPoolingNp> heads = List.of(
                MeanPoolingNp.create(1, spec.width(), spec.hidden(), s2, false, true, spec.learningRate(), spec.seed() + 10),
                MeanPoolingNp.create(1, spec.width(), spec.hidden(), s2, true, true, spec.learningRate(), spec.seed() + 10));
        List<double[]> losses = new ArrayList<>();
        int work = spec.pool() / 64 + 2 * spec.steps() + sizes.length;
        double[][] error = new double[2][sizes.length];
        double[][] functionPart = new double[2][sizes.length];
        double[][] noisePart = new double[2][sizes.length];
        try (Progress progress = Progress.start("%np-costs contamination", work, Duration.ofSeconds(1))) {
            List<Task> pool = Training.pool(sampler, spec.pool(), sizes[0], sizes[sizes.length - 1], rng.split());
            for (int i = 0; i < spec.pool() / 64; i++) {
                progress.step();
            }
            for (MeanPoolingNp h : heads) {
                losses.add(Training.train(h, pool, spec.steps(), spec.batch(), spec.seed() + 20, progress));
            }
            Rng eval = rng.split();
            for (int s = 0; s < sizes.length; s++) {
                List<Task> tasks = new ArrayList<>();
                for (int m = 0; m < spec.locations(); m++) {
                    Task base = sampler.sample(sizes[s], eval);
                    for (int f = 0; f < spec.functions(); f++) {
                        double[] fx = sampler.function(base.contexts(), eval);
                        for (int e = 0; e < spec.noises(); e++) {
                            tasks.add(base.relabel(sampler.addNoise(fx, eval)));
                        }
                    }
                }
                for (int h = 0; h < heads.size(); h++) {
                    double[] split = evaluate(spec, tasks, heads.get(h).predict(tasks));
                    error[h][s] = split[0];
                    functionPart[h][s] = split[1];
                    noisePart[h][s] = split[2];
                }
                progress.step();
            }
        }
        double[] n = new double[sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            n[s] = sizes[s];
        }
        return new ContaminationResult(spec, List.of(heads.get(0).name(), heads.get(1).name()), sizes, error, functionPart, noisePart,
                LineFit.logLog(n, noisePart[0]), LineFit.logLog(n, functionPart[0]), losses);
    }

    /**
     * {mean covariance-part KL to the GP variance, function part, noise part} of the label
     * dependence of log v, averaged over location sets and targets.
     */
    private static double[] evaluate(ContaminationSpec spec, List<Task> tasks, List<Marginals> out) {
        double s2 = spec.noise() * spec.noise();
        int fs = spec.functions();
        int es = spec.noises();
        double err = 0;
        double fun = 0;
        double noi = 0;
        int cells = 0;
        int idx = 0;
        for (int m = 0; m < spec.locations(); m++) {
            double[] gpVar = tasks.get(idx).gp().variance();
            int nt = gpVar.length;
            double[][][] logV = new double[nt][fs][es];
            for (int f = 0; f < fs; f++) {
                for (int e = 0; e < es; e++, idx++) {
                    double[] v = out.get(idx).variance();
                    for (int t = 0; t < nt; t++) {
                        logV[t][f][e] = Math.log(v[t] - s2);
                        err += 0.5 * GaussianKl.excess(gpVar[t] / v[t] - 1);
                    }
                }
            }
            for (int t = 0; t < nt; t++) {
                double[] means = new double[fs];
                double within = 0;
                for (int f = 0; f < fs; f++) {
                    double mu = 0;
                    for (int e = 0; e < es; e++) {
                        mu += logV[t][f][e] / es;
                    }
                    double w = 0;
                    for (int e = 0; e < es; e++) {
                        w += (logV[t][f][e] - mu) * (logV[t][f][e] - mu);
                    }
                    within += w / (es - 1) / fs;
                    means[f] = mu;
                }
                double grand = 0;
                for (double mu : means) {
                    grand += mu / fs;
                }
                double between = 0;
                for (double mu : means) {
                    between += (mu - grand) * (mu - grand) / (fs - 1);
                }
                fun += between - within / es;
                noi += within;
                cells++;
            }
        }
        return new double[] {err / (tasks.size() * (double) tasks.get(0).targets().numRows), fun / cells, noi / cells};
    }
}
