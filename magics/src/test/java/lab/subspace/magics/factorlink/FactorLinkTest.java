package lab.subspace.magics.factorlink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.data.MaskedMatrix;
import lab.subspace.data.Matrices;

class FactorLinkTest {

    private static final SyntheticSpec SMALL = new SyntheticSpec(80, 60, 2, Link.TANH, 0.4, 0);

    private static FactorLinkOptions iterations(int k) {
        return FactorLinkOptions.defaults().withIterations(k).withTolerance(0);
    }

    @Test
    void noiselessTanhConvergesLinearly() {
        FactorData d = SyntheticFactors.sample(SMALL, 1);
        FactorLinkFit fit = FactorLink.fit(d.observed(), 2, iterations(25), d.truth());
        double[] e = fit.truthError();
        assertTrue(fit.finalError() < 0.02 && fit.finalError() < 0.1 * e[0], "errors " + e[0] + " -> " + fit.finalError());
        double rate = Experiments.rate(e);
        assertTrue(rate < 1, "rate " + rate);
    }

    @Test
    void oracleWithTheLinearLinkRecoversTheMatrixExactly() {
        FactorData d = SyntheticFactors.sample(SMALL.withLink(Link.LINEAR), 2);
        FactorLinkFit fit = FactorLink.fitWithLink(d.observed(), 2, Link.LINEAR, iterations(20), d.truth());
        assertTrue(fit.finalError() < 1e-8, "error " + fit.finalError());
    }

    @Test
    void normalisationsHold() {
        FactorData d = SyntheticFactors.sample(SMALL.withLink(Link.CUBIC), 3);
        FactorLinkFit fit = FactorLink.fit(d.observed(), 2, iterations(5), null);
        DMatrixRMaj ftf = CommonOps_DDRM.multTransA(fit.factors(), fit.factors(), null);
        CommonOps_DDRM.scale(1.0 / 80, ftf);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertEquals(i == j ? 1 : 0, ftf.get(i, j), 1e-9);
            }
        }
        DMatrixRMaj ltl = CommonOps_DDRM.multTransA(fit.loadings(), fit.loadings(), null);
        assertEquals(0, ltl.get(0, 1), 1e-9 * ltl.get(0, 0));
        assertTrue(ltl.get(0, 0) >= ltl.get(1, 1));
        // root-mean-square index 1
        double ss = CommonOps_DDRM.elementSum(CommonOps_DDRM.elementMult(fit.index(), fit.index(), null));
        assertEquals(1, Math.sqrt(ss / (80 * 60)), 1e-9);
        assertEquals(0, fit.truthError().length);
    }

    @Test
    void sameInputSameNumbers() {
        FactorData a = SyntheticFactors.sample(SMALL.withNoise(0.1), 9);
        FactorData b = SyntheticFactors.sample(SMALL.withNoise(0.1), 9);
        assertArrayEquals(a.observed().values().data, b.observed().values().data);
        FactorLinkFit fa = FactorLink.fit(a.observed(), 2, iterations(6), a.truth());
        FactorLinkFit fb = FactorLink.fit(b.observed(), 2, iterations(6), b.truth());
        assertArrayEquals(fa.completed().data, fb.completed().data);
        assertArrayEquals(fa.truthError(), fb.truthError());
    }

    @Test
    void invariantToPermutingRowsAndColumns() {
        FactorData d = SyntheticFactors.sample(SMALL, 4);
        int n = 80;
        int p = 60;
        DMatrixRMaj values = d.observed().values();
        DMatrixRMaj withNaN = new DMatrixRMaj(n, p);
        DMatrixRMaj swapped = new DMatrixRMaj(n, p);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double v = d.observed().isObserved(i, j) ? values.get(i, j) : Double.NaN;
                withNaN.set(i, j, v);
                swapped.set(n - 1 - i, p - 1 - j, v);
            }
        }
        FactorLinkFit a = FactorLink.fit(Matrices.masked("Y", withNaN), 2, iterations(8), null);
        FactorLinkFit b = FactorLink.fit(Matrices.masked("Y", swapped), 2, iterations(8), null);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                assertEquals(a.completed().get(i, j), b.completed().get(n - 1 - i, p - 1 - j), 1e-6);
            }
        }
    }

    @Test
    void tolerancesStopEarlyAndReportConvergence() {
        FactorData d = SyntheticFactors.sample(SMALL.withLink(Link.LINEAR), 5);
        FactorLinkFit fit = FactorLink.fitWithLink(d.observed(), 2, Link.LINEAR,
                FactorLinkOptions.defaults().withIterations(200).withTolerance(1e-6), null);
        assertTrue(fit.converged());
        assertTrue(fit.iterations() < 200);
        assertEquals(fit.iterations() + 1, fit.trainRmse().length);
    }

    @Test
    void rejectsMisuse() {
        FactorData d = SyntheticFactors.sample(SMALL, 1);
        MaskedMatrix y = d.observed();
        assertThrows(IllegalArgumentException.class, () -> FactorLink.fit(y, 0));
        assertThrows(IllegalArgumentException.class, () -> FactorLink.fit(y, 60));
        assertThrows(IllegalArgumentException.class, () -> FactorLink.fit(y, 2, FactorLinkOptions.defaults(),
                new DMatrixRMaj(3, 3)));
        assertThrows(IllegalArgumentException.class, () -> FactorLink.fitWithLink(y, 2, null, FactorLinkOptions.defaults(),
                null));
        MaskedMatrix sparse = SyntheticFactors.sample(SMALL.withMissing(0.99), 1).observed();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FactorLink.fit(sparse, 2));
        assertTrue(e.getMessage().contains("observed"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FactorLinkOptions.defaults().withKnots(2));
        assertThrows(IllegalArgumentException.class, () -> FactorLinkOptions.defaults().withIncoherence(1));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticSpec(10, 10, 2, Link.EXP, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Experiments.noiseSweep(SMALL, List.of(Link.TANH),
                new double[] {0, 0.1}, 3, 0));
    }
}
