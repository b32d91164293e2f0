package lab.subspace.magics.twistedsmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class MixtureDiffusionTest {

    private final Mixture data = Mixture.of(new double[] {0.4, 0.6}, new double[][] {{-1, 1}, {1.5, 0}},
            new DMatrixRMaj(2, 2, true, 0.3, 0.1, 0.1, 0.2), new DMatrixRMaj(2, 2, true, 0.5, 0, 0, 0.25));

    /** The marginal at step t: means sqrt(abar) mu_j, covariances abar S_j + (1 - abar) I. */
    private static Mixture marginal(Mixture m, double a) {
        DMatrixRMaj[] c = new DMatrixRMaj[m.components()];
        double[][] mu = new double[m.components()][];
        double[] w = new double[m.components()];
        for (int j = 0; j < c.length; j++) {
            c[j] = m.covariance(j);
            for (int i = 0; i < c[j].data.length; i++) {
                c[j].data[i] *= a;
            }
            for (int i = 0; i < m.dimension(); i++) {
                c[j].add(i, i, 1 - a);
            }
            mu[j] = m.mean(j);
            for (int i = 0; i < mu[j].length; i++) {
                mu[j][i] *= Math.sqrt(a);
            }
            w[j] = m.weight(j);
        }
        return Mixture.of(w, mu, c);
    }

    @Test
    void scoreIsTheGradientOfTheLogMarginal() {
        MixtureDiffusion model = new MixtureDiffusion(data, 20);
        double[] g = new double[2];
        for (int t : new int[] {0, 3, 12, 20}) {
            Mixture m = marginal(data, model.alphaBar(t));
            double[] x = {0.3, -0.2};
            model.score(t, x, 0, g);
            double h = 1e-5;
            for (int i = 0; i < 2; i++) {
                double[] up = x.clone();
                double[] down = x.clone();
                up[i] += h;
                down[i] -= h;
                assertEquals((m.logDensity(up) - m.logDensity(down)) / (2 * h), g[i], 1e-6, "t = " + t + ", coordinate " + i);
            }
        }
    }

    @Test
    void scheduleEndsInNoise() {
        MixtureDiffusion model = new MixtureDiffusion(data, 50);
        assertEquals(1, model.alphaBar(0), 0);
        assertTrue(model.alphaBar(50) < 1e-4);
        double prod = 1;
        for (int t = 1; t <= 50; t++) {
            prod *= 1 - model.beta(t);
        }
        assertEquals(model.alphaBar(50), prod, 1e-12);
    }

    @Test
    void tweedieOfAGaussianIsItsPosteriorMean() {
        Mixture g = Mixture.isotropic(new double[] {1}, new double[][] {{2}}, new double[] {0.5});
        MixtureDiffusion model = new MixtureDiffusion(g, 30);
        int t = 10;
        double a = model.alphaBar(t);
        double x = 0.7;
        double[] out = new double[1];
        model.denoise(t, new double[] {x}, 0, out);
        // x_0 | x_t Gaussian: mean mu + sqrt(a) s^2 (x - sqrt(a) mu) / (a s^2 + 1 - a)
        double s2 = 0.25;
        assertEquals(2 + Math.sqrt(a) * s2 * (x - Math.sqrt(a) * 2) / (a * s2 + 1 - a), out[0], 1e-12);
    }

    @Test
    void baseSamplerReproducesTheData() {
        AlignmentProblem p = AlignmentProblem.of(Mixture.bimodal1d(), x -> 0, 1, 50);
        double[][] x = TwistedSmc.base(p, 4000, 5);
        double mean = 0;
        double right = 0;
        for (double[] row : x) {
            mean += row[0] / x.length;
            right += row[0] > 0 ? 1.0 / x.length : 0;
        }
        assertEquals(0.8 * -2 + 0.2 * 2, mean, 0.1);
        assertEquals(0.2, right, 0.02);
    }
}
