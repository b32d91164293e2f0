package lab.subspace.magics.twistedsmc;

import java.util.Locale;

/**
 * Small symmetric positive-definite matrices stored row-major in a {@code double[d * d]} (d is the
 * data dimension, 1 or 2 in the experiments): Cholesky factor, inverse and log-determinant, written
 * out by hand because the sampler calls them per time step and EJML's overhead would dominate at d = 2.
 */
final class SmallSpd {

    private SmallSpd() {
    }

    /** Lower Cholesky factor L (a = L L^T), or null when a is not positive definite. */
    static double[] cholesky(double[] a, int d) {
        double[] l = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * d + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * d + k] * l[j * d + k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        return null;
                    }
                    l[i * d + i] = Math.sqrt(s);
                } else {
                    l[i * d + j] = s / l[j * d + j];
                }
            }
        }
        return l;
    }

    /** The Cholesky factor, or an IllegalArgumentException naming the matrix. */
    static double[] requireCholesky(String name, double[] a, int d) {
        double[] l = cholesky(a, d);
        if (l == null) {
            throw new IllegalArgumentException(name + " must be symmetric positive definite but is " + format(a, d));
        }
        return l;
    }

    /** log det a from its Cholesky factor. */
    static double logDet(double[] chol, int d) {
        double s = 0;
        for (int i = 0; i < d; i++) {
            s += Math.log(chol[i * d + i]);
        }
        return 2 * s;
    }

    /** L^{-1} of a lower-triangular L (forward substitution, column by column). */
    static double[] lowerInverse(double[] l, int d) {
        double[] inv = new double[d * d];
        for (int c = 0; c < d; c++) {
            for (int i = c; i < d; i++) {
                double s = i == c ? 1 : 0;
                for (int k = c; k < i; k++) {
                    s -= l[i * d + k] * inv[k * d + c];
                }
                inv[i * d + c] = s / l[i * d + i];
            }
        }
        return inv;
    }

    /** a^{-1} from its Cholesky factor (L^{-T} L^{-1}). */
    static double[] inverse(double[] chol, int d) {
        double[] linv = lowerInverse(chol, d);
        double[] inv = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double s = 0;
                for (int k = Math.max(i, j); k < d; k++) {
                    s += linv[k * d + i] * linv[k * d + j];
                }
                inv[i * d + j] = s;
            }
        }
        return inv;
    }

    /** y = a x for a d x d matrix a. */
    static void multiply(double[] a, double[] x, int xOff, double[] y, int d) {
        for (int i = 0; i < d; i++) {
            double s = 0;
            for (int k = 0; k < d; k++) {
                s += a[i * d + k] * x[xOff + k];
            }
            y[i] = s;
        }
    }

    /** x^T a x. */
    static double quadratic(double[] a, double[] x, int xOff, int d) {
        double s = 0;
        for (int i = 0; i < d; i++) {
            double r = 0;
            for (int k = 0; k < d; k++) {
                r += a[i * d + k] * x[xOff + k];
            }
            s += x[xOff + i] * r;
        }
        return s;
    }

    static double[] identity(int d, double scale) {
        double[] a = new double[d * d];
        for (int i = 0; i < d; i++) {
            a[i * d + i] = scale;
        }
        return a;
    }

    static String format(double[] a, int d) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < d; i++) {
            b.append(i == 0 ? "[" : ", [");
            for (int j = 0; j < d; j++) {
                b.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4g", a[i * d + j]));
            }
            b.append(']');
        }
        return b.append(']').toString();
    }
}
