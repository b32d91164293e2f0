package lab.subspace.magics.twistedsmc;

import org.ejml.data.DMatrixRMaj;

/**
 * A parametric twist psi_t(x) = exp(-x^T A_t x / 2 + b_t^T x) for t = 0 ... T (log-quadratic, so the
 * twisted kernel p(x_{t-1} | x_t) psi_{t-1}(x_{t-1}) / Zhat(x_t) is Gaussian and Zhat is closed form).
 * A_t may be indefinite as long as I / beta_t + A_{t-1} stays positive definite (checked by the sampler).
 *
 * <pre>{@code
 * GaussianTwist none = GaussianTwist.none(50, 1);          // the base sampler
 * double logPsi = twist.logValue(0, new double[] {1.2}, 0);
 * }</pre>
 */
public final class GaussianTwist {

    private final int d;
    private final double[][] a;
    private final double[][] b;

    GaussianTwist(double[][] a, double[][] b, int d) {
        this.a = a;
        this.b = b;
        this.d = d;
    }

    /** The flat twist psi = 1 (A = 0, b = 0) at every step: proposals are the base kernels. */
    public static GaussianTwist none(int steps, int dimension) {
        return new GaussianTwist(new double[steps + 1][dimension * dimension], new double[steps + 1][dimension], dimension);
    }

    /**
     * A twist from its parameters (copied).
     *
     * @param a A_t for t = 0 ... T, each d x d symmetric
     * @param b b_t for t = 0 ... T, each of length d
     */
    public static GaussianTwist of(DMatrixRMaj[] a, double[][] b) {
        if (a.length != b.length || a.length < 2) {
            throw new IllegalArgumentException("a twist needs the same number (>= 2) of A_t and b_t but got " + a.length + " and " + b.length);
        }
        int d = b[0].length;
        double[][] aa = new double[a.length][];
        double[][] bb = new double[a.length][];
        for (int t = 0; t < a.length; t++) {
            if (a[t].numRows != d || a[t].numCols != d || b[t].length != d) {
                throw new IllegalArgumentException("A_" + t + " must be " + d + " x " + d + " and b_" + t + " of length " + d + " but they are "
                        + a[t].numRows + " x " + a[t].numCols + " and " + b[t].length);
            }
            aa[t] = a[t].data.clone();
            bb[t] = b[t].clone();
            for (int i = 0; i < d * d; i++) {
                if (!Double.isFinite(aa[t][i])) {
                    throw new IllegalArgumentException("A_" + t + " is not finite");
                }
            }
        }
        return new GaussianTwist(aa, bb, d);
    }

    /** T (the twist has T + 1 factors). */
    public int steps() {
        return a.length - 1;
    }

    public int dimension() {
        return d;
    }

    /** A_t (a copy). */
    public DMatrixRMaj a(int t) {
        return new DMatrixRMaj(d, d, true, a[t]);
    }

    /** b_t (a copy). */
    public double[] b(int t) {
        return b[t].clone();
    }

    double[] aData(int t) {
        return a[t];
    }

    double[] bData(int t) {
        return b[t];
    }

    /** log psi_t(x) for the point x[off .. off + d). */
    public double logValue(int t, double[] x, int off) {
        double s = -0.5 * SmallSpd.quadratic(a[t], x, off, d);
        for (int i = 0; i < d; i++) {
            s += b[t][i] * x[off + i];
        }
        return s;
    }
}
