package lab.subspace.magics.twistedsmc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import lab.subspace.numerics.random.Rng;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class TwistFitTest {

    private static double[] spd(Rng rng, int d) {
        double[] g = rng.gaussian(d, d).data;
        double[] a = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    a[i * d + j] += g[i * d + k] * g[j * d + k];
                }
            }
            a[i * d + i] += 0.1;
        }
        return a;
    }

    @Test
    void precisionSolvesTheStationarityEquation() {
        Rng rng = new Rng(11);
        int d = 3;
        double[] sy = spd(rng, d);
        double[] sz = spd(rng, d);
        double[] p = TwistFit.precision(sy, sz, d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double psp = 0;
                for (int u = 0; u < d; u++) {
                    for (int v = 0; v < d; v++) {
                        psp += p[i * d + u] * sy[u * d + v] * p[v * d + j];
                    }
                }
                assertEquals(sz[i * d + j], psp - p[i * d + j], 1e-9);
                assertEquals(p[i * d + j], p[j * d + i], 1e-12);
            }
        }
    }

    @Test
    void oneDimensionalClosedForm() {
        double vy = 0.7;
        double vz = 2.3;
        double[] p = TwistFit.precision(new double[] {vy}, new double[] {vz}, 1);
        assertEquals((1 + Math.sqrt(1 + 4 * vy * vz)) / (2 * vy), p[0], 1e-12);
        assertEquals(1 / vy, TwistFit.precision(new double[] {vy}, new double[] {0}, 1)[0], 1e-12);
    }

    @Test
    void recoversTheTwistThatGeneratedThePaths() {
        AlignmentProblem problem = AlignmentProblem.of(Mixture.fourModes2d(), x -> 0, 1, 4);
        DMatrixRMaj[] a = new DMatrixRMaj[5];
        double[][] b = new double[5][];
        for (int t = 0; t <= 4; t++) {
            a[t] = new DMatrixRMaj(2, 2, true, 0.8 + 0.1 * t, 0.3, 0.3, 0.5);
            b[t] = new double[] {0.4 - 0.2 * t, 0.1 * t};
        }
        GaussianTwist truth = GaussianTwist.of(a, b);
        int n = 40000;
        SmcEngine.Output o = SmcEngine.run(problem, truth, Potential.of(truth), n, 0, true, new Rng(2));
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        GaussianTwist fitted = TwistFit.fit(problem, o.paths, w, 0);
        for (int t = 0; t <= 4; t++) {
            for (int i = 0; i < 4; i++) {
                assertEquals(truth.a(t).data[i], fitted.a(t).data[i], 0.08, "A_" + t + "[" + i + "]");
            }
            for (int i = 0; i < 2; i++) {
                assertEquals(truth.b(t)[i], fitted.b(t)[i], 0.08, "b_" + t + "[" + i + "]");
            }
        }
    }

    @Test
    void uniformWeightsOnBasePathsGiveAFlatTwist() {
        AlignmentProblem problem = AlignmentProblem.of(Mixture.bimodal1d(), x -> 0, 1, 6);
        GaussianTwist none = GaussianTwist.none(6, 1);
        int n = 40000;
        SmcEngine.Output o = SmcEngine.run(problem, none, Potential.none(), n, 0, true, new Rng(4));
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        GaussianTwist fitted = TwistFit.fit(problem, o.paths, w, 0);
        // the base kernel is Gaussian given x_t, so the flat twist is the exact MLE at every step
        for (int t = 0; t <= 6; t++) {
            double scale = t == 6 ? 1 : 1 / problem.model().beta(t + 1);
            assertEquals(0, fitted.a(t).data[0] / scale, 0.03, "A_" + t);
            assertEquals(0, fitted.b(t)[0] / Math.sqrt(scale), 0.05, "b_" + t);
        }
    }
}
