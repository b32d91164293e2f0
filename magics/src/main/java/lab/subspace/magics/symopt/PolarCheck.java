package lab.subspace.magics.symopt;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.Centering;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.random.Rng;

/**
 * Checks the Newton-Schulz polar factor (and the Gram-matrix route) against the SVD on matrices
 * of prescribed condition number, on two rank-deficient ones (a low-rank product and a centred
 * wide matrix, whose rows sum to zero like a router's centred momentum) and on your own.
 *
 * <pre>{@code
 * PolarReport r = PolarCheck.run(64, 16, new double[] {1e1, 1e3, 1e5}, List.of(), 0L);
 * r.worstNewtonSchulzError();   // ~1e-15
 * }</pre>
 */
public final class PolarCheck {

    private PolarCheck() {
    }

    /**
     * @param rows       m of the synthetic matrices
     * @param cols       n of the synthetic matrices
     * @param conditions condition numbers s_1 / s_min (log-spaced singular values), each &gt;= 1
     * @param yours      your matrices (name = position), may be empty
     * @param seed       seed of the singular vectors
     */
    public static PolarReport run(int rows, int cols, double[] conditions, List<DMatrixRMaj> yours, long seed) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("matrices must be at least 1 x 1 but are " + rows + " x " + cols);
        }
        Rng rng = new Rng(seed);
        List<PolarCase> cases = new ArrayList<>();
        for (double kappa : conditions) {
            if (!(kappa >= 1) || Double.isInfinite(kappa)) {
                throw new IllegalArgumentException("condition numbers must be finite and >= 1 but got " + kappa);
            }
            cases.add(check(String.format(java.util.Locale.ROOT, "condition %.0e", kappa), withCondition(rows, cols, kappa, rng)));
        }
        // rank-deficient: zero singular values must stay zero
        int k = Math.min(rows, cols);
        int r = Math.max(1, k / 4);
        cases.add(check("rank " + r + " of " + k, CommonOps_DDRM.multTransB(rng.gaussian(rows, r), rng.gaussian(cols, r), null)));
        cases.add(check("centred rows (router-like)", Centering.centerColumns(rng.gaussian(Math.min(rows, cols), Math.max(rows, cols)))));
        for (int i = 0; i < yours.size(); i++) {
            cases.add(check("your matrix " + i, yours.get(i)));
        }
        return new PolarReport(cases);
    }

    /** U diag(s) V^T with Haar U, V and s log-spaced from 1 down to 1 / kappa. */
    public static DMatrixRMaj withCondition(int rows, int cols, double kappa, Rng rng) {
        int k = Math.min(rows, cols);
        DMatrixRMaj u = rng.orthonormal(rows, k);
        DMatrixRMaj v = rng.orthonormal(cols, k);
        for (int j = 0; j < k; j++) {
            double s = k == 1 ? 1 : Math.pow(kappa, -(double) j / (k - 1));
            for (int i = 0; i < rows; i++) {
                u.set(i, j, u.get(i, j) * s);
            }
        }
        return CommonOps_DDRM.multTransB(u, v, null);
    }

    /** One case: NS to its tolerance, with the error to the SVD factor after every iteration. */
    public static PolarCase check(String name, DMatrixRMaj m) {
        Matrices.requireNonEmpty(name, m);
        Matrices.requireFinite(name, m);
        DMatrixRMaj reference = Polar.svd(m);
        List<Double> trace = new ArrayList<>();
        NewtonSchulzResult ns = NewtonSchulz.polar(m, NewtonSchulz.MAX_ITERATIONS, NewtonSchulz.TOLERANCE,
                x -> trace.add(Polar.relativeError(x, reference)));
        double[] s = Spectra.spectrum(m, Spectra.Method.SVD).values();
        double cut = Math.max(m.numRows, m.numCols) * Math.ulp(1.0) * (s.length == 0 ? 0 : s[0]);
        int rank = 0;
        while (rank < s.length && s[rank] > cut) {
            rank++;
        }
        double condition = rank == 0 ? Double.NaN : s[0] / s[rank - 1];
        return new PolarCase(name, m.numRows, m.numCols, condition, rank, ns.iterations(), ns.converged(),
                Polar.relativeError(ns.factor(), reference), Polar.relativeError(Polar.gram(m), reference),
                trace.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
