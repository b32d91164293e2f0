package lab.subspace.magics.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.random.Rng;
import lab.subspace.numerics.stats.Interval;

class EffectiveRankTest {

    /** Relative agreement required between the Gram path and the SVD. */
    private static final double GRAM_VS_SVD = 1e-9;

    @Test
    void plantedRankWithEqualSingularValues() {
        DMatrixRMaj m = Planted.withSingularValues(60, 200, new double[] {2, 2, 2, 2, 2, 2, 2}, 1);
        // energy shares are k/7: rank_eps = ceil((1 - eps) 7)
        assertEquals(7, EffectiveRank.of(m, 0.05).rankEps());
        assertEquals(6, EffectiveRank.of(m, 0.2).rankEps());
        assertEquals(1, EffectiveRank.of(m, 0.9).rankEps());
        RankProfile p = EffectiveRank.of(m, 0.05);
        assertEquals(7 / 200.0, p.rho(), 0);
        assertEquals(7 / 60.0, p.rankFraction(), 0);
        assertEquals(60, p.samples());
        assertEquals(200, p.dimension());
        assertEquals(28, p.energy(), 1e-10);
        assertEquals(7 / 200.0, EffectiveRank.rho(m, 0.05), 0);
    }

    @Test
    void thresholdBoundaryIsInclusive() {
        // energies 9 and 1: the first value holds exactly 90%
        DMatrixRMaj m = Planted.diagonal(5, 40, 3, 1);
        for (Spectra.Method method : Spectra.Method.values()) {
            assertEquals(1, EffectiveRank.of(m, 0.1, false, method).rankEps(), method.name());
            assertEquals(2, EffectiveRank.of(m, 0.0999, false, method).rankEps(), method.name());
            assertEquals(1, EffectiveRank.of(m, 0.5, false, method).rankEps(), method.name());
        }
        assertArrayEquals(new double[] {0.9, 1, 1, 1, 1}, EffectiveRank.of(m, 0.05).cumulativeEnergy(), 1e-15);
        assertEquals(0, EffectiveRank.of(new DMatrixRMaj(4, 9), 0.05).rankEps());
    }

