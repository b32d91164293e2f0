package lab.subspace.numerics.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class OptimizersTest {

    private static DMatrixRMaj m(double... v) {
        return new DMatrixRMaj(1, v.length, true, v);
    }

    @Test
    void sgdAndMomentumClosedForms() {
        DMatrixRMaj p = m(1, 2);
        Optimizers.sgd(0.1).step(List.of(p), List.of(m(1, -1)));
        assertArrayEquals(new double[] {0.9, 2.1}, p.data, 1e-15);
        DMatrixRMaj q = m(0);
        Optimizer mom = Optimizers.sgd(0.1, 0.5);
        mom.step(List.of(q), List.of(m(1)));   // v = 1, q = -0.1
        mom.step(List.of(q), List.of(m(1)));   // v = 1.5, q = -0.25
        assertEquals(-0.25, q.data[0], 1e-15);
        assertEquals(2, mom.steps());
        DMatrixRMaj r = m(2);
        Optimizers.sgd(0.1, 0, 0.5).step(List.of(r), List.of(m(0)));   // g + wd p = 1
        assertEquals(1.9, r.data[0], 1e-15);
    }

    @Test
    void adamFirstStepIsLrTimesSignAndAdamWDecaysDecoupled() {
        DMatrixRMaj p = m(1, 1, 1);
        Optimizers.adam(0.01).step(List.of(p), List.of(m(3, -0.2, 0)));
        assertArrayEquals(new double[] {0.99, 1.01, 1}, p.data, 1e-9);
        DMatrixRMaj w = m(2);
        Optimizer adamW = Optimizers.adamW(0.1, 0.5);
        adamW.step(List.of(w), List.of(m(0)));
        assertEquals(2 * (1 - 0.05), w.data[0], 1e-15);
        // Adam with L2 would need the decay in the gradient: plain Adam ignores it
        DMatrixRMaj a = m(2);
        Optimizers.adam(0.1).step(List.of(a), List.of(m(0)));
        assertEquals(2, a.data[0], 1e-15);
    }

    @Test
    void stateIsCheckedAgainstTheParameterList() {
        Optimizer adam = Optimizers.adam(0.1);
        adam.step(List.of(m(1, 2)), List.of(m(1, 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> adam.step(List.of(m(1, 2), m(1)), List.of(m(1, 1), m(1))));
        assertTrue(e.getMessage().contains("call reset()"), e.getMessage());
        adam.reset();
        adam.step(List.of(m(1, 2), m(1)), List.of(m(1, 1), m(1)));
        assertEquals(1, adam.steps());
        assertThrows(IllegalArgumentException.class, () -> adam.step(List.of(m(1)), List.of(m(1, 2))));
        assertThrows(IllegalArgumentException.class, () -> Optimizers.adam(-1));
        assertThrows(IllegalArgumentException.class, () -> Optimizers.sgd(0.1, 1.0));
        adam.setLearningRate(0.5);
        assertEquals(0.5, adam.learningRate());
    }

    @Test
    void gradientTransformsProjectAndClip() {
        Rng rng = new Rng(1);
        DMatrixRMaj v = rng.orthonormal(6, 2);
        DMatrixRMaj p = rng.gaussian(4, 6);
        DMatrixRMaj p0 = p.copy();
        DMatrixRMaj g = rng.gaussian(4, 6);
        DMatrixRMaj other = m(5);
        Optimizer opt = Optimizers.sgd(1.0).withGradientTransform(GradientTransform.removeDirections(0, v));
        opt.step(List.of(p, other), List.of(g, m(1)));
        // the update p0 - p = G (I - V V^T) has no component along V
        DMatrixRMaj delta = p0.copy();
        CommonOps_DDRM.subtractEquals(delta, p);
        assertTrue(NormOps_DDRM.normF(CommonOps_DDRM.mult(delta, v, null)) < 1e-12);
        assertTrue(NormOps_DDRM.normF(delta) > 0.1);
        assertEquals(4, other.data[0], 1e-15, "other parameters are untouched by the projection");
        DMatrixRMaj big = m(3, 4);
        GradientTransform.clipNorm(1).apply(0, big, big);
        assertArrayEquals(new double[] {0.6, 0.8}, big.data, 1e-15);
        assertThrows(IllegalArgumentException.class, () -> GradientTransform.removeDirections(0, v)
                .apply(0, m(1, 2), m(1, 2)));
    }
}
