package lab.subspace.magics.diffusion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import lab.subspace.display.Progress;
import lab.subspace.numerics.Parallel;
import lab.subspace.numerics.random.Rng;
import lab.subspace.numerics.ot.GroundCost;
import lab.subspace.numerics.ot.OT;
import lab.subspace.numerics.ot.OtProblem;
import org.ejml.data.DMatrixRMaj;

/**
 * W1 between generated and fresh samples against the number of training samples n: the experiment
 * of "Diffusion Models Are Statistically Optimal for Learning Low-Dimensional Multi-Modal
 * Distributions" (reconstructed from its abstract). For each curve, each n and each repetition:
 * draw n training and n fresh samples, build the smoothed empirical score, generate n points with
 * early stopping at t0 = c n^{-2/k}, and measure W1(generated, fresh) by exact optimal transport
 * (network simplex, Euclidean cost). W1(training set, fresh) is measured on the same draw as a
 * reference: it is what an exact copy of the training set would score.
 *
 * <p>Why exact W1 and not sliced W1: the sliced distance between n-samples decays like n^{-1/2}
 * in every dimension, so it cannot show the n^{-1/k} rate at all.
 *
 * <p>Runs are independent (each has its own draw, seeded from {@code seed}), run in parallel, and
 * give the same numbers whatever the number of threads.
 *
 * <pre>{@code
 * List<RateCurve> curves = List.of(RateCurve.mixture(10, 3, 3, SubgaussianLaw.GAUSSIAN, 1L),
 *                                  RateCurve.mixture(100, 3, 3, SubgaussianLaw.GAUSSIAN, 2L));
 * RateResult r = RateExperiment.run(curves, new int[] {50, 100, 200, 400}, 4, RateOptions.defaults(), 7L);
 * r.fit("k=3, D=100").slopeInterval();    // e.g. -0.31 [-0.33, -0.29]
 * }</pre>
 */
public final class RateExperiment {

    private RateExperiment() {
    }

    /**
     * @param curves  data sources with their intrinsic dimensions (distinct labels)
     * @param sizes   training-set sizes n (at least 2 distinct values, each &gt;= 2)
     * @param seeds   repetitions at the largest n (&gt;= 2); smaller n get {@link #repetitions} runs
     * @param options sampler and interval settings
     * @param seed    seed of every draw
     */
    public static RateResult run(List<RateCurve> curves, int[] sizes, int seeds, RateOptions options, long seed) {
        int[] ns = validate(curves, sizes, seeds, options);
        // seeds are drawn in a fixed order, so the numbers do not depend on scheduling
        Rng master = new Rng(seed);
        List<Task> tasks = new ArrayList<>();
        int largest = ns[ns.length - 1];
        for (int c = 0; c < curves.size(); c++) {
            for (int n : ns) {
                for (int s = 0; s < repetitions(n, largest, seeds); s++) {
                    tasks.add(new Task(tasks.size(), c, n, s, master.nextLong(), master.nextLong()));
                }
            }
        }
        // largest first: the pool then ends on small tasks and both threads stay busy
        List<Task> order = new ArrayList<>(tasks);
        order.sort(Comparator.comparingInt((Task t) -> t.n).reversed());
        RateRun[] done = new RateRun[tasks.size()];
        try (Progress progress = Progress.start("W1 vs n (" + tasks.size() + " runs)", tasks.size(), Duration.ofSeconds(1))) {
            Parallel.forRange(order.size(), 1, progress, (lo, hi) -> {
                for (int i = lo; i < hi; i++) {
                    Task t = order.get(i);
                    done[t.index] = runOne(curves.get(t.curve), t, options);
                }
            });
        }
        return RateResult.of(curves, ns, seeds, options, seed, Arrays.asList(done));
    }

    private static RateRun runOne(RateCurve curve, Task t, RateOptions options) {
        Split split = curve.source().draw(t.n, t.n, t.dataSeed);
        SamplerOptions sampler = options.sampler(t.n, curve.k());
        double start = CpuClock.now();
        EmpiricalScore score = EmpiricalScore.of(split.train()).sequential();
        Generated g = DiffusionSampler.run(score, t.n, curve.source().dimension(), sampler, t.noiseSeed, null);
        double sampled = CpuClock.now();
        double w1 = w1(g.points(), split.fresh());
        double w1Train = w1(split.train(), split.fresh());
        double end = CpuClock.now();
        return new RateRun(t.curve, t.n, t.seed, sampler.t0(), sampler.steps(), w1, w1Train, sampled - start, end - sampled);
    }

    /**
     * Repetitions at size n: ceil(seeds sqrt(nMax / n)). Small sizes are cheap (the cost grows like
     * n^2) and relatively noisy, so they get more runs; the fit gives every n the same weight, so
     * this only narrows the intervals (about 1.5x less variance than equal repetitions for the same
     * CPU time).
     */
    public static int repetitions(int n, int largest, int seeds) {
        return (int) Math.ceil(seeds * Math.sqrt((double) largest / n) - 1e-9);
    }

    /** W1 between two equally weighted point clouds (rows) by exact OT with the Euclidean cost. */
    public static double w1(DMatrixRMaj x, DMatrixRMaj y) {
        return OT.exact(OtProblem.of(x, y, GroundCost.EUCLIDEAN)).cost();
    }

    private static int[] validate(List<RateCurve> curves, int[] sizes, int seeds, RateOptions options) {
        if (curves == null || curves.isEmpty()) {
            throw new IllegalArgumentException("the rate experiment needs at least one curve");
        }
        Set<String> labels = new HashSet<>();
        for (RateCurve c : curves) {
            if (!labels.add(c.label())) {
                throw new IllegalArgumentException("two curves are labelled '" + c.label() + "'");
            }
        }
        if (options == null) {
            throw new IllegalArgumentException("rate options are null");
        }
        if (seeds < 2) {
            throw new IllegalArgumentException("the number of seeds must be >= 2 (a standard error needs 2 runs per n) but is "
                    + seeds);
        }
        if (sizes == null) {
            throw new IllegalArgumentException("sample sizes are null");
        }
        int[] ns = Arrays.stream(sizes).distinct().sorted().toArray();
        if (ns.length < 2) {
            throw new IllegalArgumentException("a slope needs at least 2 distinct sample sizes but got " + Arrays.toString(sizes));
        }
        if (ns[0] < 2) {
            throw new IllegalArgumentException("sample sizes must be >= 2 but the smallest is " + ns[0]);
        }
        return ns;
    }

    private record Task(int index, int curve, int n, int seed, long dataSeed, long noiseSeed) {
    }
}
