package lab.subspace.numerics.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class LanczosTest {

    @Test
    void agreesWithTheFullDecomposition() {
        Rng rng = new Rng(1);
        for (int n : new int[] {1, 5, 40, 128}) {
            DMatrixRMaj a = rng.gaussian(n, n);
            DMatrixRMaj sym = CommonOps_DDRM.add(a, CommonOps_DDRM.transpose(a, null), null); // indefinite
            check(sym);
            check(Gram.ofColumns(rng.gaussian(3 * n, n))); // Marchenko-Pastur: clustered top eigenvalues
        }
    }

    @Test
    void nearlyDegenerateTopAndLowRank() {
        // eigenvalues 10, 10 - 1e-6, 1, ...: the pair is found to the residual tolerance
        int n = 60;
        DMatrixRMaj q = new Rng(2).orthogonal(n);
        double[] lambda = new double[n];
        lambda[0] = 10;
        lambda[1] = 10 - 1e-6;
        for (int i = 2; i < n; i++) {
            lambda[i] = 1.0 / i;
        }
        DMatrixRMaj a = reconstruct(q, lambda);
        TopEigenpair top = Lanczos.largest(a, null);
        assertTrue(top.converged());
        assertEquals(10, top.value(), 1e-9);
        // rank one: the Krylov space is exhausted after one step
        DMatrixRMaj u = new DMatrixRMaj(n, 1, true, new Rng(3).unitVector(n));
        DMatrixRMaj r1 = CommonOps_DDRM.multTransB(u, u, null);
        CommonOps_DDRM.scale(4, r1);
        TopEigenpair one = Lanczos.largest(r1, null);
        assertEquals(4, one.value(), 1e-12);
        assertEquals(1, Math.abs(dot(one.vector(), u.data)), 1e-12);
        assertTrue(one.iterations() <= 3, "iterations " + one.iterations());
        TopEigenpair zero = Lanczos.largest(new DMatrixRMaj(4, 4), null);
        assertEquals(0, zero.value());
        assertEquals(1, dot(zero.vector(), zero.vector()), 1e-15);
    }

    @Test
    void warmStartConvergesFaster() {
        DMatrixRMaj g = Gram.ofColumns(new Rng(4).gaussian(300, 100));
        TopEigenpair cold = Lanczos.largest(g, null);
        TopEigenpair warm = Lanczos.largest(g, cold.vector());
        assertTrue(warm.iterations() < cold.iterations(), warm.iterations() + " vs " + cold.iterations());
        assertEquals(cold.value(), warm.value(), 1e-10 * cold.value());
    }

    @Test
    void validation() {
        assertEquals("A must be square but is 2 x 3",
                assertThrows(IllegalArgumentException.class, () -> Lanczos.largest(new DMatrixRMaj(2, 3), null)).getMessage());
        DMatrixRMaj nan = new DMatrixRMaj(2, 2);
        nan.set(1, 1, Double.NaN);
        assertEquals("A contains NaN at (1, 1)",
                assertThrows(IllegalArgumentException.class, () -> Lanczos.largest(nan, null)).getMessage());
        assertEquals("start vector has 3 entries but A is 2 x 2", assertThrows(IllegalArgumentException.class,
                () -> Lanczos.largest(new DMatrixRMaj(2, 2), new double[3])).getMessage());
    }

    private static void check(DMatrixRMaj a) {
        int n = a.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        assertTrue(eig.decompose(a.copy()));
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            best = Math.max(best, eig.getEigenvalue(i).real);
        }
        TopEigenpair top = Lanczos.largest(a, null);
        assertTrue(top.converged(), "n = " + n);
        double scale = CommonOps_DDRM.elementMaxAbs(a);
        assertEquals(best, top.value(), 1e-10 * Math.max(Math.abs(best), scale), "n = " + n);
        double[] ax = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                ax[i] += a.get(i, j) * top.vector()[j];
            }
        }
        double res = 0;
        for (int i = 0; i < n; i++) {
            res += Math.pow(ax[i] - top.value() * top.vector()[i], 2);
        }
        assertTrue(Math.sqrt(res) <= 1e-9 * scale * n, "residual " + Math.sqrt(res));
        assertEquals(1, dot(top.vector(), top.vector()), 1e-12);
    }

    private static DMatrixRMaj reconstruct(DMatrixRMaj q, double[] lambda) {
        DMatrixRMaj ql = q.copy();
        for (int i = 0; i < q.numRows; i++) {
            for (int j = 0; j < lambda.length; j++) {
                ql.set(i, j, ql.get(i, j) * lambda[j]);
            }
        }
        return CommonOps_DDRM.multTransB(ql, q, null);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