    @Test
    void centeringRemovesTheCommonShift() {
        Rng rng = new Rng(2);
        int n = 80;
        int d = 300;
        // a large mean shift plus rank-3 zero-mean variation of equal strength per direction
        DMatrixRMaj m = new DMatrixRMaj(n, d);
        double[] mean = rng.unitVector(d);
        DMatrixRMaj v = rng.orthonormal(d, 3);
        DMatrixRMaj z = rng.orthonormal(n, 4); // columns orthogonal to each other
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1 / Math.sqrt(n));
        z = orthogonalTo(z, ones);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double x = 20 * mean[j];
                for (int k = 0; k < 3; k++) {
                    x += z.get(i, k) * v.get(j, k);
                }
                m.set(i, j, x);
            }
        }
        assertEquals(1, EffectiveRank.of(m, 0.05).rankEps());
        assertEquals(3, EffectiveRank.of(m, 0.05, true).rankEps());
        assertTrue(EffectiveRank.of(m, 0.05, true).centered());
    }

    @Test
    void gramPathAgreesWithSvd() {
        for (int[] shape : new int[][] {{600, 80}, {40, 500}, {300, 128}}) {
            DMatrixRMaj m = Planted.withSingularValues(shape[0], shape[1],
                    Planted.range(Math.min(shape[0], shape[1]), 5, 0.93), shape[0]);
            RankProfile gram = EffectiveRank.of(m, 0.05, false, Spectra.Method.GRAM);
            RankProfile svd = EffectiveRank.of(m, 0.05, false, Spectra.Method.SVD);
            double[] g = gram.singularValues();
            double[] s = svd.singularValues();
            for (int i = 0; i < s.length; i++) {
                if (s[i] > 1e-3 * s[0]) {
                    assertEquals(s[i], g[i], GRAM_VS_SVD * s[i], "s_" + i + " of " + shape[0] + " x " + shape[1]);
                }
            }
            double[] cg = gram.cumulativeEnergy();
            double[] cs = svd.cumulativeEnergy();
            for (int i = 0; i < cs.length; i++) {
                assertEquals(cs[i], cg[i], GRAM_VS_SVD * cs[i], "cumulative energy " + i);
            }
            for (double eps : new double[] {0.01, 0.05, 0.2, 0.5}) {
                assertEquals(EffectiveRank.of(m, eps, false, Spectra.Method.SVD).rankEps(),
                        EffectiveRank.of(m, eps, false, Spectra.Method.GRAM).rankEps(), "eps " + eps);
            }
            assertEquals(Spectra.Method.GRAM, EffectiveRank.of(m, 0.05).spectrum().method());
        }
    }

    @Test
    void transposeAndRowOrderDoNotMatterUncentered() {
        DMatrixRMaj m = Planted.withSingularValues(50, 120, Planted.range(20, 3, 0.8), 5);
        DMatrixRMaj t = org.ejml.dense.row.CommonOps_DDRM.transpose(m, null);
        assertEquals(EffectiveRank.of(m, 0.05).rankEps(), EffectiveRank.of(t, 0.05).rankEps());
        int[] reversed = new int[50];
        for (int i = 0; i < 50; i++) {
            reversed[i] = 49 - i;
        }
        DMatrixRMaj r = lab.subspace.numerics.linalg.RowOps.select(m, reversed);
        // the 20 planted values; the zero ones are rounding noise (~1e-8 s_1 on the Gram path)
        assertArrayEquals(java.util.Arrays.copyOf(EffectiveRank.of(m, 0.05).singularValues(), 20),
                java.util.Arrays.copyOf(EffectiveRank.of(r, 0.05).singularValues(), 20), 1e-12);
    }

    @Test
    void bootstrapIsSeededAndExactForFullyDeterminedRank() {
        DMatrixRMaj m = Planted.withSingularValues(90, 64, new double[] {3, 3, 3}, 6);
        Interval ci = EffectiveRank.bootstrap(m, 0.05, false, 50, 0.9, 4);
        // any resample of a rank-3 matrix with these rows still spans the same 3 directions
        assertEquals(3 / 64.0, ci.estimate(), 0);
        assertTrue(ci.lower() <= ci.estimate() && ci.upper() <= ci.estimate() + 1e-12);
        DMatrixRMaj noisy = Planted.withSingularValues(90, 64, Planted.range(40, 4, 0.9), 7);
        Interval a = EffectiveRank.bootstrap(noisy, 0.05, true, 40, 0.95, 11);
        Interval b = EffectiveRank.bootstrap(noisy, 0.05, true, 40, 0.95, 11);
        assertEquals(a, b);
        assertTrue(a.lower() <= a.upper());
        assertEquals(EffectiveRank.of(noisy, 0.05, true).rho(), a.estimate(), 0);
    }

    @Test
    void validationNamesTheProblem() {
        DMatrixRMaj m = new DMatrixRMaj(3, 4);
        m.set(1, 2, Double.NaN);
        assertEquals("shift contains NaN at (1, 2)",
                assertThrows(IllegalArgumentException.class, () -> EffectiveRank.of(m, 0.05)).getMessage());
        assertEquals("eps must be in [0, 1) but is 1.0",
                assertThrows(IllegalArgumentException.class, () -> EffectiveRank.of(new DMatrixRMaj(2, 2), 1)).getMessage());
        assertEquals("shift is empty (0 x 5)",
                assertThrows(IllegalArgumentException.class, () -> EffectiveRank.of(new DMatrixRMaj(0, 5), 0.05)).getMessage());
        DMatrixRMaj inf = new DMatrixRMaj(2, 2);
        inf.set(0, 1, Double.POSITIVE_INFINITY);
        assertEquals("shift contains Infinity at (0, 1)",
                assertThrows(IllegalArgumentException.class, () -> EffectiveRank.bootstrap(inf, 0.05, false, 5, 0.9, 1))
                        .getMessage());
    }

    /** Gram-Schmidt of Z's columns against a unit vector, dropping the last column. */
    private static DMatrixRMaj orthogonalTo(DMatrixRMaj z, double[] unit) {
        DMatrixRMaj out = new DMatrixRMaj(z.numRows, 3);
        for (int k = 0; k < 3; k++) {
            double dot = 0;
            for (int i = 0; i < z.numRows; i++) {
                dot += z.get(i, k) * unit[i];
            }
            for (int i = 0; i < z.numRows; i++) {
                out.set(i, k, z.get(i, k) - dot * unit[i]);
            }
        }
        // the three projected columns stay orthogonal with equal norms only approximately: re-orthonormalise
        return lab.subspace.numerics.linalg.Subspaces.orthonormalize(out);
    }
}
