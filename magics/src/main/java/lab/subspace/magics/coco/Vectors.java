package lab.subspace.magics.coco;

/** Small dense-vector helpers for the low-dimensional points of online optimisation. */
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

    static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** Throws naming the first non-finite entry or a length mismatch. */
    static double[] checked(String name, double[] v, int dimension) {
        if (v == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        if (dimension >= 0 && v.length != dimension) {
            throw new IllegalArgumentException(name + " has length " + v.length + " but the dimension is " + dimension);
        }
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(name + " contains " + v[i] + " at index " + i);
            }
        }
        return v.clone();
    }
}
