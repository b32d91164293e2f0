package lab.subspace.numerics.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class LossesTest {

    @Test
    void closedFormValues() {
        DMatrixRMaj o = new DMatrixRMaj(2, 1, true, 1, 3);
        DMatrixRMaj t = new DMatrixRMaj(2, 1, true, 0, 1);
        LossValue mse = Losses.mse(o, t);
        assertEquals(2.5, mse.value(), 1e-15);
        assertArrayEquals(new double[] {1, 2}, mse.gradient().data, 1e-15);
        // BCE at z = 0 is log 2 whatever the target
        LossValue b = Losses.bceWithLogits(new DMatrixRMaj(2, 1), t);
        assertEquals(Math.log(2), b.value(), 1e-15);
        assertArrayEquals(new double[] {0.25, -0.25}, b.gradient().data, 1e-15);
        // no overflow at large logits
        LossValue big = Losses.bceWithLogits(new DMatrixRMaj(2, 1, true, 1000, -1000), t);
        assertEquals((1000 + 1000) / 2.0, big.value(), 1e-9);
        LossValue zero = Losses.bceWithLogits(new DMatrixRMaj(2, 1, true, -1000, 1000), t);
        assertEquals(0, zero.value(), 1e-15);
    }

    @Test
    void softmaxCrossEntropyWithOneHotIndicesAndProbabilities() {
        DMatrixRMaj z = new DMatrixRMaj(new double[][] {{1, 2, 3}, {0, 0, 0}});
        LossValue l = Losses.softmaxCrossEntropy(z, new int[] {2, 0});
        double expected = (-(3 - Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3))) + Math.log(3)) / 2;
        assertEquals(expected, l.value(), 1e-14);
        LossValue byIndex = Losses.SOFTMAX_CROSS_ENTROPY.evaluate(z, new DMatrixRMaj(2, 1, true, 2, 0));
        assertEquals(l.value(), byIndex.value(), 1e-15);
        assertArrayEquals(l.gradient().data, byIndex.gradient().data, 1e-15);
        // gradient rows sum to zero for probability targets
        double s = 0;
        for (int j = 0; j < 3; j++) {
            s += l.gradient().get(0, j);
        }
        assertEquals(0, s, 1e-15);
    }

    @Test
    void validation() {
        assertThrows(IllegalArgumentException.class, () -> Losses.mse(new DMatrixRMaj(2, 1), new DMatrixRMaj(1, 2)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Losses.bceWithLogits(new DMatrixRMaj(1, 1), new DMatrixRMaj(1, 1, true, 2)));
        assertTrue(e.getMessage().contains("target (0, 0) = 2.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Losses.oneHot(new int[] {3}, 3));
        assertThrows(IllegalArgumentException.class,
                () -> Losses.softmaxCrossEntropy(new DMatrixRMaj(1, 3), new DMatrixRMaj(1, 1, true, 0.5)));
    }
}
