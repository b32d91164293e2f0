package lab.subspace.numerics.linalg;

import java.util.function.DoubleUnaryOperator;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

import lab.subspace.data.Matrices;

/**
 * Functions of symmetric positive (semi)definite matrices through the eigen-decomposition
 * A = V diag(lambda) V^T: square root, inverse square root, powers. Used for whitening, Fisher /
 * Hessian metrics and polar factors M (M^T M)^{-1/2}.
 *
 * <pre>{@code
 * DMatrixRMaj W = Spd.inverseSqrt(cov);            // whitening matrix
 * DMatrixRMaj R = Spd.inverseSqrt(gram, 1e-10);    // eigenvalues floored at 1e-10 first
 * }</pre>
 */
public final class Spd {

    /** Relative tolerance for symmetry and for eigenvalues counted as zero. */
    public static final double TOL = 1e-10;

    private Spd() {
    }

    /** Symmetric eigen-decomposition: eigenvalues ascending and eigenvectors as columns. */
    public static SymmetricEigen eigen(DMatrixRMaj a) {
        requireSymmetric("A", a);
        int n = a.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(a.copy())) {
            throw new IllegalStateException("symmetric eigen-decomposition failed on a " + n + " x " + n + " matrix");
        }
        Integer[] order = new Integer[n];
        double[] raw = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            raw[i] = eig.getEigenvalue(i).real;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(raw[x], raw[y]));
        double[] values = new double[n];
        DMatrixRMaj vectors = new DMatrixRMaj(n, n);
        for (int j = 0; j < n; j++) {
            values[j] = raw[order[j]];
            DMatrixRMaj v = eig.getEigenVector(order[j]);
            for (int i = 0; i < n; i++) {
                vectors.unsafe_set(i, j, v.get(i));
            }
        }
        return new SymmetricEigen(values, vectors);
    }

    /** The PSD square root A^{1/2} (eigenvalues down to -TOL * max are treated as 0). */
    public static DMatrixRMaj sqrt(DMatrixRMaj a) {
        SymmetricEigen e = eigen(a);
        requirePsd(e);
        return apply(e, l -> Math.sqrt(Math.max(0, l)));
    }

    /**
     * A^{-1/2} for a positive definite A.
     *
     * @throws IllegalArgumentException if A is not symmetric or its smallest eigenvalue is not
     *                                  positive (use {@link #inverseSqrt(DMatrixRMaj, double)})
     */
    public static DMatrixRMaj inverseSqrt(DMatrixRMaj a) {
        SymmetricEigen e = eigen(a);
        double max = Math.abs(e.values()[e.values().length - 1]);
        if (e.values().length > 0 && !(e.values()[0] > TOL * max)) {
            throw new IllegalArgumentException("A is not positive definite: smallest eigenvalue " + e.values()[0]
                    + " (largest " + max + "); use Spd.inverseSqrt(A, floor) to floor the eigenvalues");
        }
        return apply(e, l -> 1 / Math.sqrt(l));
    }

    /** (A with eigenvalues raised to at least {@code floor})^{-1/2}; floor must be &gt; 0. */
    public static DMatrixRMaj inverseSqrt(DMatrixRMaj a, double floor) {
        if (!(floor > 0)) {
            throw new IllegalArgumentException("floor must be > 0 but is " + floor);
        }
        return apply(eigen(a), l -> 1 / Math.sqrt(Math.max(l, floor)));
    }

    /** A^p for a PSD A (p &gt; 0) or a positive definite A (p &lt;= 0). */
    public static DMatrixRMaj power(DMatrixRMaj a, double p) {
        SymmetricEigen e = eigen(a);
        requirePsd(e);
        if (p <= 0 && e.values().length > 0 && !(e.values()[0] > 0)) {
            throw new IllegalArgumentException("A^" + p + " needs a positive definite A but its smallest eigenvalue is "
                    + e.values()[0]);
        }
        return apply(e, l -> Math.pow(Math.max(0, l), p));
    }

    /** V diag(f(lambda)) V^T. */
    public static DMatrixRMaj apply(SymmetricEigen e, DoubleUnaryOperator f) {
        DMatrixRMaj v = e.vectors();
        DMatrixRMaj vf = v.copy();
        int n = v.numRows;
        for (int j = 0; j < n; j++) {
            double fj = f.applyAsDouble(e.values()[j]);
            for (int i = 0; i < n; i++) {
                vf.unsafe_set(i, j, vf.unsafe_get(i, j) * fj);
            }
        }
        return CommonOps_DDRM.multTransB(vf, v, null);
    }

    /** @throws IllegalArgumentException unless A is square and symmetric within TOL * max|A| */
    public static void requireSymmetric(String name, DMatrixRMaj a) {
        Matrices.requireSquare(name, a);
        Matrices.requireFinite(name, a);
        double max = CommonOps_DDRM.elementMaxAbs(a);
        for (int i = 0; i < a.numRows; i++) {
            for (int j = i + 1; j < a.numCols; j++) {
                if (Math.abs(a.get(i, j) - a.get(j, i)) > TOL * max) {
                    throw new IllegalArgumentException(name + " is not symmetric: " + name + "[" + i + ", " + j + "] = "
                            + a.get(i, j) + " but " + name + "[" + j + ", " + i + "] = " + a.get(j, i));
                }
            }
        }
    }

    private static void requirePsd(SymmetricEigen e) {
        double[] l = e.values();
        if (l.length == 0) {
            return;
        }
        double max = Math.max(Math.abs(l[0]), Math.abs(l[l.length - 1]));
        if (l[0] < -TOL * max) {
            throw new IllegalArgumentException("A is not positive semidefinite: smallest eigenvalue " + l[0]);
        }
    }
}
