package lab.subspace.numerics.linalg;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;

/**
 * Linear subspaces of R^D given by orthonormal bases (D x k, one basis vector per COLUMN), and
 * points given as the ROWS of an n x D matrix.
 *
 * <p>Bases, projectors, principal angles (cos theta_i = s_i(Q1^T Q2), as in "Multi-head attention
 * as an ensemble of Nadaraya-Watson estimators"), the sin-Theta distance used to score recovered
 * subspaces (GAME: group-aware matrix estimation), and distances of points to a subspace or a
 * union of subspaces ("Axiomatizing neural networks via Pursuit of Subspaces").
 *
 * <pre>{@code
 * DMatrixRMaj Q1 = Subspaces.basis(A);                    // orthonormal basis of span(columns of A)
 * double[] angles = Subspaces.principalAngles(Q1, Q2);    // radians, ascending
 * double[] dist = Subspaces.distances(X, Q1);            // |x - Q1 Q1^T x| per row of X
 * }</pre>
 */
public final class Subspaces {

    /** Tolerance of {@link #requireOrthonormal}: max |Q^T Q - I| entry. */
    public static final double ORTHONORMAL_TOL = 1e-6;

    private Subspaces() {
    }

    // ---------------------------------------------------------------- bases

    /**
     * Orthonormalises the columns of A (D x k, k &lt;= D) by QR: the result spans the same space
     * when A has full column rank, with signs fixed so that diag(R) &gt;= 0 (Gram-Schmidt's choice).
     */
    public static DMatrixRMaj orthonormalize(DMatrixRMaj a) {
        if (a.numCols > a.numRows) {
            throw new IllegalArgumentException("cannot orthonormalise " + a.numCols + " columns in R^" + a.numRows
                    + " (the matrix is " + Matrices.shape(a) + ")");
        }
        Matrices.requireFinite("A", a);
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(a.numRows, a.numCols);
        if (!qr.decompose(qr.inputModified() ? a.copy() : a)) {
            throw new IllegalStateException("QR decomposition failed");
        }
        DMatrixRMaj q = qr.getQ(null, true);
        DMatrixRMaj r = qr.getR(null, true);
        for (int j = 0; j < a.numCols; j++) {
            if (r.get(j, j) < 0) {
                for (int i = 0; i < q.numRows; i++) {
                    q.unsafe_set(i, j, -q.unsafe_get(i, j));
                }
            }
        }
        return q;
    }

    /**
     * Orthonormal basis of the column space of A (D x n), of dimension its numerical rank
     * (singular values above {@code max(D, n) * 2^-52 * s_1}); the left singular vectors.
     */
    public static DMatrixRMaj basis(DMatrixRMaj a) {
        TruncatedSvd svd = Spectra.svd(a);
        double[] s = svd.s();
        double tol = s.length == 0 ? 0 : Math.max(a.numRows, a.numCols) * Math.ulp(1.0) * s[0];
        int r = 0;
        while (r < s.length && s[r] > tol) {
            r++;
        }
        return CommonOps_DDRM.extract(svd.u(), 0, a.numRows, 0, r);
    }

    /** The r leading left singular vectors of A: the best r-dimensional subspace for its columns. */
    public static DMatrixRMaj basis(DMatrixRMaj a, int r) {
        return Spectra.top(a, r).u();
    }

    /**
     * @throws IllegalArgumentException unless Q^T Q = I within {@link #ORTHONORMAL_TOL}
     */
    public static void requireOrthonormal(String name, DMatrixRMaj q) {
        Matrices.requireFinite(name, q);
        DMatrixRMaj g = CommonOps_DDRM.multTransA(q, q, null);
        double worst = 0;
        for (int i = 0; i < g.numRows; i++) {
            for (int j = 0; j < g.numCols; j++) {
                worst = Math.max(worst, Math.abs(g.get(i, j) - (i == j ? 1 : 0)));
            }
        }
        if (worst > ORTHONORMAL_TOL) {
            throw new IllegalArgumentException(name + " (" + Matrices.shape(q) + ") does not have orthonormal columns: "
                    + "max |Q^T Q - I| = " + worst + "; orthonormalise it first with Subspaces.basis or orthonormalize");
        }
    }

    // ---------------------------------------------------------------- projections

    /** The D x D orthogonal projector Q Q^T. */
    public static DMatrixRMaj projector(DMatrixRMaj q) {
        return CommonOps_DDRM.multTransB(q, q, null);
    }

    /** Projections of the rows of X (n x D) onto span(Q): X Q Q^T. */
    public static DMatrixRMaj project(DMatrixRMaj x, DMatrixRMaj q) {
        Matrices.requireCols("X", x, q.numRows);
        DMatrixRMaj coords = CommonOps_DDRM.mult(x, q, null);
        return CommonOps_DDRM.multTransB(coords, q, null);
    }

    /** Coordinates of the rows of X in the basis Q: X Q (n x k). */
    public static DMatrixRMaj coordinates(DMatrixRMaj x, DMatrixRMaj q) {
        Matrices.requireCols("X", x, q.numRows);
        return CommonOps_DDRM.mult(x, q, null);
    }

