package lab.subspace.magics.pos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.linalg.Centering;
import lab.subspace.numerics.random.Rng;

class GaussianBaselineTest {

    private final DMatrixRMaj train = correlated(500, 4, 1);

    private static DMatrixRMaj correlated(int n, int d, long seed) {
        Rng rng = new Rng(seed);
        DMatrixRMaj mix = rng.gaussian(d, d);
        DMatrixRMaj x = CommonOps_DDRM.mult(rng.gaussian(n, d), mix, null);
        for (int i = 0; i < n; i++) {
            x.add(i, 0, 3);
        }
        return x;
    }

    @Test
    void isotropicScoreIsTheSquaredDistanceOverTheMeanVariance() {
        GaussianBaseline iso = GaussianBaseline.fit(train, true);
        double[] mean = Centering.columnMeans(train);
        DMatrixRMaj c = Centering.centerColumns(train);
        double var = org.ejml.dense.row.NormOps_DDRM.normF(c) * org.ejml.dense.row.NormOps_DDRM.normF(c) / (train.numRows - 1) / 4;
        DMatrixRMaj x = new Rng(2).gaussian(5, 4);
        double[] s = iso.score(x);
        for (int i = 0; i < 5; i++) {
            double d2 = 0;
            for (int j = 0; j < 4; j++) {
                d2 += (x.get(i, j) - mean[j]) * (x.get(i, j) - mean[j]);
            }
            assertEquals(d2 / var, s[i], 1e-9 * s[i]);
        }
    }

    @Test
    void fullScoreIsTheMahalanobisDistanceAndIgnoresLinearMaps() {
        GaussianBaseline full = GaussianBaseline.fit(train, false);
        DMatrixRMaj c = Centering.centerColumns(train);
        DMatrixRMaj cov = CommonOps_DDRM.multTransA(c, c, null);
        CommonOps_DDRM.scale(1.0 / (train.numRows - 1), cov);
        DMatrixRMaj inv = cov.copy();
        CommonOps_DDRM.invert(inv);
        double[] mean = Centering.columnMeans(train);
        DMatrixRMaj x = new Rng(3).gaussian(6, 4);
        double[] s = full.score(x);
        for (int i = 0; i < 6; i++) {
            double q = 0;
            for (int a = 0; a < 4; a++) {
                for (int b = 0; b < 4; b++) {
                    q += (x.get(i, a) - mean[a]) * inv.get(a, b) * (x.get(i, b) - mean[b]);
                }
            }
            assertEquals(q, s[i], 1e-8 * q);
        }
        // an invertible linear map of train and test leaves the Mahalanobis scores unchanged
        DMatrixRMaj m = new Rng(4).gaussian(4, 4);
        double[] mapped = GaussianBaseline.fit(CommonOps_DDRM.mult(train, m, null), false).score(CommonOps_DDRM.mult(x, m, null));
        assertArrayEquals(s, mapped, 1e-6 * s[0]);
    }

    @Test
    void misuseIsNamed() {
        assertThrows(IllegalArgumentException.class, () -> GaussianBaseline.fit(new DMatrixRMaj(1, 3), true));
        GaussianBaseline g = GaussianBaseline.fit(train, true);
        assertThrows(IllegalArgumentException.class, () -> g.score(new DMatrixRMaj(2, 5)));
    }
}
