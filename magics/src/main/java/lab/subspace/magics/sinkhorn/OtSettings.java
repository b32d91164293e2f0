package lab.subspace.magics.sinkhorn;

import lab.subspace.numerics.ot.SinkhornOptions;

/**
 * How {@link OtComparison} runs the methods. Start from {@link #defaults()}:
 * {@code OtSettings.defaults().withEps(0.01).withSlices(50).withSeed(7)}.
 *
 * @param eps      entropic regularisation of EOT and SROT as a fraction of the largest cost
 *                 (eps = 0.01 means 0.01 * max C), so that one value fits data at any scale
 * @param slices   number L of random projection directions (SROT's reference and SOT)
 * @param seed     seed of the directions
 * @param sinkhorn tolerance, iteration cap and the other Sinkhorn options
 */
public record OtSettings(double eps, int slices, long seed, SinkhornOptions sinkhorn) {

    public OtSettings {
        if (!(eps > 0) || Double.isInfinite(eps)) {
            throw new IllegalArgumentException("eps must be a positive fraction of the largest cost, got " + eps);
        }
        if (slices < 1) {
            throw new IllegalArgumentException("the number of slices L must be at least 1, got " + slices);
        }
        if (sinkhorn == null) {
            throw new IllegalArgumentException("Sinkhorn options are null");
        }
    }

    /** eps = 0.05 max C, L = 100 directions, seed 0, Sinkhorn defaults (tol 1e-9, 10 000 sweeps). */
    public static OtSettings defaults() {
        return new OtSettings(0.05, 100, 0L, SinkhornOptions.defaults());
    }

    public OtSettings withEps(double value) {
        return new OtSettings(value, slices, seed, sinkhorn);
    }

    public OtSettings withSlices(int value) {
        return new OtSettings(eps, value, seed, sinkhorn);
    }

    public OtSettings withSeed(long value) {
        return new OtSettings(eps, slices, value, sinkhorn);
    }

    public OtSettings withSinkhorn(SinkhornOptions value) {
        return new OtSettings(eps, slices, seed, value);
    }
}
