package lab.subspace.magics.coco;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The running intersection S_t = X &cap; {g_1 &lt;= 0} &cap; ... &cap; {g_t &lt;= 0} of the sets revealed
 * so far, with the round each set was first revealed (equal sets are kept once). Projection runs
 * {@link Dykstra} on a working set - the sets the point violates, grown by any set the result still
 * violates - which gives the projection onto the whole intersection (the nearest point of a
 * superset that lies in the set is the nearest point of the set) at the cost of a feasibility
 * check over all sets.
 *
 * <pre>{@code
 * NestedRegion s = new NestedRegion(Ball.centred(2, 1), 1e-10, 10_000);
 * s.add(new HalfSpace(new double[] {1, 0}, 0.5), 1);
 * Dykstra.Projection p = s.project(new double[] {2, 0});   // (0.5, 0)
 * }</pre>
 */
public final class NestedRegion {

    private final Ball domain;
    private final double tolerance;
    private final int maxSweeps;
    private final List<ConvexSet> sets = new ArrayList<>();
    private final List<Integer> rounds = new ArrayList<>();
    private final Set<ConvexSet> seen = new HashSet<>();

    /**
     * @param domain    X (always part of the intersection)
     * @param tolerance feasibility and Dykstra tolerance, &gt; 0
     * @param maxSweeps Dykstra pass limit per projection, &gt;= 1
     */
    public NestedRegion(Ball domain, double tolerance, int maxSweeps) {
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance must be > 0 but is " + tolerance);
        }
        if (maxSweeps < 1) {
            throw new IllegalArgumentException("maxSweeps must be >= 1 but is " + maxSweeps);
        }
        this.domain = domain;
        this.tolerance = tolerance;
        this.maxSweeps = maxSweeps;
        sets.add(domain);
        rounds.add(0);
        seen.add(domain);
    }

    /** Adds a set revealed in {@code round}; returns false when an equal set is already present. */
    public boolean add(ConvexSet set, int round) {
        if (set.dimension() != domain.dimension()) {
            throw new IllegalArgumentException("set has dimension " + set.dimension() + " but X has " + domain.dimension());
        }
        if (!seen.add(set)) {
            return false;
        }
        sets.add(set);
        rounds.add(round);
        return true;
    }

    /** X. */
    public Ball domain() {
        return domain;
    }

    /** The feasibility and Dykstra tolerance. */
    public double tolerance() {
        return tolerance;
    }

    /** Number of distinct sets, X included. */
    public int size() {
        return sets.size();
    }

    /** The region as it was after {@code round}: the sets revealed in rounds &lt;= round. */
    public NestedRegion upTo(int round) {
        NestedRegion r = new NestedRegion(domain, tolerance, maxSweeps);
        for (int i = 1; i < sets.size(); i++) {
            if (rounds.get(i) <= round) {
                r.add(sets.get(i), rounds.get(i));
            }
        }
        return r;
    }

    /** Largest distance from x to one of the sets. */
    public double violation(double[] x) {
        return Dykstra.maxDistance(sets, x);
    }

    /** The projection of y onto the intersection (y itself when it is within the tolerance of every set). */
    public Dykstra.Projection project(double[] y) {
        List<ConvexSet> working = new ArrayList<>();
        Set<ConvexSet> in = new HashSet<>();
        collectViolated(y, working, in);
        if (working.isEmpty()) {
            return new Dykstra.Projection(y, 0, true);
        }
        int sweeps = 0;
        while (true) {
            Dykstra.Projection p = Dykstra.project(working, y, tolerance, maxSweeps);
            sweeps += p.sweeps();
            int before = working.size();
            collectViolated(p.point(), working, in);
            if (working.size() == before || !p.converged()) {
                return new Dykstra.Projection(p.point(), sweeps, p.converged() && working.size() == before);
            }
        }
    }

    private void collectViolated(double[] x, List<ConvexSet> working, Set<ConvexSet> in) {
        for (ConvexSet s : sets) {
            if (s.distance(x) > tolerance && in.add(s)) {
                working.add(s);
            }
        }
    }
}
