package lab.subspace.numerics.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

/** Backpropagation checked against central finite differences. */
class MlpGradientTest {

    private static final double H = 1e-6;
    private static final double TOL = 1e-6;

    /** Loss plus an optional penalty 0.5 * lambda * |H_layer|^2 on a hidden activation. */
    private record Objective(Loss loss, int penaltyLayer, double lambda) {
        double value(Mlp net, DMatrixRMaj x, DMatrixRMaj y) {
            Forward f = net.forward(x);
            double v = loss.evaluate(f.output(), y).value();
            if (penaltyLayer >= 0) {
                DMatrixRMaj h = f.activation(penaltyLayer);
                v += 0.5 * lambda * Math.pow(org.ejml.dense.row.NormOps_DDRM.normF(h), 2);
            }
            return v;
        }

        Gradients gradients(Mlp net, DMatrixRMaj x, DMatrixRMaj y) {
            Forward f = net.forward(x);
            LossValue lv = loss.evaluate(f.output(), y);
            if (penaltyLayer < 0) {
                return net.backward(f, lv.gradient());
            }
            DMatrixRMaj extra = f.activation(penaltyLayer).copy();
            CommonOps_DDRM.scale(lambda, extra);
            return net.backward(f, lv.gradient(), Map.of(penaltyLayer, extra));
        }
    }

    private static void check(Mlp net, DMatrixRMaj x, DMatrixRMaj y, Objective obj) {
        Gradients g = obj.gradients(net, x, y);
        List<DMatrixRMaj> params = net.parameters();
        List<DMatrixRMaj> grads = g.list();
        assertEquals(params.size(), grads.size());
        for (int i = 0; i < params.size(); i++) {
            DMatrixRMaj p = params.get(i);
            for (int k = 0; k < p.data.length; k++) {
                double fd = finiteDifference(p.data, k, () -> obj.value(net, x, y));
                assertEquals(fd, grads.get(i).data[k], TOL * (1 + Math.abs(fd)),
                        net.parameterNames().get(i) + "[" + k + "]");
            }
        }
        for (int k = 0; k < x.data.length; k++) {
            double fd = finiteDifference(x.data, k, () -> obj.value(net, x, y));
            assertEquals(fd, g.input().data[k], TOL * (1 + Math.abs(fd)), "input[" + k + "]");
        }
    }

    private static double finiteDifference(double[] data, int k, java.util.function.DoubleSupplier f) {
        double old = data[k];
        data[k] = old + H;
        double plus = f.getAsDouble();
        data[k] = old - H;
        double minus = f.getAsDouble();
        data[k] = old;
        return (plus - minus) / (2 * H);
    }

    @Test
    void everyActivationAndLossBackpropagatesCorrectly() {
        Rng rng = new Rng(1);
        DMatrixRMaj x = rng.gaussian(7, 3);
        for (Activation a : Activation.values()) {
            Mlp net = Mlp.builder(3).layer(5, a).layer(4, Activation.TANH).layer(2, Activation.IDENTITY).build(2);
            check(net, x, rng.gaussian(7, 2), new Objective(Losses.MSE, -1, 0));
        }
        Mlp net = Mlp.of(new int[] {3, 6, 4, 3}, Activation.GELU, Activation.IDENTITY, 3);
        check(net, x, rng.uniform(7, 3, 0, 1), new Objective(Losses.BCE_WITH_LOGITS, -1, 0));
        check(net, x, Losses.oneHot(new int[] {0, 2, 1, 1, 0, 2, 2}, 3),
                new Objective(Losses.SOFTMAX_CROSS_ENTROPY, -1, 0));
        Mlp sig = Mlp.of(new int[] {3, 4, 2}, Activation.SIGMOID, Activation.SIGMOID, 4);
        check(sig, x, rng.gaussian(7, 2), new Objective(Losses.MSE, -1, 0));
    }

    @Test
    void injectedActivationGradientsMatchAPenalty() {
        Rng rng = new Rng(5);
        DMatrixRMaj x = rng.gaussian(9, 4);
        Mlp net = Mlp.of(new int[] {4, 6, 6, 1}, Activation.RELU, Activation.IDENTITY, 6);
        for (int layer : new int[] {0, 1}) {
            check(net, x, rng.uniform(9, 1, 0, 1), new Objective(Losses.BCE_WITH_LOGITS, layer, 0.3));
        }
    }

