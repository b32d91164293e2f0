package lab.subspace.magics.sinkhorn;

import java.util.List;

/**
 * The plan-accuracy experiment ({@code %sinkhorn accuracy}): EOT, SROT and SOT against exact OT as
 * eps and the number of slices L vary, averaged over several random problems.
 *
 * <pre>{@code
 * AccuracyReport r = AccuracySweep.synthetic(200, 3, new double[] {0.1, 0.01, 0.001}, new int[] {10, 100}, 0L);
 * double gain = r.costError(OtMethod.EOT, 0.1, 0) / r.costError(OtMethod.SROT, 0.1, 100);
 * }</pre>
 *
 * @param n         points per cloud
 * @param problems  number of random problems averaged
 * @param eps       the eps values (fractions of max C), as given (a copy is returned)
 * @param slices    the numbers of slices L, as given (a copy is returned)
 * @param points    one point per (method, L, eps); SOT once per L
 * @param seconds   wall-clock time of the sweep
 */
public record AccuracyReport(int n, int problems, double[] eps, int[] slices, List<AccuracyPoint> points, double seconds) {

    public AccuracyReport {
        eps = eps.clone();
        slices = slices.clone();
        points = List.copyOf(points);
    }

    @Override
    public double[] eps() {
        return eps.clone();
    }

    @Override
    public int[] slices() {
        return slices.clone();
    }

    /** The point of {@code method} at {@code eps} (ignored for SOT) with {@code slices} (ignored for EOT). */
    public AccuracyPoint point(OtMethod method, double eps, int slices) {
        return points.stream().filter(p -> p.method() == method
                        && (method == OtMethod.SOT || p.eps() == eps)
                        && (method == OtMethod.EOT || p.slices() == slices))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("the sweep has no " + method.label()
                        + (method == OtMethod.SOT ? "" : " at eps = " + eps) + (method == OtMethod.EOT ? "" : " with L = " + slices)));
    }

    /** The mean relative cost error of {@code method} (see {@link #point}). */
    public double costError(OtMethod method, double eps, int slices) {
        return point(method, eps, slices).costError();
    }

    /** The mean L1 distance of the plan to the exact plan (see {@link #point}). */
    public double planL1(OtMethod method, double eps, int slices) {
        return point(method, eps, slices).planL1();
    }
}
