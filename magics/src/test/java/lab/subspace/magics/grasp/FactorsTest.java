package lab.subspace.magics.grasp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.Subspaces;
import lab.subspace.numerics.random.Rng;

class FactorsTest {

    /** dW = 5 b u^T + 0.5 L R with L orthogonal to b and R orthogonal to u: u is exactly the top direction. */
    private static DMatrixRMaj plantedUpdate(DMatrixRMaj u, Rng rng) {
        DMatrixRMaj q = rng.orthonormal(20, 7);
        DMatrixRMaj b = CommonOps_DDRM.extract(q, 0, 20, 0, 1);
        DMatrixRMaj left = CommonOps_DDRM.extract(q, 0, 20, 1, 7);
        DMatrixRMaj right = Subspaces.residual(rng.gaussian(6, 16), u);
        DMatrixRMaj dw = CommonOps_DDRM.multTransB(5, b, u, null);
        CommonOps_DDRM.multAdd(0.5, left, right, dw);
        return dw;
    }

    @Test
    void theTopDirectionOfASpikedUpdateIsThePlantedFactor() {
        Rng rng = new Rng(1);
        DMatrixRMaj u = Matrices.column(rng.unitVector(16));
        DMatrixRMaj dw = plantedUpdate(u, rng);
        CandidateFactors f = Factors.identify(dw, 4).withReference(u);
        assertEquals(1, f.topCosine(), 1e-9);
        assertEquals(5, f.singularValues()[0], 1e-9);
        double frobenius = org.ejml.dense.row.NormOps_DDRM.normF(dw);
        assertEquals(frobenius * frobenius, f.totalEnergy(), 1e-9);
        assertEquals(25 / f.totalEnergy(), f.topShare(), 1e-12);
        double[] share = f.energyShares();
        for (int j = 1; j < share.length; j++) {
            assertTrue(share[j] <= share[j - 1]);
            assertTrue(f.referenceCosines()[j] < 1e-9, "the other directions are orthogonal to u");
        }
    }

    @Test
    void energySharesOfADiagonalUpdateAreClosedForm() {
        DMatrixRMaj dw = CommonOps_DDRM.diag(3, 2, 1);
        CandidateFactors f = Factors.identify(dw);
        assertArrayEquals(new double[] {9 / 14.0, 4 / 14.0, 1 / 14.0}, f.energyShares(), 1e-14);
        assertEquals(14, f.totalEnergy(), 1e-12);
        // only the top two listed: shares still relative to the whole update
        assertArrayEquals(new double[] {9 / 14.0, 4 / 14.0}, Factors.identify(dw, 2).energyShares(), 1e-14);
        DMatrixRMaj e1 = Factors.identify(dw, 1).directions(1);
        assertEquals(1, Math.abs(e1.get(0, 0)), 1e-14);
    }

    @Test
    void loraFactorsGiveTheSameFactorsAsTheFormedUpdate() {
        Rng rng = new Rng(2);
        DMatrixRMaj a = rng.gaussian(4, 30);
        DMatrixRMaj b = rng.gaussian(40, 4);
        double scale = 0.25;
        DMatrixRMaj dw = CommonOps_DDRM.mult(scale, b, a, null);
        CandidateFactors dense = Factors.identify(dw, 4);
        CandidateFactors lora = Factors.fromLora(a, b, scale, 4, true);
        assertArrayEquals(dense.singularValues(), lora.singularValues(), 1e-9);
        assertEquals(dense.totalEnergy(), lora.totalEnergy(), 1e-9 * dense.totalEnergy());
        for (int j = 0; j < 4; j++) {
            double dot = 0;
            for (int i = 0; i < 30; i++) {
                dot += dense.directions().get(i, j) * lora.directions().get(i, j);
            }
            assertEquals(1, Math.abs(dot), 1e-8, "direction " + j);
        }
        // a writing layer: the factors are B's side, the left singular vectors (d_out = 40)
        CandidateFactors writes = Factors.fromLora(a, b, scale, 2, false);
        assertEquals(40, writes.directions().numRows);
        CandidateFactors transposed = Factors.identify(CommonOps_DDRM.transpose(dw, null), 2);
        assertArrayEquals(transposed.singularValues(), writes.singularValues(), 1e-9);
    }

    @Test
    void pretrainedReadingIsOneForIsotropicWeightsAndLargerAlongAReadDirection() {
        DMatrixRMaj dw = CommonOps_DDRM.diag(3, 2, 1, 0.5);
        assertArrayEquals(new double[] {1, 1, 1, 1}, Factors.identify(dw).withBase(CommonOps_DDRM.identity(4)).baseReading(), 1e-14);
        DMatrixRMaj w0 = CommonOps_DDRM.diag(2, 1, 1, 1);       // reads direction e1 twice as strongly
        double average = Math.sqrt(7.0 / 4);
        double[] reading = Factors.identify(dw).withBase(w0).baseReading();
        assertEquals(2 / average, reading[0], 1e-14);
        assertEquals(1 / average, reading[3], 1e-14);
    }

    @Test
    void rejectsUpdatesWithNothingToIdentifyAndBadCounts() {
        assertEquals("the weight update is zero everywhere: there is no direction to identify (was the adapter trained? "
                + "LoRA's B starts at zero)", assertThrows(IllegalArgumentException.class,
                        () -> Factors.identify(new DMatrixRMaj(3, 4), 1)).getMessage());
        assertEquals("the number of directions must be in [1, 3] for a 3 x 4 update but is 4",
                assertThrows(IllegalArgumentException.class, () -> Factors.identify(CommonOps_DDRM.identity(3, 4), 4)).getMessage());
        DMatrixRMaj nan = CommonOps_DDRM.identity(3);
        nan.set(2, 1, Double.NaN);
        assertEquals("the weight update contains NaN at (2, 1)",
                assertThrows(IllegalArgumentException.class, () -> Factors.identify(nan, 1)).getMessage());
        Rng rng = new Rng(3);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Factors.fromLora(rng.gaussian(4, 10), rng.gaussian(10, 3), 1, 1, true)).getMessage()
                .startsWith("LoRA B is 10 x 3 but A is 4 x 10"));
        assertThrows(IllegalArgumentException.class, () -> Factors.fromLora(rng.gaussian(2, 10), rng.gaussian(8, 2), 0, 1, true));
        assertThrows(IllegalArgumentException.class, () -> Factors.fromLora(rng.gaussian(2, 10), new DMatrixRMaj(8, 2), 1, 1, true));
        CandidateFactors f = Factors.identify(CommonOps_DDRM.diag(2, 1), 2);
        assertEquals("the reference must be a vector of length d = 2 but is 3 x 1",
                assertThrows(IllegalArgumentException.class, () -> f.withReference(new DMatrixRMaj(3, 1))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> f.directions(3));
    }
}
