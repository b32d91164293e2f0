package lab.subspace.numerics.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class LowRankSvdTest {

    private static final double TOL = 1e-10;

    @Test
    void agreesWithTheSvdOfTheFormedProductIncludingSigns() {
        Rng rng = new Rng(1);
        DMatrixRMaj b = rng.gaussian(60, 4);
        DMatrixRMaj a = rng.gaussian(4, 45);
        TruncatedSvd low = LowRankSvd.of(b, a);
        TruncatedSvd dense = Spectra.top(CommonOps_DDRM.mult(b, a, null), 4);
        assertArrayEquals(dense.s(), low.s(), TOL * dense.s()[0]);
        assertTrue(MatrixFeatures_DDRM.isIdentical(dense.u(), low.u(), 1e-8));
        assertTrue(MatrixFeatures_DDRM.isIdentical(dense.v(), low.v(), 1e-8));
        assertTrue(MatrixFeatures_DDRM.isIdentical(CommonOps_DDRM.mult(b, a, null), low.reconstruct(), TOL * 100));
    }

    @Test
    void rankDeficientFactorsGiveZeroSingularValues() {
        Rng rng = new Rng(2);
        DMatrixRMaj b = rng.gaussian(30, 3);
        for (int i = 0; i < 30; i++) {
            b.set(i, 2, b.get(i, 0)); // column 2 repeats column 0: rank 2
        }
        TruncatedSvd low = LowRankSvd.of(b, rng.gaussian(3, 20));
        assertEquals(3, low.rank());
        assertTrue(low.s()[1] > 1e-6);
        assertEquals(0, low.s()[2], 1e-12 * low.s()[0]);
        TruncatedSvd zero = LowRankSvd.of(new DMatrixRMaj(30, 3), rng.gaussian(3, 20));
        assertArrayEquals(new double[3], zero.s(), 0);
    }

    @Test
    void fallsBackToTheDenseSvdWhenFactorsAreNotThin() {
        Rng rng = new Rng(3);
        DMatrixRMaj b = rng.gaussian(5, 8);
        DMatrixRMaj a = rng.gaussian(8, 6);
        TruncatedSvd low = LowRankSvd.of(b, a);
        assertEquals(5, low.rank());
        assertArrayEquals(Spectra.singularValues(CommonOps_DDRM.mult(b, a, null)), low.s(), TOL);
    }

    @Test
    void rejectsFactorsThatDoNotChain() {
        Rng rng = new Rng(4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LowRankSvd.of(rng.gaussian(10, 3), rng.gaussian(4, 10)));
        assertEquals("B is 10 x 3 but A is 4 x 10: the columns of B must match the rows of A", e.getMessage());
        DMatrixRMaj nan = rng.gaussian(10, 3);
        nan.set(1, 1, Double.NaN);
        assertThrows(IllegalArgumentException.class, () -> LowRankSvd.of(nan, rng.gaussian(3, 10)));
    }
}
