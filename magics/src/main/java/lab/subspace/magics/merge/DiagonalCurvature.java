package lab.subspace.magics.merge;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.Memory;

/** H = diag(h): what a diagonal Fisher gives for a network too large for a full curvature. */
final class DiagonalCurvature implements Curvature {

    private final double[] h;

    private DiagonalCurvature(double[] h) {
        this.h = h;
    }

    static DiagonalCurvature of(double[] h) {
        if (h == null || h.length == 0) {
            throw new IllegalArgumentException("a diagonal curvature needs at least one entry");
        }
        Matrices.requireFinite("curvature diagonal", h);
        for (int i = 0; i < h.length; i++) {
            if (h[i] < 0) {
                throw new IllegalArgumentException("curvature diagonal must be >= 0 but entry " + i + " is " + h[i]);
            }
        }
        return new DiagonalCurvature(h.clone());
    }

    @Override
    public int dimension() {
        return h.length;
    }

    @Override
    public double[] apply(double[] v) {
        Matrices.requireLength("v", v, h.length);
        double[] out = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            out[i] = h[i] * v[i];
        }
        return out;
    }

    @Override
    public double quadratic(double[] v) {
        Matrices.requireLength("v", v, h.length);
        double s = 0;
        for (int i = 0; i < h.length; i++) {
            s += h[i] * v[i] * v[i];
        }
        return s;
    }

    @Override
    public DMatrixRMaj restrict(DMatrixRMaj u) {
        Matrices.requireRows("U", u, h.length);
        int r = u.numCols;
        DMatrixRMaj out = new DMatrixRMaj(r, r);
        double[] row = new double[r];
        for (int i = 0; i < h.length; i++) {
            if (h[i] == 0) {
                continue;
            }
            int base = i * r;
            for (int a = 0; a < r; a++) {
                row[a] = u.data[base + a];
            }
            for (int a = 0; a < r; a++) {
                double ha = h[i] * row[a];
                for (int b = a; b < r; b++) {
                    out.data[a * r + b] += ha * row[b];
                }
            }
        }
        for (int a = 0; a < r; a++) {
            for (int b = 0; b < a; b++) {
                out.data[a * r + b] = out.data[b * r + a];
            }
        }
        return out;
    }

    @Override
    public double[] diagonalEntries() {
        return h.clone();
    }

    @Override
    public DMatrixRMaj matrix() {
        Memory.requireDoubles((long) h.length * h.length, "curvature matrix " + h.length + " x " + h.length);
        DMatrixRMaj m = new DMatrixRMaj(h.length, h.length);
        for (int i = 0; i < h.length; i++) {
            m.unsafe_set(i, i, h[i]);
        }
        return m;
    }

    @Override
    public double trace() {
        double s = 0;
        for (double x : h) {
            s += x;
        }
        return s;
    }

    @Override
    public boolean isDiagonal() {
        return true;
    }

    @Override
    public Curvature plusIdentity(double lambda) {
        requireDamping(lambda);
        double[] out = h.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += lambda;
        }
        return new DiagonalCurvature(out);
    }

    static void requireDamping(double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("damping must be finite and >= 0 but is " + lambda);
        }
    }

    @Override
    public String toString() {
        return "Curvature.diagonal[d=" + h.length + ", trace=" + trace() + "]";
    }
}
