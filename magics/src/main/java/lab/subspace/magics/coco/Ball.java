package lab.subspace.magics.coco;

import java.util.Arrays;

/**
 * The closed ball {x : |x - c| &lt;= r}, as a convex set (exact projection) and as the constraint
 * g(x) = |x - c| - r. It is also the learner's domain X.
 *
 * <pre>{@code
 * Ball x = Ball.centred(3, 2.0);                 // radius-2 ball around the origin of R^3
 * }</pre>
 */
public final class Ball implements ConvexSet, Constraint {

    private final double[] centre;
    private final double radius;

    /** @throws IllegalArgumentException for non-finite values or a negative radius */
    public Ball(double[] centre, double radius) {
        this.centre = Vectors.checked("ball centre", centre, -1);
        if (!(radius >= 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("ball radius must be finite and >= 0 but is " + radius);
        }
        this.radius = radius;
    }

    /** The ball of the given radius around the origin of R^dimension. */
    public static Ball centred(int dimension, double radius) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be >= 1 but is " + dimension);
        }
        return new Ball(new double[dimension], radius);
    }

    public double[] centre() {
        return centre.clone();
    }

    public double radius() {
        return radius;
    }

    /** 2 r. */
    public double diameter() {
        return 2 * radius;
    }

    @Override
    public int dimension() {
        return centre.length;
    }

    @Override
    public double value(double[] x) {
        return Vectors.distance(x, centre) - radius;
    }

    @Override
    public double[] gradient(double[] x) {
        double n = Vectors.distance(x, centre);
        double[] g = new double[x.length];
        if (n > 0) {
            for (int i = 0; i < x.length; i++) {
                g[i] = (x[i] - centre[i]) / n;
            }
        }
        return g;
    }

    @Override
    public ConvexSet set(double[] at) {
        return this;
    }

    @Override
    public void project(double[] y, double[] out) {
        double n = Vectors.distance(y, centre);
        double scale = n > radius ? radius / n : 1;
        for (int i = 0; i < y.length; i++) {
            out[i] = centre[i] + scale * (y[i] - centre[i]);
        }
    }

    @Override
    public double distance(double[] x) {
        return Math.max(0, value(x));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ball b && b.radius == radius && Arrays.equals(b.centre, centre);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(centre) + Double.hashCode(radius);
    }

    @Override
    public String toString() {
        return "Ball(" + Arrays.toString(centre) + ", " + radius + ")";
    }
}
