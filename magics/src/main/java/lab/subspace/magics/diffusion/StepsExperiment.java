package lab.subspace.magics.diffusion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.random.Rng;

/**
 * How many reverse steps the sampler needs: W1(generated, fresh) against the number of steps for
 * each sampler, on one fixed draw per repetition (the same training set and the same initial
 * noise for every setting, so differences come from the discretisation alone). With the smoothed
 * empirical score the converged value is the W1 of the exact reverse flow; with the closed-form
 * score of a Gaussian mixture it is the W1 of a perfect model.
 *
 * <pre>{@code
 * StepsResult s = StepsExperiment.run(mix, mix.exactScore(), 400, new int[] {5, 10, 20, 40},
 *         List.of(SamplerMethod.values()), ForwardProcess.earlyStop(400, 1, 1.0), 2, 7L);
 * }</pre>
 */
public final class StepsExperiment {

    private StepsExperiment() {
    }

    /**
     * @param source      where training and fresh samples come from
     * @param exact       an additional score model to compare (e.g. {@link SubspaceMixture#exactScore()}), or null
     * @param n           training, generated and fresh samples per repetition
     * @param steps       step counts to try
     * @param methods     samplers to try
     * @param t0          early-stopping time
     * @param repetitions independent draws; W1 is averaged (geometric mean) over them
     * @param seed        seed of everything
     */
    public static StepsResult run(DataSource source, ScoreModel exact, int n, int[] steps, List<SamplerMethod> methods,
            double t0, int repetitions, long seed) {
        if (source == null) {
            throw new IllegalArgumentException("data source is null");
        }
        if (steps == null || steps.length == 0) {
            throw new IllegalArgumentException("give at least one step count");
        }
        if (methods == null || methods.isEmpty()) {
            throw new IllegalArgumentException("give at least one sampler method");
        }
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be >= 1 but are " + repetitions);
        }
        int[] counts = Arrays.stream(steps).distinct().sorted().toArray();
        for (int s : counts) {
            new SamplerOptions(SamplerMethod.DDIM, s, SamplerOptions.DEFAULT_T_MAX, t0); // validates steps and t0
        }
        List<String> scores = new ArrayList<>(List.of("empirical"));
        if (exact != null) {
            scores.add("exact");
        }
        int settings = scores.size() * methods.size() * counts.length;
        double[][] logW1 = new double[settings][repetitions];
        double[] seconds = new double[settings];
        double[] trainingSet = new double[repetitions];
        Rng rng = new Rng(seed);
        long work = 0;
        for (int s : counts) {
            work += (long) (s + 1) * scores.size() * methods.size();
        }
        try (Progress progress = Progress.start("Sampler steps", work * repetitions, Duration.ofSeconds(1))) {
            for (int rep = 0; rep < repetitions; rep++) {
                Split split = source.draw(n, n, rng.nextLong());
                long noise = rng.nextLong();
                trainingSet[rep] = Math.log(RateExperiment.w1(split.train(), split.fresh()));
                ScoreModel empirical = EmpiricalScore.of(split.train());
                int row = 0;
                for (String score : scores) {
                    ScoreModel model = score.equals("exact") ? exact : empirical;
                    for (SamplerMethod method : methods) {
                        for (int s : counts) {
                            Interrupts.check();
                            SamplerOptions o = new SamplerOptions(method, s, SamplerOptions.DEFAULT_T_MAX, t0);
                            long start = System.nanoTime();
                            Generated g = DiffusionSampler.run(model, n, source.dimension(), o, noise, progress);
                            seconds[row] += (System.nanoTime() - start) / 1e9;
                            logW1[row][rep] = Math.log(RateExperiment.w1(g.points(), split.fresh()));
                            row++;
                        }
                    }
                }
            }
        }
        List<StepsResult.Row> rows = new ArrayList<>();
        int row = 0;
        for (String score : scores) {
            for (SamplerMethod method : methods) {
                for (int s : counts) {
                    rows.add(new StepsResult.Row(method, score, s, Math.exp(mean(logW1[row])), seconds[row] / repetitions));
                    row++;
                }
            }
        }
        return new StepsResult(rows, Math.exp(mean(trainingSet)), n, t0, repetitions, seed);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
