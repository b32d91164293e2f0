package lab.subspace.magics.mhanw;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.display.Progress;
import lab.subspace.numerics.random.Rng;

/**
 * MSE, variance and covariance of an H-head Nadaraya-Watson ensemble as its heads rotate from
 * identical to mutually orthogonal ("Multi-Head Attention as Ensemble Nadaraya-Watson
 * Estimation": MSE decreases monotonically in the Head Diversity Index; orthogonal heads cut the
 * variance by up to 1/H, identical heads not at all) [reconstructed experiment].
 *
 * <p>Layout: H + 1 mutually orthogonal d_k-dimensional blocks S_0 (shared) and S_1..S_H (one per
 * head) of a random rotation of R^d. Head h at angle a uses Q_h(a) = cos a S_0 + sin a S_h, so
 * every pair of heads has all principal cosines cos^2 a and HDI(a) = 1 - cos^4 a. The data are
 * {@link LatentViews} with A = signal (S_0 + sum_h S_h J), J a quarter turn in each coordinate
 * pair: head h then sees (cos a I + sin a J) z, an orthogonal transform of z, plus isotropic key
 * noise at every angle. So each head alone is the same estimator at every angle (its bias and
 * variance do not change), and only the overlap between heads (their shared key noise, cos^2 a of
 * it) varies: the sweep isolates the effect of diversity.
 *
 * <pre>{@code
 * RotationResult r = RotationSweep.run(RotationSpec.defaults());
 * r.spearman();        // rank correlation of MSE with HDI, about -1
 * r.varianceRatio();   // ensemble variance, orthogonal / identical heads, near 1/H
 * }</pre>
 */
public final class RotationSweep {

    private RotationSweep() {
    }

    /** Runs the sweep (Monte Carlo over {@code spec.replicates()} training sets; a progress bar after 1 s). */
    public static RotationResult run(RotationSpec spec) {
        Rng root = new Rng(spec.seed());
        DMatrixRMaj rotation = root.split().orthogonal(spec.dimension());
        int k = spec.headDim();
        DMatrixRMaj shared = block(rotation, 0, k);
        List<DMatrixRMaj> own = new ArrayList<>();
        for (int h = 1; h <= spec.heads(); h++) {
            own.add(block(rotation, h, k));
        }
        LatentViews model = views(shared, own, spec.signal(), spec.labelNoise());
        LatentViews.Sample queries = model.queries(spec.queries(), root.split());
        double[] angles = new double[spec.steps()];
        List<NwEnsemble> ensembles = new ArrayList<>();
        for (int s = 0; s < spec.steps(); s++) {
            angles[s] = angleForDiversity((double) s / (spec.steps() - 1));
            ensembles.add(new NwEnsemble(path(shared, own, angles[s]), spec.bandwidth()));
        }
        double[][][][] predictions;
        try (Progress progress = Progress.start("%mha-nw rotate: training sets", spec.replicates(), Duration.ofSeconds(1))) {
            predictions = MonteCarlo.predictions(rng -> model.training(spec.samples(), rng), queries, ensembles, spec.replicates(),
                    root.split(), progress);
        }
        List<Decomposition> parts = new ArrayList<>();
        double[] hdi = new double[spec.steps()];
        double[] degrees = new double[spec.steps()];
        for (int s = 0; s < spec.steps(); s++) {
            parts.add(Decomposition.of(predictions[s], queries.truth()));
            hdi[s] = ensembles.get(s).diversity();
            degrees[s] = Math.toDegrees(angles[s]);
        }
        return new RotationResult(spec, degrees, hdi, parts);
    }

    /**
     * Head bases along the rotation: Q_h = cos(angle) S_0 + sin(angle) S_h. They are orthonormal
     * when S_0 and the S_h are mutually orthogonal orthonormal blocks.
     *
     * @param shared S_0 (d x k)
     * @param own    S_1..S_H (d x k each)
     * @param angle  radians; 0 gives H copies of S_0, pi/2 gives S_1..S_H
     */
    public static List<DMatrixRMaj> path(DMatrixRMaj shared, List<DMatrixRMaj> own, double angle) {
        List<DMatrixRMaj> bases = new ArrayList<>();
        for (int h = 0; h < own.size(); h++) {
            Matrices.requireSameShape("S_0", shared, "S_" + (h + 1), own.get(h));
            DMatrixRMaj q = new DMatrixRMaj(shared.numRows, shared.numCols);
            CommonOps_DDRM.add(Math.cos(angle), shared, Math.sin(angle), own.get(h), q);
            bases.add(q);
        }
        return bases;
    }

    /** HDI along {@link #path}: every pair has principal cosines cos^2(angle), so 1 - cos^4(angle). */
    public static double pathDiversity(double angle) {
        double c = Math.cos(angle);
        return 1 - c * c * c * c;
    }

    /**
     * The angle at which {@link #path} has the given HDI: acos((1 - hdi)^(1/4)). The sweep's angles
     * are spaced evenly in HDI (evenly spaced angles would crowd the HDI values near 1).
     */
    public static double angleForDiversity(double hdi) {
        if (!(hdi >= 0 && hdi <= 1)) {
            throw new IllegalArgumentException("the HDI must be in [0, 1] but is " + hdi);
        }
        return Math.acos(Math.pow(1 - hdi, 0.25));
    }

    /** The views model of the sweep: A = signal (S_0 + sum_h S_h J), key noise sqrt(1 - signal^2). */
    static LatentViews views(DMatrixRMaj shared, List<DMatrixRMaj> own, double signal, double labelNoise) {
        LatentViews.requireSignal(signal);
        int k = shared.numCols;
        DMatrixRMaj quarterTurn = new DMatrixRMaj(k, k);
        for (int i = 0; i + 1 < k; i += 2) {
            quarterTurn.set(i, i + 1, -1);
            quarterTurn.set(i + 1, i, 1);
        }
        DMatrixRMaj a = shared.copy();
        for (DMatrixRMaj s : own) {
            CommonOps_DDRM.multAdd(s, quarterTurn, a);
        }
        CommonOps_DDRM.scale(signal, a);
        return new LatentViews(a, Math.sqrt(1 - signal * signal), labelNoise);
    }

    private static DMatrixRMaj block(DMatrixRMaj rotation, int index, int k) {
        return CommonOps_DDRM.extract(rotation, 0, rotation.numRows, index * k, (index + 1) * k);
    }
}
