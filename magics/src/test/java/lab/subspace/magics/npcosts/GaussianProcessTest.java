package lab.subspace.magics.npcosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

/** Exact GP conditioning, Gaussian KL and the torus Mercer basis against closed forms and brute force. */
class GaussianProcessTest {

    @Test
    void conditioningMatchesTheTextbookInverse() {
        Rng rng = new Rng(1);
        Kernel k = Kernel.of("matern52", 0.3, 1.5, 2);
        DMatrixRMaj xc = rng.uniform(9, 2, 0, 1);
        DMatrixRMaj xt = rng.uniform(4, 2, 0, 1);
        double s2 = 0.05;
        double[] y = rng.gaussianVector(9);
        Predictive p = Conditional.of(k, xc, xt, s2, false).predict(y);
        DMatrixRMaj c = k.matrix(xc, xc);
        for (int i = 0; i < 9; i++) {
            c.add(i, i, s2);
        }
        DMatrixRMaj inv = c.copy();
        CommonOps_DDRM.invert(inv);
        DMatrixRMaj ktc = k.matrix(xt, xc);
        DMatrixRMaj a = CommonOps_DDRM.mult(ktc, inv, null);
        DMatrixRMaj mean = CommonOps_DDRM.mult(a, new DMatrixRMaj(9, 1, true, y), null);
        DMatrixRMaj cov = k.matrix(xt, xt);
        CommonOps_DDRM.multAddTransB(-1, a, ktc, cov);
        for (int i = 0; i < 4; i++) {
            assertEquals(mean.get(i), p.mean()[i], 1e-10);
            for (int j = 0; j < 4; j++) {
                assertEquals(cov.get(i, j), p.covariance().get(i, j), 1e-10);
            }
        }
        assertEquals(1.5, k.at(0), 0);
        assertEquals(Math.exp(-1), Kernel.of("matern12", 2, 1, 1).at(2), 1e-15);
    }

    @Test
    void klIsZeroForEqualPredictivesAndStableFormMatchesLogDets() {
        Rng rng = new Rng(2);
        DMatrixRMaj b = rng.gaussian(5, 5);
        DMatrixRMaj sp = CommonOps_DDRM.multTransB(b, b, null);
        DMatrixRMaj b2 = rng.gaussian(5, 5);
        DMatrixRMaj sq = CommonOps_DDRM.multTransB(b2, b2, null);
        for (int i = 0; i < 5; i++) {
            sp.add(i, i, 0.5);
            sq.add(i, i, 0.5);
        }
        Predictive p = new Predictive(rng.gaussianVector(5), sp);
        Predictive q = new Predictive(rng.gaussianVector(5), sq);
        assertEquals(0, GaussianKl.divergence(p, p), 1e-14);
        assertEquals(GaussianKl.divergenceByLogDets(p, q), GaussianKl.divergence(p, q), 1e-9);
        // one dimension: 1/2 (v/w - 1 - log(v/w) + (m - n)^2 / w)
        Predictive a = new Predictive(new double[] {1}, new DMatrixRMaj(1, 1, true, 2.0));
        Predictive c = new Predictive(new double[] {0.5}, new DMatrixRMaj(1, 1, true, 3.0));
        assertEquals(0.5 * (2.0 / 3 - 1 - Math.log(2.0 / 3) + 0.25 / 3), GaussianKl.divergence(a, c), 1e-14);
        assertEquals(GaussianKl.divergence(a, c), new Marginals(a.mean(), a.variance()).klTo(new Marginals(c.mean(), c.variance())).total(),
                1e-14);
        assertThrows(IllegalArgumentException.class, () -> GaussianKl.divergence(p, a));
    }

    @Test
    void expectedKlAveragesTheMeanPartOverLabels() {
        Rng rng = new Rng(3);
        PeriodicKernel k = new PeriodicKernel(Kernel.of("se", 0.2, 1, 1));
        DMatrixRMaj xc = rng.uniform(12, 1, 0, 1);
        DMatrixRMaj xt = rng.uniform(5, 1, 0, 1);
        double s2 = 0.01;
        Conditional full = Conditional.of(k, xc, xt, s2, true);
        Conditional trunc = Conditional.of(k.mercer(3), xc, xt, s2, true);
        DMatrixRMaj labels = k.matrix(xc, xc);
        for (int i = 0; i < 12; i++) {
            labels.add(i, i, s2);
        }
        KlParts e = GaussianKl.expected(full, trunc, labels);
        // E over y ~ N(0, C) of the mean part = sum over the columns l_j of chol(C) of the mean part at y = l_j
        DMatrixRMaj l = Conditional.cholesky("C", labels);
        double sum = 0;
        for (int j = 0; j < 12; j++) {
            double[] y = new double[12];
            for (int i = 0; i < 12; i++) {
                y[i] = l.get(i, j);
            }
            KlParts p = GaussianKl.parts(full.predict(y), trunc.predict(y));
            sum += p.mean();
            assertEquals(e.covariance(), p.covariance(), 1e-9 * e.covariance());
        }
        assertEquals(sum, e.mean(), 1e-9 * sum);
    }

    @Test
    void mercerBasisReproducesTheTorusKernel() {
        Rng rng = new Rng(4);
        for (int dx = 1; dx <= 2; dx++) {
            for (KernelFamily f : new KernelFamily[] {KernelFamily.SE, KernelFamily.MATERN_52}) {
                PeriodicKernel k = new PeriodicKernel(new Kernel(f, 0.25, 1, dx));
                DMatrixRMaj x = rng.uniform(6, dx, 0, 1);
                MercerBasis b = k.mercer(dx == 1 ? 201 : 2401);
                DMatrixRMaj exact = k.matrix(x, x);
                DMatrixRMaj approx = b.matrix(x, x);
                double tol = f == KernelFamily.SE ? 1e-10 : 5 * b.tail();
                for (int i = 0; i < exact.getNumElements(); i++) {
                    assertEquals(exact.data[i], approx.data[i], tol, f + " dx = " + dx);
                }
                // sum of all eigenvalues = k_P(0): the spectral density and the image sum agree
                MercerBasis none = k.mercer(0);
                assertEquals(k.variance(), none.tail(), f == KernelFamily.SE ? 1e-12 : 1e-12 * k.variance() + 1e-15);
                double[] lam = b.eigenvalues();
                for (int j = 1; j < lam.length; j++) {
                    assertTrue(lam[j] <= lam[j - 1]);
                }
            }
        }
    }

    @Test
    void validationNamesTheProblem() {
        assertThrows(IllegalArgumentException.class, () -> Kernel.of("se", -1, 1, 1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KernelFamily.parse("cauchy")).getMessage().contains("cauchy"));
        assertThrows(IllegalArgumentException.class, () -> new PeriodicKernel(Kernel.of("se", 0.8, 1, 1)));
        Kernel k = Kernel.of("se", 0.2, 1, 2);
        DMatrixRMaj one = new DMatrixRMaj(3, 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> k.matrix(one, one)).getMessage().contains("1 columns"));
        assertThrows(IllegalArgumentException.class, () -> Conditional.of(k, new DMatrixRMaj(3, 2), new DMatrixRMaj(1, 2), 0, true));
        assertThrows(IllegalArgumentException.class, () -> BottleneckSpec.defaults(3));
        DMatrixRMaj nan = new DMatrixRMaj(2, 2);
        nan.set(1, 1, Double.NaN);
        assertThrows(IllegalArgumentException.class, () -> k.matrix(nan, nan));
    }
}
