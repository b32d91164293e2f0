package lab.subspace.magics.sinkhorn;

import java.util.Arrays;

import lab.subspace.numerics.ot.SinkhornOptions;

/**
 * Settings of a gradient flow: {@code FlowSettings.defaults().withSteps(40).withEps(0.01)}.
 *
 * @param steps     number of gradient steps
 * @param stepSize  tau in x_i <- x_i - tau * grad_i / a_i (the same for every method)
 * @param eps       regularisation of the SROT and EOT divergences, as a fraction of the largest
 *                  cost between the start and the target (then fixed for the whole flow)
 * @param slices    directions L per step (SROT's reference and the sliced gradient), redrawn every step
 * @param seed      seed of the directions
 * @param snapshots steps whose points are kept (a copy is returned); steps beyond {@code steps} are ignored
 * @param sinkhorn  options of the Sinkhorn solves inside the divergences (default: tolerance 1e-9, at
 *                  most 2000 sweeps; a step whose solve stops at the cap is counted in the report)
 */
public record FlowSettings(int steps, double stepSize, double eps, int slices, long seed, int[] snapshots,
                           SinkhornOptions sinkhorn) {

    public FlowSettings {
        if (steps < 1) {
            throw new IllegalArgumentException("a flow needs at least one step, got " + steps);
        }
        if (!(stepSize > 0) || Double.isInfinite(stepSize)) {
            throw new IllegalArgumentException("the step size must be positive, got " + stepSize);
        }
        if (!(eps > 0) || Double.isInfinite(eps)) {
            throw new IllegalArgumentException("eps must be a positive fraction of the largest cost, got " + eps);
        }
        if (slices < 1) {
            throw new IllegalArgumentException("the number of slices L must be at least 1, got " + slices);
        }
        snapshots = Arrays.stream(snapshots).filter(s -> s >= 0 && s <= steps).distinct().sorted().toArray();
        if (sinkhorn == null) {
            throw new IllegalArgumentException("Sinkhorn options are null");
        }
    }

    /** 30 steps of size 0.2, eps = 0.01 max C, L = 50, seed 0, snapshots at steps 0, 3, 10 and 30. */
    public static FlowSettings defaults() {
        return new FlowSettings(30, 0.2, 0.01, 50, 0L, new int[] {0, 3, 10, 30}, SinkhornOptions.defaults().withMaxIter(2000));
    }

    @Override
    public int[] snapshots() {
        return snapshots.clone();
    }

    public FlowSettings withSteps(int value) {
        return new FlowSettings(value, stepSize, eps, slices, seed, snapshots, sinkhorn);
    }

    public FlowSettings withStepSize(double value) {
        return new FlowSettings(steps, value, eps, slices, seed, snapshots, sinkhorn);
    }

    public FlowSettings withEps(double value) {
        return new FlowSettings(steps, stepSize, value, slices, seed, snapshots, sinkhorn);
    }

    public FlowSettings withSlices(int value) {
        return new FlowSettings(steps, stepSize, eps, value, seed, snapshots, sinkhorn);
    }

    public FlowSettings withSeed(long value) {
        return new FlowSettings(steps, stepSize, eps, slices, value, snapshots, sinkhorn);
    }

    public FlowSettings withSnapshots(int... value) {
        return new FlowSettings(steps, stepSize, eps, slices, seed, value, sinkhorn);
    }

    public FlowSettings withSinkhorn(SinkhornOptions value) {
        return new FlowSettings(steps, stepSize, eps, slices, seed, snapshots, value);
    }
}
