package lab.subspace.magics.diffusion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import lab.subspace.display.Progress;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.linalg.Subspaces;
import lab.subspace.numerics.random.Rng;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * One diffusion model, looked at: n training samples, n generated points and n fresh samples,
 * with W1 distances and (for a {@link SubspaceMixture}) where the generated points lie relative to
 * the subspaces, projected to 3-D for a figure: the "generated points on the subspaces" panel of
 * "Diffusion Models Are Statistically Optimal for Learning Low-Dimensional Multi-Modal
 * Distributions" (reconstructed).
 *
 * <pre>{@code
 * SubspaceMixture mix = SubspaceMixture.random(10, 2, 3, SubgaussianLaw.UNIFORM, 1L);
 * SampleResult s = SampleExperiment.run(mix, null, 400, RateOptions.defaults().sampler(400, 2), 7L);
 * s.maxDistanceToUnion();     // ~1e-15: the generated points lie on the subspaces
 * }</pre>
 */
public final class SampleExperiment {

    private SampleExperiment() {
    }

    /**
     * @param source  a {@link SubspaceMixture} (subspace diagnostics are then computed) or any data source
     * @param model   the score to sample with, or null for the smoothed empirical score of the training samples
     * @param n       number of training, generated and fresh samples
     * @param options sampler settings (early-stopping time included)
     * @param seed    seed of the draw and the sampler
     */
    public static SampleResult run(DataSource source, ScoreModel model, int n, SamplerOptions options, long seed) {
        if (source == null) {
            throw new IllegalArgumentException("data source is null");
        }
        if (n < 2) {
            throw new IllegalArgumentException("the number of samples must be >= 2 but is " + n);
        }
        Rng rng = new Rng(seed);
        DMatrixRMaj train;
        DMatrixRMaj fresh;
        int[] freshComponents = null;
        SubspaceMixture mixture = source instanceof SubspaceMixture m ? m : null;
        if (mixture != null) {
            train = mixture.sample(n, rng).points();
            MixtureSample f = mixture.sample(n, rng);
            fresh = f.points();
            freshComponents = f.components();
        } else {
            Split split = source.draw(n, n, rng.nextLong());
            train = split.train();
            fresh = split.fresh();
        }
        ScoreModel score = model;
        int span = -1;
        if (score == null) {
            EmpiricalScore empirical = EmpiricalScore.of(train);
            span = empirical.spanDimension();
            score = empirical;
        }
        Generated generated;
        try (Progress progress = Progress.start("Diffusion sampler", options.steps() + 1L, Duration.ofSeconds(1))) {
            generated = DiffusionSampler.run(score, n, source.dimension(), options, rng.nextLong(), progress);
        }
        DMatrixRMaj points = generated.points();
        double w1 = RateExperiment.w1(points, fresh);
        double w1Train = RateExperiment.w1(train, fresh);
        DMatrixRMaj projection;
        DMatrixRMaj center = new DMatrixRMaj(1, source.dimension());
        if (mixture != null) {
            projection = mixtureView(mixture);
        } else {
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < center.numCols; d++) {
                    center.data[d] += train.get(i, d) / n;
                }
            }
            DMatrixRMaj centered = train.copy();
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < center.numCols; d++) {
                    centered.add(i, d, -center.data[d]);
                }
            }
            projection = Spectra.top(centered, Math.min(3, Math.min(n, source.dimension()))).v();
        }
        return new SampleResult(train, points, fresh, freshComponents, mixture, generated.options(), span, w1, w1Train,
                projection, center, seed);
    }

    /**
     * A 3-D view of a union of subspaces: the first basis vector of each subspace, then the second,
     * ... (up to 3, orthonormalised). For K = 3 lines it is exactly their span.
     */
    static DMatrixRMaj mixtureView(SubspaceMixture mixture) {
        int d = mixture.dimension();
        int want = Math.min(3, d);
        List<double[]> columns = new ArrayList<>();
        for (int c = 0; columns.size() < want; c++) {
            boolean any = false;
            for (int j = 0; j < mixture.components() && columns.size() < want; j++) {
                DMatrixRMaj u = mixture.basis(j);
                if (c < u.numCols) {
                    any = true;
                    double[] v = new double[d];
                    for (int i = 0; i < d; i++) {
                        v[i] = u.get(i, c);
                    }
                    columns.add(v);
                }
            }
            if (!any) {
                break;
            }
        }
        DMatrixRMaj a = new DMatrixRMaj(d, columns.size());
        for (int j = 0; j < columns.size(); j++) {
            for (int i = 0; i < d; i++) {
                a.set(i, j, columns.get(j)[i]);
            }
        }
        DMatrixRMaj q = Subspaces.basis(a);
        return q.numCols >= 2 ? q : CommonOps_DDRM.identity(d, Math.min(d, 3));
    }
}
