package lab.subspace.magics.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.nn.Activation;
import lab.subspace.numerics.nn.ActivationPenalty;
import lab.subspace.numerics.nn.Forward;
import lab.subspace.numerics.nn.LossValue;
import lab.subspace.numerics.nn.Losses;
import lab.subspace.numerics.nn.Mlp;
import lab.subspace.numerics.nn.Optimizers;
import lab.subspace.numerics.nn.PenaltyValue;
import lab.subspace.numerics.nn.Trainer;
import lab.subspace.numerics.random.Rng;

class RankRegularizerTest {

    @Test
    void closedForms() {
        // r equal singular values: colOrth = 1/r - 1/n, stable rank r
        DMatrixRMaj flat = Planted.withSingularValues(10, 8, new double[] {2, 2, 2, 2}, 1);
        assertEquals(1 / 4.0 - 1 / 10.0, RankRegularizer.colOrth(flat).value(), 1e-12);
        assertEquals(0, RankRegularizer.stableRankLoss(flat, 4).value(), 1e-12);
        assertEquals(16 / 64.0, RankRegularizer.stableRankLoss(flat, 8).value(), 1e-12);
        // s = (2, 1, 1): stable rank 6/4, target 4 -> (2.5 / 4)^2
        DMatrixRMaj m = Planted.diagonal(5, 7, 2, 1, 1);
        assertEquals(2.5 * 2.5 / 16, RankRegularizer.stableRankLoss(m, 4).value(), 1e-12);
        assertEquals((16 + 1 + 1) / 36.0 - 1 / 5.0, RankRegularizer.colOrth(m).value(), 1e-12);
        assertEquals(RankRegularizer.colOrth(m).value() + RankRegularizer.stableRankLoss(m, 4).value(),
                RankRegularizer.both(m, 4).value(), 1e-12);
        LossValue zero = RankRegularizer.both(new DMatrixRMaj(4, 3), 64);
        assertEquals(0, zero.value());
        assertEquals(0, CommonOps_DDRM.elementMaxAbs(zero.gradient()));
    }

    @Test
    void analyticGradientsMatchFiniteDifferences() {
        DMatrixRMaj m = new Rng(2).gaussian(12, 6);
        check(RankRegularizer::colOrth, m);
        check(x -> RankRegularizer.stableRankLoss(x, 5), m);
        check(x -> RankRegularizer.both(x, 5), m);
    }

    @Test
    void scaleInvariantValueAndInverseScaledGradient() {
        DMatrixRMaj m = new Rng(3).gaussian(9, 5);
        DMatrixRMaj big = m.copy();
        CommonOps_DDRM.scale(7, big);
        LossValue a = RankRegularizer.both(m, 4);
        LossValue b = RankRegularizer.both(big, 4);
        assertEquals(a.value(), b.value(), 1e-12);
        for (int k = 0; k < m.data.length; k++) {
            assertEquals(a.gradient().data[k] / 7, b.gradient().data[k], 1e-12);
        }
    }

    @Test
    void penaltyTouchesOnlyTheFlaggedRowsAndScalesWithLambda() {
        Mlp net = Mlp.of(new int[] {3, 6, 1}, Activation.RELU, Activation.IDENTITY, 4);
        DMatrixRMaj x = new Rng(5).gaussian(8, 3);
        Forward f = net.forward(x);
        DMatrixRMaj ref = new Rng(6).gaussian(8, 6);
        boolean[] rows = {true, false, true, true, false, true, false, true};
        int[] batch = {0, 1, 2, 3, 4, 5, 6, 7};
        PenaltyValue one = RankRegularizer.penalty(1, Map.of(0, ref), rows, 3).evaluate(f, batch);
        PenaltyValue ten = RankRegularizer.penalty(10, Map.of(0, ref), rows, 3).evaluate(f, batch);
        assertEquals(10 * one.value(), ten.value(), 1e-12);
        DMatrixRMaj g = one.activationGradients().get(0);
        for (int i = 0; i < rows.length; i++) {
            double rowMax = 0;
            for (int j = 0; j < 6; j++) {
                rowMax = Math.max(rowMax, Math.abs(g.get(i, j)));
            }
            assertEquals(!rows[i], rowMax == 0, "row " + i);
        }
        DMatrixRMaj shift = lab.subspace.numerics.linalg.RowOps.select(f.activation(0), new int[] {0, 2, 3, 5, 7});
        CommonOps_DDRM.subtractEquals(shift, lab.subspace.numerics.linalg.RowOps.select(ref, new int[] {0, 2, 3, 5, 7}));
        assertEquals(RankRegularizer.both(shift, 3).value(), one.value(), 1e-12);
        assertEquals(0, RankRegularizer.penalty(0, Map.of(0, ref), rows, 3).evaluate(f, batch).value());
        assertTrue(List.of(0).containsAll(one.activationGradients().keySet()));
    }

