package lab.subspace.magics.featlearn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.nn.Activation;
import lab.subspace.numerics.random.Rng;
import lab.subspace.numerics.stats.GaussHermite;

class GaussianFeatureKernelTest {

    private static GaussianFeatureKernel kernel(Activation a) {
        return GaussianFeatureKernel.of(a, CommonOps_DDRM.identity(2));
    }

    @Test
    void reluLimits() {
        GaussianFeatureKernel k = kernel(Activation.RELU);
        // independent: E relu(u) E relu(v) = sqrt(p q) / (2 pi); identical: E relu(u)^2 = p / 2
        assertEquals(Math.sqrt(2.0 * 3.0) / (2 * Math.PI), k.value(2, 3, 0), 1e-14);
        assertEquals(1.5, k.value(3, 3, 3), 1e-12);
        assertEquals(0, k.value(3, 3, -3), 1e-12);
    }

    @Test
    void erfAndIdentityClosedForms() {
        assertEquals(0.7, kernel(Activation.IDENTITY).value(1, 2, 0.7), 0);
        // E erf(u)^2 with Var u = p: (2/pi) asin(2p / (1 + 2p)), against 1-D quadrature
        double p = 0.8;
        double quad = GaussHermite.of(60).expectation(g -> Math.pow(lab.subspace.numerics.stats.SpecialFunctions.erf(Math.sqrt(p) * g), 2));
        assertEquals(quad, kernel(Activation.ERF).value(p, p, p), 1e-10);
    }

    @Test
    void quadratureMatchesKnownExpectations() {
        // GELU, independent: (E[u Phi(u)])^2 = (p / sqrt(2 pi (1 + p)))^2
        double p = 1.3;
        double mean = p / Math.sqrt(2 * Math.PI * (1 + p));
        assertEquals(mean * mean, kernel(Activation.GELU).value(p, p, 0), 1e-10);
        // odd tanh at zero correlation: 0; sigmoid at zero correlation: 1/4
        assertEquals(0, kernel(Activation.TANH).value(1, 2, 0), 1e-14);
        assertEquals(0.25, kernel(Activation.SIGMOID).value(1, 2, 0), 1e-12);
        // perfectly correlated tanh: E tanh(u)^2 by 1-D quadrature
        double q = GaussHermite.of(80).expectation(g -> Math.pow(Math.tanh(g), 2));
        assertEquals(q, kernel(Activation.TANH).value(1, 1, 1), 1e-5); // 32 nodes: tanh has poles at +-i pi/2
    }

    @Test
    void spikedKernelMatchesManyNeurons() {
        int d = 10;
        double[] v = new Rng(3).unitVector(d);
        SpikedCovariance c = SpikedCovariance.of(1.0 / d, 2.0, v);
        DMatrixRMaj x = new Rng(4).gaussian(6, d);
        DMatrixRMaj exact = GaussianFeatureKernel.of(Activation.RELU, c.matrix()).gram(x);
        TwoLayerNetwork many = new TwoLayerNetwork(KernelComparison.draw(c, 200_000, 5L), new double[200_000], Activation.RELU);
        DMatrixRMaj mc = KernelComparison.empirical(many, x);
        assertTrue(KernelComparison.relative(mc, exact) < 0.01, "Monte Carlo vs closed form: " + KernelComparison.relative(mc, exact));
    }

    @Test
    void isotropicKernelIsRotationInvariant() {
        int d = 6;
        DMatrixRMaj c = CommonOps_DDRM.identity(d);
        CommonOps_DDRM.scale(1.0 / d, c);
        GaussianFeatureKernel k = GaussianFeatureKernel.of(Activation.TANH, c);
        DMatrixRMaj x = new Rng(1).gaussian(5, d);
        DMatrixRMaj rotated = CommonOps_DDRM.mult(x, new Rng(2).orthogonal(d), null);
        DMatrixRMaj a = k.gram(x);
        DMatrixRMaj b = k.gram(rotated);
        for (int i = 0; i < a.data.length; i++) {
            assertEquals(a.data[i], b.data[i], 1e-10);
        }
    }

    @Test
    void validation() {
        GaussianFeatureKernel k = kernel(Activation.RELU);
        var e = assertThrows(IllegalArgumentException.class, () -> k.gram(new DMatrixRMaj(3, 5)));
        assertTrue(e.getMessage().contains("5 columns"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> k.value(1, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> k.value(-1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> GaussianFeatureKernel.of(Activation.RELU,
                new DMatrixRMaj(new double[][] {{1, 0.5}, {0, 1}})));
    }
}
