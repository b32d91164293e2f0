package lab.subspace.magics.merge;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.Products;

/** A full symmetric PSD curvature matrix (validated by {@link Curvature#full}). */
final class DenseCurvature implements Curvature {

    private final DMatrixRMaj h;

    DenseCurvature(DMatrixRMaj h) {
        this.h = h;
    }

    @Override
    public int dimension() {
        return h.numRows;
    }

    @Override
    public double[] apply(double[] v) {
        Matrices.requireLength("v", v, h.numRows);
        int d = h.numRows;
        double[] out = new double[d];
        for (int i = 0; i < d; i++) {
            double s = 0;
            int base = i * d;
            for (int j = 0; j < d; j++) {
                s += h.data[base + j] * v[j];
            }
            out[i] = s;
        }
        return out;
    }

    @Override
    public double quadratic(double[] v) {
        double[] hv = apply(v);
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += v[i] * hv[i];
        }
        return s;
    }

    @Override
    public DMatrixRMaj restrict(DMatrixRMaj u) {
        Matrices.requireRows("U", u, h.numRows);
        DMatrixRMaj hu = Products.mult(h, u, null);
        DMatrixRMaj out = CommonOps_DDRM.multTransA(u, hu, null);
        // symmetrise away rounding so that eigen-solvers see an exactly symmetric matrix
        for (int a = 0; a < out.numRows; a++) {
            for (int b = 0; b < a; b++) {
                double m = 0.5 * (out.unsafe_get(a, b) + out.unsafe_get(b, a));
                out.unsafe_set(a, b, m);
                out.unsafe_set(b, a, m);
            }
        }
        return out;
    }

    @Override
    public double[] diagonalEntries() {
        double[] out = new double[h.numRows];
        for (int i = 0; i < out.length; i++) {
            out[i] = h.unsafe_get(i, i);
        }
        return out;
    }

    @Override
    public DMatrixRMaj matrix() {
        return h.copy();
    }

    @Override
    public double trace() {
        return CommonOps_DDRM.trace(h);
    }

    @Override
    public boolean isDiagonal() {
        return false;
    }

    @Override
    public Curvature plusIdentity(double lambda) {
        DiagonalCurvature.requireDamping(lambda);
        DMatrixRMaj out = h.copy();
        for (int i = 0; i < out.numRows; i++) {
            out.unsafe_set(i, i, out.unsafe_get(i, i) + lambda);
        }
        return new DenseCurvature(out);
    }

    @Override
    public String toString() {
        return "Curvature.full[d=" + h.numRows + ", trace=" + trace() + "]";
    }
}
