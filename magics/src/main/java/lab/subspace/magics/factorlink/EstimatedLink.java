package lab.subspace.magics.factorlink;

import lab.subspace.numerics.stats.MonotoneCubic;

/**
 * A link estimated from data: kernel ridge regression projected onto non-decreasing functions and
 * stored as a monotone C^1 cubic (see {@link LinkRegression}). Linear beyond the data range.
 *
 * <pre>{@code
 * EstimatedLink g = fit.link();
 * double[] curve = g.values(grid);
 * }</pre>
 *
 * @param curve the monotone interpolant
 * @param zMin  smallest index value z the link was fitted on
 * @param zMax  largest index value z the link was fitted on
 */
public record EstimatedLink(MonotoneCubic curve, double zMin, double zMax) implements LinkFunction {

    @Override
    public double value(double z) {
        return curve.value(z);
    }

    @Override
    public double derivative(double z) {
        return curve.derivative(z);
    }

    /** The link of the rescaled index u = z / scale: u -&gt; g(scale * u). */
    public EstimatedLink rescaled(double scale) {
        return new EstimatedLink(curve.stretched(scale), zMin / scale, zMax / scale);
    }

    /** {@code count} evenly spaced points over the fitted range [zMin, zMax]. */
    public double[] grid(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 points but count is " + count);
        }
        double[] t = new double[count];
        for (int k = 0; k < count; k++) {
            t[k] = zMin + (zMax - zMin) * k / (count - 1);
        }
        return t;
    }
}
