package lab.subspace.magics.coco;

import java.util.List;

import lab.subspace.kernel.spi.Interrupts;

/**
 * Dykstra's alternating projection algorithm: the Euclidean projection onto an intersection of
 * closed convex sets from the projections onto each set (Boyle and Dykstra, 1986). Unlike plain
 * alternating projections, the correction terms make the limit the nearest point of the
 * intersection, not just some point of it.
 *
 * <pre>{@code
 * Projection p = Dykstra.project(List.of(Ball.centred(2, 1), new HalfSpace(new double[] {1, 0}, 0.5)),
 *         new double[] {2, 0}, 1e-10, 10_000);
 * p.point();        // (0.5, 0)
 * }</pre>
 */
public final class Dykstra {

    private Dykstra() {
    }

    /**
     * The result of a projection.
     *
     * @param point     the projected point
     * @param sweeps    passes over the sets
     * @param converged whether a pass moved the point by at most the tolerance while the point was
     *                  within the tolerance of every set (otherwise the sweep limit was reached)
     */
    public record Projection(double[] point, int sweeps, boolean converged) {

        public Projection {
            point = point.clone();
        }

        @Override
        public double[] point() {
            return point.clone();
        }
    }

    /**
     * Projects {@code y} onto the intersection of {@code sets}.
     *
     * @param sets      one or more sets of the same dimension as y (their intersection must not be empty)
     * @param y         the point (not modified)
     * @param tolerance stopping tolerance on the move per pass and on the distance to each set, &gt; 0
     * @param maxSweeps pass limit, &gt;= 1
     * @throws IllegalArgumentException for an empty list, mismatched dimensions or bad limits
     */
    public static Projection project(List<? extends ConvexSet> sets, double[] y, double tolerance, int maxSweeps) {
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("Dykstra needs at least one set");
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance must be > 0 but is " + tolerance);
        }
        if (maxSweeps < 1) {
            throw new IllegalArgumentException("maxSweeps must be >= 1 but is " + maxSweeps);
        }
        int d = y.length;
        for (int i = 0; i < sets.size(); i++) {
            if (sets.get(i).dimension() != d) {
                throw new IllegalArgumentException("set " + i + " has dimension " + sets.get(i).dimension() + " but y has " + d);
            }
        }
        double[] x = y.clone();
        if (sets.size() == 1) {
            sets.get(0).project(x, x);
            return new Projection(x, 1, true);
        }
        double[][] corrections = new double[sets.size()][d];
        double[] z = new double[d];
        double[] before = new double[d];
        for (int sweep = 1; sweep <= maxSweeps; sweep++) {
            Interrupts.check();
            System.arraycopy(x, 0, before, 0, d);
            for (int i = 0; i < sets.size(); i++) {
                double[] p = corrections[i];
                for (int j = 0; j < d; j++) {
                    z[j] = x[j] + p[j];
                }
                sets.get(i).project(z, x);
                for (int j = 0; j < d; j++) {
                    p[j] = z[j] - x[j];
                }
            }
            if (Vectors.distance(x, before) <= tolerance && maxDistance(sets, x) <= tolerance) {
                return new Projection(x, sweep, true);
            }
        }
        return new Projection(x, maxSweeps, false);
    }

    static double maxDistance(List<? extends ConvexSet> sets, double[] x) {
        double worst = 0;
        for (ConvexSet s : sets) {
            worst = Math.max(worst, s.distance(x));
        }
        return worst;
    }
}
