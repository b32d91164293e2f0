package lab.subspace.magics.factorlink;

/**
 * A monotone link g of the factor model Y_ij = g(f_i^T l_j) + noise ("Learning Nonlinear Factor
 * Models with Unknown Monotone Links from Incomplete and Noisy Data"): a known one ({@link Link})
 * or one estimated from data ({@link EstimatedLink}).
 *
 * <pre>{@code
 * LinkFunction g = Link.TANH;
 * double y = g.value(0.5), slope = g.derivative(0.5);
 * }</pre>
 */
public interface LinkFunction {

    /** g(z). */
    double value(double z);

    /** g'(z), used by the Gauss-Newton factor and loading steps. */
    double derivative(double z);

    /** g at every point of z (a new array). */
    default double[] values(double[] z) {
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = value(z[i]);
        }
        return out;
    }
}
