package lab.subspace.magics.featlearn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.nn.Activation;

class TwoLayerNetworkTest {

    /** (1 / 2n) sum_i (y_i - f(x_i))^2. */
    private static double loss(TwoLayerNetwork net, Sample s) {
        double[] f = net.predict(s.x());
        double l = 0;
        for (int i = 0; i < f.length; i++) {
            l += (s.y()[i] - f[i]) * (s.y()[i] - f[i]);
        }
        return l / (2 * f.length);
    }

    @Test
    void stepIsMinusEtaTimesNTimesTheGradient() {
        SingleIndexTarget t = SingleIndexTarget.random(4, Activation.TANH, 0.1, 1L);
        Sample s = t.sample(30, 2L);
        TwoLayerNetwork net = TwoLayerNetwork.random(4, 5, Activation.TANH, 3L);
        double eta = 0.7;
        TwoLayerNetwork after = net.gradientStep(s.x(), s.y(), eta);
        double h = 1e-6;
        for (int k = 0; k < net.w().data.length; k++) {
            DMatrixRMaj plus = net.w().copy();
            DMatrixRMaj minus = net.w().copy();
            plus.data[k] += h;
            minus.data[k] -= h;
            double grad = (loss(new TwoLayerNetwork(plus, net.a(), net.activation()), s)
                    - loss(new TwoLayerNetwork(minus, net.a(), net.activation()), s)) / (2 * h);
            double expected = net.w().data[k] - eta * net.width() * grad;
            assertEquals(expected, after.w().data[k], 1e-7, "weight " + k);
        }
    }

    @Test
    void zeroStepChangesNothingAndTheInputIsNotModified() {
        SingleIndexTarget t = SingleIndexTarget.random(3, Activation.RELU, 0, 1L);
        Sample s = t.sample(10, 2L);
        TwoLayerNetwork net = TwoLayerNetwork.random(3, 4, Activation.RELU, 3L);
        double[] before = net.w().data.clone();
        assertArrayEquals(before, net.gradientStep(s.x(), s.y(), 0).w().data, 0);
        net.gradientStep(s.x(), s.y(), 5);
        assertArrayEquals(before, net.w().data, 0);
    }

    @Test
    void initialWeightsHaveCovarianceIOverD() {
        TwoLayerNetwork net = TwoLayerNetwork.random(10, 20_000, Activation.RELU, 4L);
        DMatrixRMaj c = net.weightCovariance();
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                assertEquals(i == j ? 0.1 : 0, c.get(i, j), 0.005);
            }
        }
    }

    @Test
    void validation() {
        TwoLayerNetwork net = TwoLayerNetwork.random(3, 4, Activation.RELU, 3L);
        var e = assertThrows(IllegalArgumentException.class, () -> net.features(new DMatrixRMaj(2, 5)));
        assertTrue(e.getMessage().contains("5 columns"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> net.gradientStep(new DMatrixRMaj(2, 3), new double[3], 1));
        assertTrue(e.getMessage().contains("2 rows but y has 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> net.gradientStep(new DMatrixRMaj(2, 3), new double[2], -1));
        assertThrows(IllegalArgumentException.class, () -> new TwoLayerNetwork(new DMatrixRMaj(4, 3), new double[3], Activation.RELU));
        assertThrows(IllegalArgumentException.class, () -> new SingleIndexTarget(new double[] {1, 1}, Activation.RELU, 0));
        assertThrows(IllegalArgumentException.class, () -> new Sample(new DMatrixRMaj(3, 2), new double[2]));
    }
}
