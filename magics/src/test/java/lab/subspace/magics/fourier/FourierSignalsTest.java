package lab.subspace.magics.fourier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import lab.subspace.numerics.random.Rng;

class FourierSignalsTest {

    private static Grid grid(int dims) {
        return dims == 1 ? Grid.line(12) : new Grid(6, 8);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void synthesisRoundTripsAmplitudesAndPhases(int dims) {
        Grid g = grid(dims);
        FourierSignals f = FourierSignals.of(g);
        Rng rng = new Rng(1);
        double[] a = rng.uniformVector(g.size(), 0.5, 2);
        for (int k = 0; k < g.size(); k++) {
            a[k] = a[Math.min(k, g.partner(k))];
        }
        double[] phi = f.randomPhases(rng);
        double[] x = f.synthesize(a, phi);
        assertArrayEquals(a, f.amplitude(x), 1e-10);
        double[] back = f.phase(x);
        for (int k = 0; k < g.size(); k++) {
            double diff = Math.IEEEremainder(back[k] - phi[k], 2 * Math.PI);
            assertEquals(0, diff, 1e-9, "phase " + k);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void parsevalHoldsForTheUnitaryTransform(int dims) {
        Grid g = grid(dims);
        FourierSignals f = FourierSignals.of(g);
        double[] x = new Rng(2).gaussianVector(g.size());
        double energy = Arrays.stream(x).map(v -> v * v).sum();
        double spectral = Arrays.stream(f.amplitude(x)).map(v -> v * v).sum();
        assertEquals(energy, spectral, 1e-9);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void scramblingKeepsAmplitudesAndSwappingKeepsPhases(int dims) {
        Grid g = grid(dims);
        FourierSignals f = FourierSignals.of(g);
        Rng rng = new Rng(3);
        double[] x = rng.gaussianVector(g.size());
        double[] y = rng.gaussianVector(g.size());
        double[] s = f.scramblePhase(x, rng);
        assertArrayEquals(f.amplitude(x), f.amplitude(s), 1e-9);
        assertTrue(maxDiff(x, s) > 0.1, "scrambling changed the signal");
        double[] swapped = f.withAmplitude(x, f.amplitude(y));
        assertArrayEquals(f.amplitude(y), f.amplitude(swapped), 1e-9);
        double[] px = f.phase(x);
        double[] ps = f.phase(swapped);
        for (int k = 0; k < g.size(); k++) {
            assertEquals(0, Math.IEEEremainder(px[k] - ps[k], 2 * Math.PI), 1e-8);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void filteringByOnesIsTheIdentityAndGainsScaleAmplitudes(int dims) {
        Grid g = grid(dims);
        FourierSignals f = FourierSignals.of(g);
        double[] x = new Rng(4).gaussianVector(g.size());
        double[] ones = new double[g.size()];
        Arrays.fill(ones, 1);
        assertArrayEquals(x, f.filter(x, ones), 1e-10);
        double[] gain = PowerLaw.amplitudes(g, 1);
        double[] ax = f.amplitude(x);
        double[] af = f.amplitude(f.filter(x, gain));
        for (int k = 0; k < g.size(); k++) {
            assertEquals(ax[k] * gain[k], af[k], 1e-9);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void randomPhasesAreHermitian(int dims) {
        Grid g = grid(dims);
        double[] phi = FourierSignals.of(g).randomPhases(new Rng(5));
        for (int k = 0; k < g.size(); k++) {
            int p = g.partner(k);
            if (p == k) {
                assertTrue(phi[k] == 0 || phi[k] == Math.PI);
            } else {
                assertEquals(-phi[k], phi[p], 0);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void misuseIsRejectedWithTheShapes() {
        FourierSignals f = FourierSignals.of(Grid.line(8));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.amplitude(new double[7]));
        assertTrue(e.getMessage().contains("7"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Grid(1, 1));
        assertThrows(IllegalArgumentException.class, () -> Grid.of(3, 4));
    }

    private static double maxDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }
}
