package lab.subspace.magics.coco;

import java.util.Arrays;

/**
 * The half-space {x : a.x &lt;= b}, as a convex set (exact projection) and as the linear constraint
 * g(x) = a.x - b. Equal half-spaces (same a and b) are added to a running intersection once.
 *
 * <pre>{@code
 * HalfSpace h = new HalfSpace(new double[] {0, 1}, 0);    // x_2 <= 0
 * h.value(new double[] {3, 2});                           // 2
 * }</pre>
 */
public final class HalfSpace implements ConvexSet, Constraint {

    private final double[] normal;
    private final double offset;
    private final double normal2;

    /**
     * @param normal a (copied); a zero normal with b &gt;= 0 is the whole space
     * @param offset b
     * @throws IllegalArgumentException for non-finite values, or a zero normal with b &lt; 0 (empty set)
     */
    public HalfSpace(double[] normal, double offset) {
        this.normal = Vectors.checked("half-space normal", normal, -1);
        if (!Double.isFinite(offset)) {
            throw new IllegalArgumentException("half-space offset is " + offset);
        }
        this.offset = offset;
        this.normal2 = Vectors.dot(normal, normal);
        if (normal2 == 0 && offset < 0) {
            throw new IllegalArgumentException("half-space 0.x <= " + offset + " is empty");
        }
    }

    public double[] normal() {
        return normal.clone();
    }

    public double offset() {
        return offset;
    }

    @Override
    public int dimension() {
        return normal.length;
    }

    @Override
    public double value(double[] x) {
        return Vectors.dot(normal, x) - offset;
    }

    @Override
    public double[] gradient(double[] x) {
        return normal.clone();
    }

    @Override
    public ConvexSet set(double[] at) {
        return this;
    }

    @Override
    public void project(double[] y, double[] out) {
        double excess = normal2 == 0 ? 0 : (Vectors.dot(normal, y) - offset) / normal2;
        for (int i = 0; i < y.length; i++) {
            out[i] = excess > 0 ? y[i] - excess * normal[i] : y[i];
        }
    }

    @Override
    public double distance(double[] x) {
        return normal2 == 0 ? 0 : Math.max(0, value(x)) / Math.sqrt(normal2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HalfSpace h && h.offset == offset && Arrays.equals(h.normal, normal);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(normal) + Double.hashCode(offset);
    }

    @Override
    public String toString() {
        return "HalfSpace" + Arrays.toString(normal) + ".x <= " + offset;
    }
}
