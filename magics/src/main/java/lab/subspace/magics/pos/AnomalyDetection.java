package lab.subspace.magics.pos;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.random.Rng;
import lab.subspace.numerics.stats.RocCurve;

/**
 * Zero-shot anomaly detection by distance to the learned union of subspaces, an application
 * named in "Axiomatizing Neural Networks via Pursuit of Subspaces" (arXiv, 2025): the score of x
 * is min_j |(I - U_j U_j^T)(x - mean)|, with the union estimated from unlabeled inliers by
 * {@link SubspaceEstimation}. Compared with an isotropic Gaussian and a full-covariance Gaussian
 * ({@link GaussianBaseline}) fitted to the same inliers.
 *
 * <pre>{@code
 * AnomalyReport r = AnomalyDetection.run(AnomalySpec.defaults());              // synthetic, two outlier kinds
 * AnomalyReport mine = AnomalyDetection.evaluate(train, test, isOutlier, EstimationOptions.defaults());
 * }</pre>
 */
public final class AnomalyDetection {

    /** Detector names, in the order of the report's columns. */
    public static final List<String> DETECTORS = List.of("union of subspaces", "isotropic Gaussian", "full-covariance Gaussian");

    private AnomalyDetection() {
    }

    /**
     * Synthetic: inliers on a random union; outliers isotropic in R^D ("ambient") or sums of
     * points of two subspaces ("in-span"), both with the inliers' mean squared norm.
     */
    public static AnomalyReport run(AnomalySpec spec) {
        Rng rng = new Rng(spec.seed());
        UnionOfSubspaces truth = UnionOfSubspaces.random(spec.ambient(), spec.dims(), rng.nextLong());
        UnionSample train = truth.sample(spec.trainPoints(), spec.noise(), rng.split());
        UnionSample inliers = truth.sample(spec.testPoints(), spec.noise(), rng.split());
        double meanSquaredNorm = 0;
        for (double s : RowOps.squaredNorms(inliers.points())) {
            meanSquaredNorm += s / inliers.size();
        }
        DMatrixRMaj ambient = truth.ambientOutliers(spec.outliers(), meanSquaredNorm, rng.split());
        DMatrixRMaj inSpan = truth.mixtureOutliers(spec.outliers(), meanSquaredNorm, rng.split());
        SubspaceStructure learned = SubspaceEstimation.fit(train.points(), EstimationOptions.defaults().withSeed(rng.nextLong()));
        Detectors d = new Detectors(learned, train.points());
        RocCurve[][] curves = {d.curves(inliers.points(), ambient), d.curves(inliers.points(), inSpan)};
        return new AnomalyReport("synthetic union of " + truth.count() + " subspaces of R^" + truth.ambient(),
                List.of("ambient outliers", "in-span outliers"), curves, learned, Recovery.of(learned, truth, train.labels()));
    }

    /**
     * Your data: the union is estimated from {@code train} (inliers, rows), and the rows of
     * {@code test} are scored; {@code outlier[i]} says which test rows are anomalies.
     *
     * @throws IllegalArgumentException for mismatched shapes or a test set without both classes
     */
    public static AnomalyReport evaluate(DMatrixRMaj train, DMatrixRMaj test, boolean[] outlier, EstimationOptions options) {
        Matrices.requireSameColumns("training data", train, "test data", test);
        if (outlier.length != test.numRows) {
            throw new IllegalArgumentException("the test data have " + test.numRows + " rows but there are " + outlier.length
                    + " outlier labels");
        }
        SubspaceStructure learned = SubspaceEstimation.fit(train, options);
        Detectors d = new Detectors(learned, train);
        RocCurve[][] curves = {d.curves(test, outlier)};
        return new AnomalyReport("your data (" + train.numRows + " training rows, " + test.numRows + " test rows)",
                List.of("test set"), curves, learned, null);
    }

    /** The three fitted detectors. */
    private record Detectors(SubspaceStructure union, GaussianBaseline isotropic, GaussianBaseline full) {

        Detectors(SubspaceStructure union, DMatrixRMaj train) {
            this(union, GaussianBaseline.fit(train, true), GaussianBaseline.fit(train, false));
        }

        RocCurve[] curves(DMatrixRMaj inliers, DMatrixRMaj outliers) {
            DMatrixRMaj all = CommonOps_DDRM.concatRowsMulti(inliers, outliers);
            boolean[] positive = new boolean[all.numRows];
            for (int i = inliers.numRows; i < all.numRows; i++) {
                positive[i] = true;
            }
            return curves(all, positive);
        }

        RocCurve[] curves(DMatrixRMaj x, boolean[] positive) {
            return new RocCurve[] {RocCurve.of(union.distances(x).distance(), positive), RocCurve.of(isotropic.score(x), positive),
                    RocCurve.of(full.score(x), positive)};
        }
    }
}
