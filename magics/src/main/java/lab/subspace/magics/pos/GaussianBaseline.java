package lab.subspace.magics.pos;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.Centering;
import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.linalg.Spd;

/**
 * Gaussian anomaly scores, the baselines the union-of-subspaces score is compared with: the
 * squared Mahalanobis distance to the training mean under an isotropic covariance sigma^2 I
 * (one variance for all coordinates) or under the full sample covariance (a single Gaussian,
 * equivalently PCA with all components weighted).
 *
 * <pre>{@code
 * GaussianBaseline iso = GaussianBaseline.fit(train, true);
 * double[] s = iso.score(test);     // higher = more anomalous
 * }</pre>
 *
 * @param mean      training mean; not copied
 * @param whitening D x D matrix W with score(x) = |(x - mean) W|^2
 * @param isotropic whether the covariance was sigma^2 I
 */
public record GaussianBaseline(double[] mean, DMatrixRMaj whitening, boolean isotropic) {

    /** Eigenvalues of the full covariance are floored at this fraction of its mean eigenvalue. */
    public static final double RIDGE = 1e-6;

    /**
     * @throws IllegalArgumentException for fewer than 2 rows or non-finite data
     */
    public static GaussianBaseline fit(DMatrixRMaj train, boolean isotropic) {
        Matrices.requireFinite("training data", train);
        if (train.numRows < 2) {
            throw new IllegalArgumentException("a Gaussian needs at least 2 training rows but got " + train.numRows);
        }
        int d = train.numCols;
        double[] mean = Centering.columnMeans(train);
        DMatrixRMaj c = Centering.centerColumns(train);
        DMatrixRMaj cov = CommonOps_DDRM.multTransA(c, c, null);
        CommonOps_DDRM.scale(1.0 / (train.numRows - 1), cov);
        double meanVariance = CommonOps_DDRM.trace(cov) / d;
        if (isotropic) {
            DMatrixRMaj w = CommonOps_DDRM.identity(d);
            CommonOps_DDRM.scale(meanVariance > 0 ? 1 / Math.sqrt(meanVariance) : 1, w);
            return new GaussianBaseline(mean, w, true);
        }
        // symmetrise against rounding before the eigen-decomposition
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                double v = 0.5 * (cov.get(i, j) + cov.get(j, i));
                cov.set(i, j, v);
                cov.set(j, i, v);
            }
        }
        return new GaussianBaseline(mean, Spd.inverseSqrt(cov, Math.max(RIDGE * meanVariance, Double.MIN_NORMAL)), false);
    }

    /** Squared Mahalanobis distance of each row of X to the mean. */
    public double[] score(DMatrixRMaj x) {
        Matrices.requireCols("X", x, mean.length);
        DMatrixRMaj c = x.copy();
        for (int i = 0; i < c.numRows; i++) {
            for (int j = 0; j < c.numCols; j++) {
                c.data[i * c.numCols + j] -= mean[j];
            }
        }
        return RowOps.squaredNorms(CommonOps_DDRM.mult(c, whitening, null));
    }
}
