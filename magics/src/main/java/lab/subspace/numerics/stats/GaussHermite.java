package lab.subspace.numerics.stats;

import java.util.function.DoubleUnaryOperator;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.linalg.Spd;
import lab.subspace.numerics.linalg.SymmetricEigen;

/**
 * Gauss-Hermite quadrature for expectations under the standard normal: E[f(g)], g ~ N(0, 1), is
 * approximated by sum_i w_i f(x_i), exact for polynomials of degree up to 2m - 1 with m nodes.
 * Nodes and weights come from the Golub-Welsch eigenproblem of the Jacobi matrix of the
 * probabilists' Hermite polynomials (off-diagonal sqrt(k)); the weights are the squared first
 * components of its eigenvectors.
 *
 * <pre>{@code
 * GaussHermite q = GaussHermite.of(40);
 * double m1 = q.expectation(z -> Math.max(z, 0) * z);    // E[relu(g) g] = 1/2
 * }</pre>
 */
public final class GaussHermite {

    /** Largest supported number of nodes (beyond it the smallest weights underflow). */
    public static final int MAX_NODES = 200;

    private final double[] nodes;
    private final double[] weights;

    private GaussHermite(double[] nodes, double[] weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    /**
     * The m-node rule.
     *
     * @throws IllegalArgumentException unless 1 &lt;= m &lt;= {@value #MAX_NODES}
     */
    public static GaussHermite of(int m) {
        if (m < 1 || m > MAX_NODES) {
            throw new IllegalArgumentException("number of nodes must be in [1, " + MAX_NODES + "] but is " + m);
        }
        DMatrixRMaj jacobi = new DMatrixRMaj(m, m);
        for (int k = 1; k < m; k++) {
            jacobi.set(k - 1, k, Math.sqrt(k));
            jacobi.set(k, k - 1, Math.sqrt(k));
        }
        SymmetricEigen e = Spd.eigen(jacobi);
        double[] x = new double[m];
        double[] w = new double[m];
        double total = 0;
        for (int i = 0; i < m; i++) {
            x[i] = e.values()[i];
            double v = e.vectors().get(0, i);
            w[i] = v * v;
            total += w[i];
        }
        for (int i = 0; i < m; i++) {
            w[i] /= total; // removes rounding in the eigenvector norms: the weights sum to 1
        }
        return new GaussHermite(x, w);
    }

    /** Nodes, ascending (a copy). */
    public double[] nodes() {
        return nodes.clone();
    }

    /** Weights (a copy); they sum to 1. */
    public double[] weights() {
        return weights.clone();
    }

    /** Number of nodes. */
    public int size() {
        return nodes.length;
    }

    /** E[f(g)] for g ~ N(0, 1). */
    public double expectation(DoubleUnaryOperator f) {
        double s = 0;
        for (int i = 0; i < nodes.length; i++) {
            s += weights[i] * f.applyAsDouble(nodes[i]);
        }
        return s;
    }
}
