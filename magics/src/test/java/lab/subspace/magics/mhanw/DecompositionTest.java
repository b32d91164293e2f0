package lab.subspace.magics.mhanw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class DecompositionTest {

    private static double[][][] correlated(int r, int heads, int m, double rho, long seed) {
        Rng rng = new Rng(seed);
        double[][][] p = new double[r][heads][m];
        for (int k = 0; k < r; k++) {
            for (int j = 0; j < m; j++) {
                double shared = rng.gaussian();
                for (int h = 0; h < heads; h++) {
                    p[k][h][j] = 1 + Math.sqrt(rho) * shared + Math.sqrt(1 - rho) * rng.gaussian();
                }
            }
        }
        return p;
    }

    @Test
    void partsAddUpExactlyAndTheCovarianceIsThePairwiseMean() {
        double[][][] p = correlated(7, 3, 5, 0.4, 1);
        double[] truth = {0, 0.5, 1, 1.5, 2};
        Decomposition d = Decomposition.of(p, truth);
        assertEquals(d.mse(), d.bias2() + d.variance(), 1e-12);
        assertEquals(d.variance(), d.varianceTerm() + d.covarianceTerm(), 1e-12);
        // brute force: mean over queries of the mean over ordered pairs h != g of the plug-in covariance
        double cov = 0;
        for (int j = 0; j < 5; j++) {
            double[] mean = new double[3];
            for (double[][] rep : p) {
                for (int h = 0; h < 3; h++) {
                    mean[h] += rep[h][j] / 7;
                }
            }
            for (int h = 0; h < 3; h++) {
                for (int g = 0; g < 3; g++) {
                    if (h != g) {
                        for (double[][] rep : p) {
                            cov += (rep[h][j] - mean[h]) * (rep[g][j] - mean[g]) / 7;
                        }
                    }
                }
            }
        }
        assertEquals(cov / (5 * 6), d.meanCovariance(), 1e-12);
    }

    @Test
    void identicalHeadsReduceNothingAndIndependentHeadsReduceByOneOverH() {
        double[][][] same = correlated(400, 4, 50, 1.0, 2);
        Decomposition s = Decomposition.of(same, new double[50]);
        assertEquals(1, s.varianceReduction(), 1e-12);
        assertEquals(1, s.correlation(), 1e-12);
        Decomposition ind = Decomposition.of(correlated(400, 4, 50, 0.0, 3), new double[50]);
        assertEquals(0.25, ind.varianceReduction(), 0.03);
        assertEquals(0, ind.correlation(), 0.03);
        Decomposition half = Decomposition.of(correlated(400, 4, 50, 0.5, 4), new double[50]);
        assertEquals(0.25 + 0.75 * 0.5, half.varianceReduction(), 0.04);
        assertEquals(1, ind.bias2(), 0.02);
    }

    @Test
    void oneHeadHasNoCovariance() {
        Decomposition d = Decomposition.of(correlated(5, 1, 3, 0, 5), new double[3]);
        assertTrue(Double.isNaN(d.meanCovariance()));
        assertEquals(0, d.covarianceTerm());
        assertEquals(d.variance(), d.meanVariance(), 1e-15);
    }

    @Test
    void misuseIsNamed() {
        assertThrows(IllegalArgumentException.class, () -> Decomposition.of(new double[1][2][3], new double[3]));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Decomposition.of(new double[2][2][3], new double[4])).getMessage()
                .contains("4 query targets"));
        double[][][] ragged = {new double[2][3], new double[1][3]};
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Decomposition.of(ragged, new double[3])).getMessage()
                .contains("training set 1 has 1"));
        double[][][] nan = new double[2][1][2];
        nan[1][0][1] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> Decomposition.of(nan, new double[2]));
    }
}
