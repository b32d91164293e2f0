package lab.subspace.magics.featlearn;

import org.ejml.data.DMatrixRMaj;

/** Small dense-vector helpers used across the package. */
final class Vectors {

    private Vectors() {
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** X v for an n x d X and a length-d v. */
    static double[] times(DMatrixRMaj x, double[] v) {
        double[] out = new double[x.numRows];
        for (int i = 0; i < x.numRows; i++) {
            double s = 0;
            int off = i * x.numCols;
            for (int j = 0; j < x.numCols; j++) {
                s += x.data[off + j] * v[j];
            }
            out[i] = s;
        }
        return out;
    }

    /** v - mean(v). */
    static double[] centered(double[] v) {
        double m = 0;
        for (double x : v) {
            m += x;
        }
        m /= v.length;
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] - m;
        }
        return out;
    }

    /** v / |v| (a zero vector stays zero). */
    static double[] unit(double[] v) {
        double n = Math.sqrt(dot(v, v));
        double[] out = v.clone();
        if (n > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] /= n;
            }
        }
        return out;
    }

    /** Squared cosine between a and b (0 if either is zero). */
    static double cos2(double[] a, double[] b) {
        double aa = dot(a, a);
        double bb = dot(b, b);
        if (aa == 0 || bb == 0) {
            return 0;
        }
        double ab = dot(a, b);
        return ab * ab / (aa * bb);
    }
}
