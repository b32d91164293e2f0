package lab.subspace.magics.coco;

/**
 * A closed convex set with a closed-form Euclidean projection: the pieces whose intersection
 * {@link Dykstra} projects onto.
 *
 * <pre>{@code
 * ConvexSet s = new HalfSpace(new double[] {1, 0}, 0.5);
 * double[] p = new double[2];
 * s.project(new double[] {2, 1}, p);     // p = (0.5, 1)
 * }</pre>
 */
public interface ConvexSet {

    /** Dimension of the points. */
    int dimension();

    /**
     * Writes the projection of {@code y} onto the set into {@code out} ({@code y} is not modified;
     * {@code out} may be {@code y}).
     */
    void project(double[] y, double[] out);

    /** Euclidean distance from {@code x} to the set (0 inside). */
    double distance(double[] x);
}
