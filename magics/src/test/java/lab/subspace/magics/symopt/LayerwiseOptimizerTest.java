package lab.subspace.magics.symopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class LayerwiseOptimizerTest {

    @Test
    void emaMomentumAndDecoupledWeightDecayFollowTheirClosedForms() {
        double lr = 0.1;
        double wd = 0.5;
        double b = 0.9;
        LayerwiseOptimizer opt = LayerwiseOptimizer.builder(lr).momentum(b).weightDecay(wd).build();
        DMatrixRMaj w = DMatrixRMaj.wrap(1, 2, new double[] {1, -2});
        DMatrixRMaj g1 = DMatrixRMaj.wrap(1, 2, new double[] {3, 4});
        DMatrixRMaj g2 = DMatrixRMaj.wrap(1, 2, new double[] {-1, 2});
        opt.step(List.of(w), List.of(g1));
        double m1 = (1 - b) * 3;
        double w1 = 1 * (1 - lr * wd) - lr * m1;
        assertEquals(w1, w.get(0, 0), 1e-15);
        opt.step(List.of(w), List.of(g2));
        double m2 = b * m1 + (1 - b) * -1;
        assertEquals(w1 * (1 - lr * wd) - lr * m2, w.get(0, 0), 1e-15);
        assertEquals(2, opt.steps());
        opt.reset();
        assertEquals(0, opt.steps());
    }

    @Test
    void eachParameterUsesItsOwnRule() {
        LayerwiseOptimizer opt = LayerwiseOptimizer.builder(1).momentum(0).rule(UpdateRules.muon()).rule(1, UpdateRules.rowNorm()).build();
        Rng rng = new Rng(31);
        DMatrixRMaj a = new DMatrixRMaj(5, 3);
        DMatrixRMaj c = new DMatrixRMaj(4, 6);
        DMatrixRMaj ga = rng.gaussian(5, 3);
        DMatrixRMaj gc = rng.gaussian(4, 6);
        opt.step(List.of(a, c), List.of(ga, gc));
        DMatrixRMaj expectA = Polar.svd(ga);
        DMatrixRMaj expectC = UpdateRules.rowNormalise(gc);
        for (int k = 0; k < a.data.length; k++) {
            assertEquals(-expectA.data[k], a.data[k], 1e-10);
        }
        for (int k = 0; k < c.data.length; k++) {
            assertEquals(-expectC.data[k], c.data[k], 1e-15);
        }
        assertSame(opt.rule(1), opt.rule(1));
    }

    @Test
    void misuseIsRejectedWithShapesAndValues() {
        assertThrows(IllegalArgumentException.class, () -> LayerwiseOptimizer.builder(0));
        assertThrows(IllegalArgumentException.class, () -> LayerwiseOptimizer.builder(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> LayerwiseOptimizer.builder(0.1).momentum(1));
        assertThrows(IllegalArgumentException.class, () -> LayerwiseOptimizer.builder(0.1).weightDecay(-1));
        assertThrows(IllegalArgumentException.class, () -> LayerwiseOptimizer.builder(0.1).rule(-1, UpdateRules.rowNorm()));
        LayerwiseOptimizer opt = LayerwiseOptimizer.of(0.1, 0, UpdateRules.rowNorm());
        DMatrixRMaj w = new DMatrixRMaj(2, 3);
        assertThrows(IllegalArgumentException.class, () -> opt.step(List.of(w), List.of()));
        String msg = assertThrows(IllegalArgumentException.class, () -> opt.step(List.of(w), List.of(new DMatrixRMaj(3, 2)))).getMessage();
        assertTrue(msg.contains("3 x 2") && msg.contains("2 x 3"), msg);
        LayerwiseOptimizer broken = LayerwiseOptimizer.of(0.1, 0, m -> {
            DMatrixRMaj u = m.copy();
            u.set(0, 1, Double.NaN);
            return u;
        });
        assertTrue(assertThrows(IllegalArgumentException.class, () -> broken.step(List.of(w), List.of(new DMatrixRMaj(2, 3)))).getMessage()
                .contains("NaN"));
        assertThrows(IllegalArgumentException.class, () -> opt.setLearningRate(-1));
    }
}
