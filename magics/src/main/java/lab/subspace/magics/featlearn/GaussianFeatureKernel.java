package lab.subspace.magics.featlearn;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.Parallel;
import lab.subspace.numerics.linalg.Products;
import lab.subspace.numerics.nn.Activation;
import lab.subspace.numerics.stats.GaussHermite;

/**
 * The infinite-width feature kernel k(x, x') = E_w[sigma(w^T x) sigma(w^T x')] for weights
 * w ~ N(0, C): the kernel a two-layer network's features converge to when N grows with the
 * neurons drawn from N(0, C). With C = I/d it is the random-features kernel before training; with
 * the spiked C of {@link SpikedCovariance} it is the data-adaptive kernel of "How does feature
 * learning reshape the function space?" after one large step.
 *
 * <p>(u, v) = (w^T x, w^T x') is centred Gaussian with variances x^T C x, x'^T C x' and covariance
 * x^T C x', so k depends only on these three numbers. Closed forms: ReLU (the arc-cosine kernel of
 * Cho and Saul), erf (Williams' arcsine kernel) and the identity; other activations use a 2-D
 * Gauss-Hermite rule with {@value #QUADRATURE_NODES}^2 nodes.
 *
 * <pre>{@code
 * GaussianFeatureKernel k = GaussianFeatureKernel.of(Activation.RELU, spiked.matrix());
 * DMatrixRMaj K = k.gram(X);            // n x n, K_ij = k(x_i, x_j)
 * }</pre>
 */
public final class GaussianFeatureKernel {

    /** Nodes per dimension of the quadrature used for activations without a closed form. */
    public static final int QUADRATURE_NODES = 32;

    private final Activation activation;
    private final DMatrixRMaj covariance;
    private final double[] nodes;
    private final double[] weights;

    private GaussianFeatureKernel(Activation activation, DMatrixRMaj covariance, GaussHermite rule) {
        this.activation = activation;
        this.covariance = covariance;
        this.nodes = rule == null ? null : rule.nodes();
        this.weights = rule == null ? null : rule.weights();
    }

    /** The kernel of sigma under w ~ N(0, C); C is copied. */
    public static GaussianFeatureKernel of(Activation activation, DMatrixRMaj covariance) {
        if (activation == null) {
            throw new IllegalArgumentException("activation must not be null");
        }
        lab.subspace.numerics.linalg.Spd.requireSymmetric("C", covariance);
        boolean closed = activation == Activation.RELU || activation == Activation.ERF || activation == Activation.IDENTITY;
        return new GaussianFeatureKernel(activation, covariance.copy(), closed ? null : GaussHermite.of(QUADRATURE_NODES));
    }

    /** The activation sigma. */
    public Activation activation() {
        return activation;
    }

    /** Input dimension d. */
    public int dimension() {
        return covariance.numRows;
    }

    /** K_ij = k(x_i, x_j) for the rows of X: n x n. */
    public DMatrixRMaj gram(DMatrixRMaj x) {
        return gram(x, x);
    }

    /** K_ij = k(x_i, y_j): n x m. */
    public DMatrixRMaj gram(DMatrixRMaj x, DMatrixRMaj y) {
        requireInputs("X", x);
        requireInputs("Y", y);
        Memory.requireMatrices(x.numRows, y.numRows, 2, "kernel matrix");
        DMatrixRMaj xc = Products.mult(x, covariance, null);
        DMatrixRMaj cross = Products.multTransB(xc, y, null);             // x_i^T C y_j
        double[] px = quadraticForms(xc, x);
        double[] py = quadraticForms(Products.mult(y, covariance, null), y);
        int m = y.numRows;
        Parallel.forRange(x.numRows, Math.max(1, 4096 / Math.max(1, m)), null, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                Interrupts.check();
                for (int j = 0; j < m; j++) {
                    cross.data[i * m + j] = value(px[i], py[j], cross.data[i * m + j]);
                }
            }
        });
        return cross;
    }

    /**
     * E[sigma(u) sigma(v)] for centred Gaussian (u, v) with Var u = p, Var v = q, Cov(u, v) = c.
     *
     * @throws IllegalArgumentException if p or q is negative or |c| exceeds sqrt(p q) by more than rounding
     */
    public double value(double p, double q, double c) {
        if (!(p >= 0) || !(q >= 0)) {
            throw new IllegalArgumentException("variances must be >= 0 but are " + p + " and " + q);
        }
        double sd = Math.sqrt(p * q);
        if (Math.abs(c) > sd * (1 + 1e-9) + 1e-300) {
            throw new IllegalArgumentException("covariance " + c + " exceeds sqrt(p q) = " + sd);
        }
        double rho = sd == 0 ? 0 : Math.max(-1, Math.min(1, c / sd));
        switch (activation) {
            case IDENTITY:
                return c;
            case RELU: {
                double theta = Math.acos(rho);
                return sd / (2 * Math.PI) * (Math.sin(theta) + (Math.PI - theta) * rho);
            }
            case ERF:
                return 2 / Math.PI * Math.asin(2 * c / Math.sqrt((1 + 2 * p) * (1 + 2 * q)));
            default:
                return quadrature(Math.sqrt(p), Math.sqrt(q), rho);
        }
    }

    /** u = sqrt(p) g1, v = sqrt(q) (rho g1 + sqrt(1 - rho^2) g2) with independent standard normals. */
    private double quadrature(double su, double sv, double rho) {
        double[] x = nodes;
        double[] w = weights;
        double perp = Math.sqrt(Math.max(0, 1 - rho * rho));
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            double fu = activation.apply(su * x[i]);
            double inner = 0;
            for (int j = 0; j < x.length; j++) {
                inner += w[j] * activation.apply(sv * (rho * x[i] + perp * x[j]));
            }
            total += w[i] * fu * inner;
        }
        return total;
    }

    private static double[] quadraticForms(DMatrixRMaj xc, DMatrixRMaj x) {
        double[] out = new double[x.numRows];
        for (int i = 0; i < x.numRows; i++) {
            double s = 0;
            int off = i * x.numCols;
            for (int k = 0; k < x.numCols; k++) {
                s += xc.data[off + k] * x.data[off + k];
            }
            out[i] = s;
        }
        return out;
    }

    private void requireInputs(String name, DMatrixRMaj x) {
        Matrices.requireNonEmpty(name, x);
        Matrices.requireFinite(name, x);
        if (x.numCols != dimension()) {
            throw new IllegalArgumentException(name + " has " + x.numCols + " columns but the weight covariance is "
                    + dimension() + " x " + dimension());
        }
    }
}
