package lab.subspace.magics.merge;

import org.ejml.data.DMatrixRMaj;

/** The few dense-vector operations the merge code needs on {@code double[]}. */
final class Vectors {

    private Vectors() {
    }

    /** a - b (a new array). */
    static double[] minus(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i];
        }
        return out;
    }

    /** x + s v (a new array). */
    static double[] plusScaled(double[] x, double[] v, double s) {
        double[] out = x.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += s * v[i];
        }
        return out;
    }

    /** v *= s, in place. */
    static void scale(double[] v, double s) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= s;
        }
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** M x for a small dense M. */
    static double[] times(DMatrixRMaj m, double[] x) {
        double[] out = new double[m.numRows];
        for (int i = 0; i < m.numRows; i++) {
            double s = 0;
            int base = i * m.numCols;
            for (int j = 0; j < m.numCols; j++) {
                s += m.data[base + j] * x[j];
            }
            out[i] = s;
        }
        return out;
    }

    static double sum(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x;
        }
        return s;
    }

    static double mean(double[] a) {
        return sum(a) / a.length;
    }

    /** Largest entry (-Infinity for an empty array). */
    static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : a) {
            m = Math.max(m, x);
        }
        return m;
    }
}