    /** Components of the rows of X orthogonal to span(Q): X - X Q Q^T. */
    public static DMatrixRMaj residual(DMatrixRMaj x, DMatrixRMaj q) {
        DMatrixRMaj r = project(x, q);
        CommonOps_DDRM.subtract(x, r, r);
        return r;
    }

    /** Euclidean distance of each row of X to the subspace span(Q). */
    public static double[] distances(DMatrixRMaj x, DMatrixRMaj q) {
        return RowOps.norms(residual(x, q));
    }

    /**
     * Distance of each row of X to the nearest of several subspaces, and which one it is
     * (the lowest index on ties).
     */
    public static UnionDistances distancesToUnion(DMatrixRMaj x, List<DMatrixRMaj> bases) {
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("the union has no subspaces");
        }
        double[] best = new double[x.numRows];
        int[] nearest = new int[x.numRows];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (int j = 0; j < bases.size(); j++) {
            Interrupts.check();
            DMatrixRMaj q = bases.get(j);
            if (q.numRows != x.numCols) {
                throw new IllegalArgumentException("basis " + j + " is " + Matrices.shape(q) + " but the points have "
                        + x.numCols + " coordinates");
            }
            double[] d = distances(x, q);
            for (int i = 0; i < d.length; i++) {
                if (d[i] < best[i]) {
                    best[i] = d[i];
                    nearest[i] = j;
                }
            }
        }
        return new UnionDistances(best, nearest);
    }

    // ---------------------------------------------------------------- angles

    /**
     * Cosines of the principal angles between span(Q1) and span(Q2) (orthonormal bases in the
     * same R^D): the singular values of Q1^T Q2, descending, clipped to [0, 1]; min(k1, k2) values.
     */
    public static double[] principalCosines(DMatrixRMaj q1, DMatrixRMaj q2) {
        requirePair(q1, q2);
        double[] c = singularValues(CommonOps_DDRM.multTransA(q1, q2, null));
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.min(1, c[i]);
        }
        return c;
    }

    /**
     * Principal angles in radians, ascending (min(k1, k2) values). Small angles come from the
     * sines (singular values of (I - Q1 Q1^T) Q2), large ones from the cosines, so both ends are
     * accurate (Knyazev and Argentati, SIAM J. Sci. Comput. 2002).
     */
    public static double[] principalAngles(DMatrixRMaj q1, DMatrixRMaj q2) {
        requirePair(q1, q2);
        if (q2.numCols > q1.numCols) {
            DMatrixRMaj t = q1;
            q1 = q2;
            q2 = t;
        }
        double[] cos = singularValues(CommonOps_DDRM.multTransA(q1, q2, null));
        double[] sin = singularValues(residualOfColumns(q2, q1));
        int k = q2.numCols;
        double[] theta = new double[k];
        for (int i = 0; i < k; i++) {
            double c = Math.min(1, cos[i]);
            double s = Math.min(1, sin[k - 1 - i]);
            theta[i] = c * c >= 0.5 ? Math.asin(s) : Math.acos(c);
        }
        java.util.Arrays.sort(theta);
        return theta;
    }

    /** Sines of the principal angles, ascending. */
    public static double[] sinTheta(DMatrixRMaj q1, DMatrixRMaj q2) {
        double[] t = principalAngles(q1, q2);
        for (int i = 0; i < t.length; i++) {
            t[i] = Math.sin(t[i]);
        }
        return t;
    }

    /**
     * sin-Theta distance {@code |sin Theta(Q1, Q2)|_F = sqrt(sum_i sin^2 theta_i)} over the
     * min(k1, k2) principal angles; for equal dimensions it equals |Q1Q1^T - Q2Q2^T|_F / sqrt 2.
     */
    public static double sinThetaDistance(DMatrixRMaj q1, DMatrixRMaj q2) {
        double acc = 0;
        for (double s : sinTheta(q1, q2)) {
            acc += s * s;
        }
        return Math.sqrt(acc);
    }

    /** Spectral sin-Theta distance: the sine of the largest principal angle. */
    public static double sinThetaSpectral(DMatrixRMaj q1, DMatrixRMaj q2) {
        double[] s = sinTheta(q1, q2);
        return s.length == 0 ? 0 : s[s.length - 1];
    }

    private static void requirePair(DMatrixRMaj q1, DMatrixRMaj q2) {
        if (q1.numRows != q2.numRows) {
            throw new IllegalArgumentException("Q1 is " + Matrices.shape(q1) + " and Q2 is " + Matrices.shape(q2)
                    + ": the bases must live in the same R^D (same number of rows)");
        }
        requireOrthonormal("Q1", q1);
        requireOrthonormal("Q2", q2);
    }

    /** (I - Q Q^T) B for column-vector matrices. */
    private static DMatrixRMaj residualOfColumns(DMatrixRMaj b, DMatrixRMaj q) {
        DMatrixRMaj coef = CommonOps_DDRM.multTransA(q, b, null);
        DMatrixRMaj r = b.copy();
        CommonOps_DDRM.multAdd(-1, q, coef, r);
        return r;
    }

    private static double[] singularValues(DMatrixRMaj m) {
        return Spectra.spectrum(m, Spectra.Method.SVD).values();
    }
}
