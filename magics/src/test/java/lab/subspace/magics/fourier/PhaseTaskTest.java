package lab.subspace.magics.fourier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class PhaseTaskTest {

    private static final int SAMPLES = 20_000;

    /** Empirical covariance of one class. */
    private static double[][] covariance(PhaseTask t, int label, long seed) {
        int d = t.grid().size();
        double[][] c = new double[d][d];
        Rng rng = new Rng(seed);
        for (int s = 0; s < SAMPLES; s++) {
            double[] x = t.sample(label, rng);
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    c[i][j] += x[i] * x[j] / SAMPLES;
                }
            }
        }
        return c;
    }

    @Test
    void phaseOnlyClassesShareTheTranslationInvariantCovariance() {
        PhaseTask t = PhaseTask.of(Grid.line(8), 1, 0, 3);
        double[][] c0 = covariance(t, 0, 1);
        double[][] c1 = covariance(t, 1, 2);
        double[] a = t.amplitude(0);
        FourierSignals f = FourierSignals.of(t.grid());
        // population covariance: circulant with power spectrum A^2, i.e. the filter of a delta by A^2
        double[] delta = new double[8];
        delta[0] = 1;
        double[] a2 = new double[8];
        for (int k = 0; k < 8; k++) {
            a2[k] = a[k] * a[k];
        }
        double[] row = f.filter(delta, a2);
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                double expected = row[((j - i) % 8 + 8) % 8];
                assertEquals(expected, c0[i][j], 0.06, "class 0 (" + i + ", " + j + ")");
                assertEquals(expected, c1[i][j], 0.06, "class 1 (" + i + ", " + j + ")");
            }
        }
    }

    @Test
    void phaseOnlyClassesDifferInTheFourthCumulantAlongTheTemplate() {
        PhaseTask t = PhaseTask.of(Grid.line(8), 0, 0, 4);
        double[] u = t.template();
        double[] k = new double[2];
        for (int label = 0; label < 2; label++) {
            Rng rng = new Rng(10 + label);
            double m2 = 0;
            double m4 = 0;
            for (int s = 0; s < SAMPLES; s++) {
                double[] x = t.sample(label, rng);
                double p = 0;
                for (int i = 0; i < x.length; i++) {
                    p += u[i] * x[i];
                }
                m2 += p * p / SAMPLES;
                m4 += p * p * p * p / SAMPLES;
            }
            k[label] = m4 / (m2 * m2) - 3;
        }
        // sparse template events give class 1 heavy tails along u; scrambling the phases spreads them out
        assertTrue(k[1] > 2, "class-1 excess kurtosis " + k[1]);
        assertTrue(Math.abs(k[0]) < 0.5, "class-0 excess kurtosis " + k[0]);
    }

    @Test
    void amplitudesAreEqualSampleBySampleInDistributionAndContrastTiltsThem() {
        PhaseTask t = PhaseTask.of(Grid.line(8), 0.5, 0, 1);
        assertArrayEquals(t.amplitude(0), t.amplitude(1), 0);
        PhaseTask tilted = PhaseTask.of(Grid.line(8), 0.5, 1, 1);
        assertArrayEquals(PowerLaw.amplitudes(Grid.line(8), 1.5), tilted.amplitude(1), 1e-12);
        // the class-0 sample's power spectrum follows A0 on average
        FourierSignals f = FourierSignals.of(Grid.line(8));
        double[] p = new double[8];
        Rng rng = new Rng(6);
        for (int s = 0; s < SAMPLES; s++) {
            double[] a = f.amplitude(tilted.sample(0, rng));
            for (int k = 0; k < 8; k++) {
                p[k] += a[k] * a[k] / SAMPLES;
            }
        }
        double[] a0 = tilted.amplitude(0);
        for (int k = 1; k < 8; k++) {
            assertEquals(a0[k] * a0[k], p[k], 0.05 * a0[k] * a0[k] + 0.02, "frequency " + k);
        }
    }

    @Test
    void samplesAreDeterministicForASeed() {
        PhaseTask t = PhaseTask.of(Grid.square(4), 1, 0, 5);
        assertArrayEquals(t.sample(1, new Rng(9)), PhaseTask.of(Grid.square(4), 1, 0, 5).sample(1, new Rng(9)), 0);
        assertArrayEquals(t.sample(0, new Rng(9)), t.sample(0, new Rng(9)), 0);
    }

    @Test
    void misuseIsRejected() {
        PhaseTask t = PhaseTask.of(Grid.line(8), 0, 0, 1);
        assertThrows(IllegalArgumentException.class, () -> t.sample(2, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> PhaseTask.of(Grid.line(8), -0.5, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> PhaseTask.of(Grid.line(8), 0, 0, 4, 0, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhaseTask.of(Grid.line(8), 0, -1, 1));
        assertTrue(e.getMessage().contains("contrast"));
    }
}
