package lab.subspace.magics.coco;

/**
 * The two loss classes of the experiments: alpha-strongly convex quadratics and (merely convex)
 * linear losses.
 *
 * <pre>{@code
 * Loss f = Losses.quadratic(1.0, new double[] {0.5, 0});   // 1/2 |x - c|^2
 * Loss l = Losses.linear(new double[] {-1, 0});            // -x_1
 * }</pre>
 */
public final class Losses {

    private Losses() {
    }

    /** f(x) = alpha/2 |x - c|^2, alpha-strongly convex. */
    public static Loss quadratic(double alpha, double[] centre) {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and > 0 but is " + alpha);
        }
        double[] c = Vectors.checked("loss centre", centre, -1);
        return new Loss() {
            public double value(double[] x) {
                double d = Vectors.distance(x, c);
                return 0.5 * alpha * d * d;
            }

            public double[] gradient(double[] x) {
                double[] g = new double[c.length];
                for (int i = 0; i < g.length; i++) {
                    g[i] = alpha * (x[i] - c[i]);
                }
                return g;
            }
        };
    }

    /** f(x) = w.x, convex but not strongly convex, |w|-Lipschitz. */
    public static Loss linear(double[] weights) {
        double[] w = Vectors.checked("loss weights", weights, -1);
        return new Loss() {
            public double value(double[] x) {
                return Vectors.dot(w, x);
            }

            public double[] gradient(double[] x) {
                return w.clone();
            }
        };
    }
}