    @Test
    void trainingGradientThroughTheNetworkMatchesFiniteDifferences() {
        // BCE + lambda * penalty on every hidden layer, differentiated through Mlp.backward, against
        // central differences on the weights: the gradient the distributed fine-tune actually follows
        Rng rng = new Rng(3);
        CalibrationData d = CalibrationData.generate(40, 20, 0.3, 1.0, rng);
        Mlp base = Mlp.of(new int[] {20, 12, 10, 8, 1}, Activation.RELU, Activation.IDENTITY, 5);
        Forward fb = base.forward(d.x());
        Map<Integer, DMatrixRMaj> ref = Map.of(0, fb.activation(0), 1, fb.activation(1), 2, fb.activation(2));
        Mlp tuned = base.copy();
        // move away from the base weights so that every layer's shift is nonzero
        Trainer.of(tuned, Losses.BCE_WITH_LOGITS, Optimizers.adam(1e-2)).epochs(5).fit(d.x(), d.aligned());
        ActivationPenalty penalty = RankRegularizer.penalty(5, ref, d.safety(), 4);
        int[] rows = java.util.stream.IntStream.range(0, 40).toArray();
        Forward f = tuned.forward(d.x());
        PenaltyValue pv = penalty.evaluate(f, rows);
        assertTrue(pv.value() > 0);
        List<DMatrixRMaj> grads = tuned.backward(f, Losses.bceWithLogits(f.output(), d.aligned()).gradient(),
                pv.activationGradients()).list();
        List<DMatrixRMaj> params = tuned.parameters();
        double h = 1e-6;
        for (int i = 0; i < params.size(); i++) {
            DMatrixRMaj w = params.get(i);
            for (int k = 0; k < w.data.length; k += 7) {
                double old = w.data[k];
                w.data[k] = old + h;
                double up = objective(tuned, d, penalty, rows);
                w.data[k] = old - h;
                double down = objective(tuned, d, penalty, rows);
                w.data[k] = old;
                double numeric = (up - down) / (2 * h);
                assertEquals(numeric, grads.get(i).data[k], 1e-5 * Math.max(1, Math.abs(numeric)),
                        "parameter " + i + " entry " + k);
            }
        }
    }

    private static double objective(Mlp net, CalibrationData d, ActivationPenalty penalty, int[] rows) {
        Forward f = net.forward(d.x());
        return Losses.bceWithLogits(f.output(), d.aligned()).value() + penalty.evaluate(f, rows).value();
    }

    @Test
    void validation() {
        assertEquals("stable-rank target must be finite and > 0 but is 0.0", assertThrows(IllegalArgumentException.class,
                () -> RankRegularizer.stableRankLoss(new DMatrixRMaj(2, 2), 0)).getMessage());
        assertEquals("lambda must be finite and >= 0 but is -1.0", assertThrows(IllegalArgumentException.class,
                () -> RankRegularizer.penalty(-1, Map.of(), new boolean[2], 4)).getMessage());
        assertEquals("reference activations of layer 0 must have 2 rows but has 3 (it is 3 x 4)",
                assertThrows(IllegalArgumentException.class,
                        () -> RankRegularizer.penalty(1, Map.of(0, new DMatrixRMaj(3, 4)), new boolean[2], 4)).getMessage());
    }

    private static void check(Function<DMatrixRMaj, LossValue> f, DMatrixRMaj m) {
        LossValue lv = f.apply(m);
        double h = 1e-6;
        for (int k = 0; k < m.data.length; k += 5) {
            DMatrixRMaj p = m.copy();
            DMatrixRMaj q = m.copy();
            p.data[k] += h;
            q.data[k] -= h;
            double numeric = (f.apply(p).value() - f.apply(q).value()) / (2 * h);
            assertEquals(numeric, lv.gradient().data[k], 1e-6 * Math.max(1, Math.abs(numeric)), "entry " + k);
        }
    }
}
