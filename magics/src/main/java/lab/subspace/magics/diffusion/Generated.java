package lab.subspace.magics.diffusion;

import org.ejml.data.DMatrixRMaj;

/**
 * Samples from the reverse-time sampler.
 *
 * @param points  m x D generated points E[x_0 | x_{t0}] (a copy is returned)
 * @param times   the time grid tMax = times[0] &gt; ... &gt; times[steps] = t0 (a copy is returned)
 * @param options the sampler settings used
 * @param seed    the seed of the initial noise (and of the DDPM noise)
 */
public record Generated(DMatrixRMaj points, double[] times, SamplerOptions options, long seed) {

    @Override
    public DMatrixRMaj points() {
        return points.copy();
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    /** Number of generated points. */
    public int count() {
        return points.numRows;
    }

    @Override
    public String toString() {
        return "Generated[" + points.numRows + " x " + points.numCols + ", " + options.method() + ", " + options.steps()
                + " steps, t0 = " + options.t0() + ", seed " + seed + "]";
    }
}