    @Test
    void frozenLayersAndLowRankAdapters() {
        Rng rng = new Rng(7);
        DMatrixRMaj x = rng.gaussian(6, 5);
        Mlp net = Mlp.builder(5).layer(4, Activation.TANH, false).layer(3, Activation.TANH).layer(1, Activation.IDENTITY)
                .build(8);
        net.layer(1).setFrozen(true);
        net.layer(1).addAdapter(2, 0.5, rng);
        // B starts at 0 (function unchanged); give it values so that dA is not trivially 0
        net.layer(1).adapterB().setTo(rng.gaussian(3, 2));
        assertEquals(List.of("0.weight", "2.weight", "2.bias", "1.adapter_A", "1.adapter_B").size(),
                net.parameterNames().size());
        assertEquals(List.of("0.weight", "1.adapter_A", "1.adapter_B", "2.weight", "2.bias"), net.parameterNames());
        check(net, x, rng.gaussian(6, 1), new Objective(Losses.MSE, -1, 0));
        Gradients g = net.backward(net.forward(x), new DMatrixRMaj(6, 1));
        assertNull(g.bias(1));
        assertTrue(g.weight(1) != null, "the effective weight gradient is exposed for adapter layers");
        // merging keeps the function
        DMatrixRMaj before = net.predict(x);
        net.layer(1).mergeAdapter();
        assertTrue(maxAbsDiff(before, net.predict(x)) < 1e-12);
        net.layer(0).setFrozen(true);
        assertEquals(List.of("2.weight", "2.bias"), net.parameterNames());
    }

    @Test
    void forwardFromReplaysTheTailAndShapesAreValidated() {
        Rng rng = new Rng(9);
        Mlp net = Mlp.of(new int[] {3, 5, 5, 2}, Activation.RELU, Activation.IDENTITY, 10);
        DMatrixRMaj x = rng.gaussian(4, 3);
        Forward f = net.forward(x);
        Forward tail = net.forwardFrom(2, f.activation(1));
        assertTrue(maxAbsDiff(f.output(), tail.output()) < 1e-15);
        assertEquals(2, tail.first());
        assertThrows(IllegalArgumentException.class, () -> tail.activation(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> net.forward(new DMatrixRMaj(4, 2)));
        assertEquals("input batch must have 3 columns but has 2 (it is 4 x 2)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> net.backward(f, new DMatrixRMaj(4, 2), Map.of(1, new DMatrixRMaj(4, 4))));
        assertTrue(e.getMessage().startsWith("extra gradient for layer 1 must be 4 x 5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> net.backward(tail, new DMatrixRMaj(4, 2), Map.of(0, new DMatrixRMaj(4, 5))));
        assertTrue(e.getMessage().contains("covers layers 2..2"), e.getMessage());
        Mlp copy = net.copy();
        copy.layer(0).weight().set(0, 0, 123);
        assertTrue(net.layer(0).weight().get(0, 0) != 123);
        copy.copyWeightsFrom(net);
        assertEquals(net.layer(0).weight().get(0, 0), copy.layer(0).weight().get(0, 0));
        assertEquals(3 * 5 + 5 + 5 * 5 + 5 + 5 * 2 + 2, net.parameterCount());
    }

    @Test
    void sameSeedSameInitialisation() {
        Mlp a = Mlp.of(new int[] {4, 8, 1}, Activation.RELU, Activation.IDENTITY, 11);
        Mlp b = Mlp.of(new int[] {4, 8, 1}, Activation.RELU, Activation.IDENTITY, 11);
        assertEquals(0, maxAbsDiff(a.layer(0).weight(), b.layer(0).weight()));
        // He initialisation: variance 2 / fan_in
        Mlp wide = Mlp.builder(500).layer(400, Activation.RELU).build(12);
        DMatrixRMaj w = wide.layer(0).weight();
        assertEquals(2.0 / 500, Math.pow(org.ejml.dense.row.NormOps_DDRM.normF(w), 2) / w.getNumElements(), 2e-4);
        Mlp xav = Mlp.builder(500).layer(300, Activation.TANH).init(Init.XAVIER).build(12);
        DMatrixRMaj v = xav.layer(0).weight();
        assertEquals(2.0 / 800, Math.pow(org.ejml.dense.row.NormOps_DDRM.normF(v), 2) / v.getNumElements(), 1e-4);
    }

    static double maxAbsDiff(DMatrixRMaj a, DMatrixRMaj b) {
        double m = 0;
        for (int k = 0; k < a.getNumElements(); k++) {
            m = Math.max(m, Math.abs(a.data[k] - b.data[k]));
        }
        return m;
    }
}
