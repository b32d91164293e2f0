package lab.subspace.magics.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lab.subspace.numerics.random.Rng;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class EmpiricalScoreTest {

    /** sum_i softmax_i(-|x - a x_i|^2 / (2 s^2)) x_i in full dimension, no span reduction. */
    static DMatrixRMaj bruteForceDenoise(DMatrixRMaj train, DMatrixRMaj x, double t) {
        double a = ForwardProcess.alpha(t);
        double s2 = ForwardProcess.variance(t);
        int n = train.numRows;
        int d = train.numCols;
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, d);
        for (int r = 0; r < x.numRows; r++) {
            double[] logit = new double[n];
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double diff = x.get(r, j) - a * train.get(i, j);
                    s += diff * diff;
                }
                logit[i] = -s / (2 * s2);
                max = Math.max(max, logit[i]);
            }
            double total = 0;
            for (int i = 0; i < n; i++) {
                logit[i] = Math.exp(logit[i] - max);
                total += logit[i];
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    out.add(r, j, logit[i] / total * train.get(i, j));
                }
            }
        }
        return out;
    }

    private static void assertClose(DMatrixRMaj expected, DMatrixRMaj actual, double tol) {
        assertEquals(expected.numRows, actual.numRows);
        assertEquals(expected.numCols, actual.numCols);
        for (int k = 0; k < expected.data.length; k++) {
            assertEquals(expected.data[k], actual.data[k], tol, "entry " + k);
        }
    }

    @Test
    void spanReductionIsExact() {
        // 40 points on a union of two planes in R^30 (span 4): weights computed in 4 coordinates
        SubspaceMixture mix = SubspaceMixture.random(30, 2, 2, SubgaussianLaw.GAUSSIAN, 1);
        DMatrixRMaj train = mix.sample(40, 2).points();
        EmpiricalScore score = EmpiricalScore.of(train);
        assertEquals(4, score.spanDimension());
        DMatrixRMaj x = new Rng(3).gaussian(7, 30);
        for (double t : new double[] {1e-3, 0.05, 0.7, 4}) {
            assertClose(bruteForceDenoise(train, x, t), score.denoise(x, t), 1e-10);
        }
    }

    @Test
    void fullRankDataUsesTheAmbientCoordinates() {
        DMatrixRMaj train = new Rng(4).gaussian(25, 5);
        EmpiricalScore score = EmpiricalScore.of(train);
        assertEquals(5, score.spanDimension());
        DMatrixRMaj x = new Rng(5).gaussian(6, 5);
        assertClose(bruteForceDenoise(train, x, 0.2), score.denoise(x, 0.2), 1e-12);
    }

    @Test
    void scoreAndDenoiserAreRelatedByTweedie() {
        DMatrixRMaj train = new Rng(6).gaussian(20, 3);
        EmpiricalScore score = EmpiricalScore.of(train);
        DMatrixRMaj x = new Rng(7).gaussian(5, 3);
        ScoreModel viaScore = score::score;   // only the score: the interface's Tweedie denoiser
        assertClose(score.denoise(x, 0.3), viaScore.denoise(x, 0.3), 1e-12);
    }

    @Test
    void limitsSinglePointAndSmallNoise() {
        DMatrixRMaj one = new DMatrixRMaj(new double[][] {{1, -2, 3}});
        DMatrixRMaj x = new Rng(8).gaussian(4, 3);
        DMatrixRMaj d = EmpiricalScore.of(one).denoise(x, 0.5);
        for (int r = 0; r < 4; r++) {
            assertArrayEquals(one.data, new double[] {d.get(r, 0), d.get(r, 1), d.get(r, 2)}, 1e-14);
        }
        // as t -> 0 the denoiser returns the nearest training point
        DMatrixRMaj train = new DMatrixRMaj(new double[][] {{0, 0}, {1, 0}, {0, 1}});
        DMatrixRMaj q = new DMatrixRMaj(new double[][] {{0.9, 0.2}});
        DMatrixRMaj near = EmpiricalScore.of(train).denoise(q, 1e-6);
        assertEquals(1, near.get(0, 0), 1e-12);
        assertEquals(0, near.get(0, 1), 1e-12);
        // the weights never leave the convex hull
        DMatrixRMaj far = EmpiricalScore.of(train).denoise(new DMatrixRMaj(new double[][] {{50, -70}}), 0.01);
        assertTrue(far.get(0, 0) >= 0 && far.get(0, 1) >= 0 && far.get(0, 0) + far.get(0, 1) <= 1 + 1e-12);
    }

    @Test
    void rotationsCommuteWithTheDenoiser() {
        DMatrixRMaj train = new Rng(9).gaussian(15, 4);
        DMatrixRMaj x = new Rng(10).gaussian(3, 4);
        DMatrixRMaj q = new Rng(11).orthogonal(4);
        DMatrixRMaj rotated = EmpiricalScore.of(CommonOps_DDRM.mult(train, q, null)).denoise(CommonOps_DDRM.mult(x, q, null), 0.1);
        assertClose(CommonOps_DDRM.mult(EmpiricalScore.of(train).denoise(x, 0.1), q, null), rotated, 1e-12);
    }

    @Test
    void sequentialAndParallelGiveTheSameNumbers() {
        DMatrixRMaj train = new Rng(12).gaussian(300, 6);
        DMatrixRMaj x = new Rng(13).gaussian(200, 6);
        EmpiricalScore score = EmpiricalScore.of(train);
        assertArrayEquals(score.denoise(x, 0.05).data, score.sequential().denoise(x, 0.05).data, 0);
    }

    @Test
    void misuseIsNamed() {
        DMatrixRMaj train = new Rng(14).gaussian(5, 3);
        EmpiricalScore score = EmpiricalScore.of(train);
        assertEquals("points must have 3 columns (the training dimension) but are 2 x 4",
                assertThrows(IllegalArgumentException.class, () -> score.denoise(new DMatrixRMaj(2, 4), 0.1)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> score.denoise(new DMatrixRMaj(2, 3), 0)).getMessage()
                .contains("positive"));
        train.set(2, 1, Double.NaN);
        assertEquals("training samples contains NaN at (2, 1)",
                assertThrows(IllegalArgumentException.class, () -> EmpiricalScore.of(train)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> EmpiricalScore.of(new DMatrixRMaj(0, 3)));
    }
}
