package lab.subspace.magics.mhanw;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.display.Progress;
import lab.subspace.numerics.Parallel;
import lab.subspace.numerics.random.Rng;
import lab.subspace.numerics.stats.LineFit;

/**
 * The best split of a fixed head budget D = H d_k as the training set grows ("Multi-Head
 * Attention as Ensemble Nadaraya-Watson Estimation": the optimal per-head dimension grows
 * logarithmically with n) [reconstructed experiment].
 *
 * <p>For each training set size n and each d_k dividing D, H = D / d_k orthogonal heads (blocks
 * of a random rotation of R^d, redrawn per training set) smooth {@link LatentViews#spread} data
 * with a fixed Gaussian bandwidth; the ensemble's MSE is averaged over training sets. Wider heads
 * see the latent with more signal (less bias) but smooth in more dimensions (variance growing
 * roughly geometrically in d_k at a fixed bandwidth), so the best d_k moves up as n grows. The
 * optimum per n is the grid argmin, refined by a parabola in log d_k through its neighbours, and
 * d_k* is fitted against ln n ({@link LineFit}).
 *
 * <p>Common random numbers: every d_k sees the same training sets and queries, and the training
 * sets for the sizes n are prefixes of one larger set.
 *
 * <pre>{@code
 * BudgetResult r = BudgetSweep.run(BudgetSpec.defaults());
 * r.bestHeadDims();     // e.g. [4, 6, 6, 8, 12, 12]
 * r.fit().slope();      // d_k* per unit of ln n
 * }</pre>
 */
public final class BudgetSweep {

    private BudgetSweep() {
    }

    public static BudgetResult run(BudgetSpec spec) {
        Rng root = new Rng(spec.seed());
        LatentViews model = LatentViews.spread(spec.dimension(), spec.latent(), spec.signal(), spec.labelNoise(), root.split());
        int[] ns = spec.sampleSizes();
        int[] dks = spec.headDims();
        int reps = spec.replicates();
        int nMax = ns[ns.length - 1];
        Rng[] streams = MonteCarlo.streams(root.split(), reps);
        LatentViews.Sample[] train = new LatentViews.Sample[reps];
        LatentViews.Sample[] queries = new LatentViews.Sample[reps];
        List<List<NwEnsemble>> ensembles = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            DMatrixRMaj rotation = streams[r].orthogonal(spec.dimension());
            train[r] = model.training(nMax, streams[r]);
            queries[r] = model.queries(spec.queries(), streams[r]);
            List<NwEnsemble> perDk = new ArrayList<>();
            for (int dk : dks) {
                List<DMatrixRMaj> heads = new ArrayList<>();
                for (int h = 0; h < spec.budget() / dk; h++) {
                    heads.add(CommonOps_DDRM.extract(rotation, 0, spec.dimension(), h * dk, (h + 1) * dk));
                }
                perDk.add(new NwEnsemble(heads, spec.bandwidth()));
            }
            ensembles.add(perDk);
        }
        // tasks (replicate, n), the largest n first so that the two threads finish together
        int tasks = reps * ns.length;
        double[][][] mse = new double[reps][ns.length][dks.length];
        try (Progress progress = Progress.start("%mha-nw budget: (training set, n) pairs", tasks, Duration.ofSeconds(1))) {
            Parallel.forRange(tasks, 1, progress, (lo, hi) -> {
                for (int t = lo; t < hi; t++) {
                    int ni = ns.length - 1 - t / reps;
                    int r = t % reps;
                    LatentViews.Sample data = train[r].head(ns[ni]);
                    for (int k = 0; k < dks.length; k++) {
                        double[] fit = ensembles.get(r).get(k).predict(data.x(), data.y(), queries[r].x());
                        mse[r][ni][k] = meanSquaredError(fit, queries[r].truth());
                    }
                }
            });
        }
        return BudgetResult.of(spec, mse);
    }

    static double meanSquaredError(double[] fit, double[] truth) {
        double s = 0;
        for (int j = 0; j < fit.length; j++) {
            s += (fit[j] - truth[j]) * (fit[j] - truth[j]);
        }
        return s / fit.length;
    }

    /**
     * The minimiser of a curve sampled at increasing positive x: the grid argmin, moved to the
     * vertex of the parabola in log x through it and its two neighbours (kept between them).
     * At either end of the grid it is that end.
     */
    public static double refinedMinimum(double[] x, double[] y) {
        int best = argmin(y);
        if (best == 0 || best == x.length - 1) {
            return x[best];
        }
        double x0 = Math.log(x[best - 1]);
        double x1 = Math.log(x[best]);
        double x2 = Math.log(x[best + 1]);
        double y0 = y[best - 1];
        double y1 = y[best];
        double y2 = y[best + 1];
        double num = (x1 - x0) * (x1 - x0) * (y1 - y2) - (x1 - x2) * (x1 - x2) * (y1 - y0);
        double den = (x1 - x0) * (y1 - y2) - (x1 - x2) * (y1 - y0);
        if (den == 0) {
            return x[best];
        }
        double vertex = x1 - 0.5 * num / den;
        return Math.exp(Math.max(x0, Math.min(x2, vertex)));
    }

    static int argmin(double[] y) {
        int best = 0;
        for (int i = 1; i < y.length; i++) {
            if (y[i] < y[best]) {
                best = i;
            }
        }
        return best;
    }
}
