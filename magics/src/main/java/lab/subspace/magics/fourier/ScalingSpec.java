package lab.subspace.magics.fourier;

import java.util.Arrays;

/**
 * Settings of the steps-to-learn scan: for every spectral exponent alpha and every side N, online
 * SGD on the phase-only task (class 1 vs its phase-scrambled copy) from {@code seeds} initialisations,
 * with learning rate eta / D^lrPower (D = N for lines, N^2 for textures). lrPower = 2 is the step
 * size under which online SGD needs of order D^3 steps when the first informative statistic is of
 * order four.
 *
 * <pre>{@code
 * ScalingSpec s = ScalingSpec.defaults().withSizes(8, 12, 16).withAlphas(0, 1);
 * }</pre>
 *
 * @param dims         1 (signals) or 2 (textures)
 * @param sizes        sides N
 * @param alphas       spectral exponents
 * @param seeds        runs per (alpha, N)
 * @param eta          learning rate times D^lrPower
 * @param lrPower      exponent of the learning-rate scaling with the input dimension
 * @param maxSteps     steps before a run counts as not learned
 * @param testPerClass test samples per class
 * @param sgd          network width and threshold (its learning rate and step cap are replaced)
 * @param seed         base seed (task templates, test sets, initialisations)
 */
public record ScalingSpec(int dims, int[] sizes, double[] alphas, int seeds, double eta, double lrPower, long maxSteps, int testPerClass,
        SgdSpec sgd, long seed) {

    public ScalingSpec {
        if (dims != 1 && dims != 2) {
            throw new IllegalArgumentException("dims must be 1 or 2 but is " + dims);
        }
        if (sizes.length == 0 || alphas.length == 0) {
            throw new IllegalArgumentException("need at least one size and one alpha");
        }
        for (int n : sizes) {
            if (n < 2) {
                throw new IllegalArgumentException("sizes must be >= 2 but contain " + n);
            }
        }
        for (double a : alphas) {
            if (!(a >= 0) || !Double.isFinite(a)) {
                throw new IllegalArgumentException("alphas must be finite and >= 0 but contain " + a);
            }
        }
        if (seeds < 1 || testPerClass < 1) {
            throw new IllegalArgumentException("seeds and test samples must be >= 1 but are " + seeds + " and " + testPerClass);
        }
        if (!(eta > 0) || !Double.isFinite(eta)) {
            throw new IllegalArgumentException("eta must be finite and > 0 but is " + eta);
        }
        if (!(lrPower >= 0) || !Double.isFinite(lrPower)) {
            throw new IllegalArgumentException("the learning-rate power must be finite and >= 0 but is " + lrPower);
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("max steps must be >= 1 but is " + maxSteps);
        }
        sizes = sizes.clone();
        alphas = alphas.clone();
    }

    /** 1-D signals, N in {8, 10, 12, 14, 16}, alpha in {0, 0.5, 1, 1.5}, 5 seeds, eta 2, learning rate eta / N^2, at most 10^6 steps. */
    public static ScalingSpec defaults() {
        return new ScalingSpec(1, new int[] {8, 10, 12, 14, 16}, new double[] {0, 0.5, 1, 1.5}, 5, 2, 2, 1_000_000, 500,
                SgdSpec.defaults(), 0);
    }

    public ScalingSpec withDims(int dims) {
        return new ScalingSpec(dims, sizes, alphas, seeds, eta, lrPower, maxSteps, testPerClass, sgd, seed);
    }

    public ScalingSpec withSizes(int... sizes) {
        return new ScalingSpec(dims, sizes, alphas, seeds, eta, lrPower, maxSteps, testPerClass, sgd, seed);
    }

    public ScalingSpec withAlphas(double... alphas) {
        return new ScalingSpec(dims, sizes, alphas, seeds, eta, lrPower, maxSteps, testPerClass, sgd, seed);
    }

    public ScalingSpec withSeeds(int seeds) {
        return new ScalingSpec(dims, sizes, alphas, seeds, eta, lrPower, maxSteps, testPerClass, sgd, seed);
    }

    public ScalingSpec withEta(double eta) {
        return new ScalingSpec(dims, sizes, alphas, seeds, eta, lrPower, maxSteps, testPerClass, sgd, seed);
    }

    public ScalingSpec withLrPower(double lrPower) {
        return new ScalingSpec(dims, sizes, alphas, seeds, eta, lrPower, maxSteps, testPerClass, sgd, seed);
    }

    public ScalingSpec withMaxSteps(long maxSteps) {
        return new ScalingSpec(dims, sizes, alphas, seeds, eta, lrPower, maxSteps, testPerClass, sgd, seed);
    }

    public ScalingSpec withTestPerClass(int testPerClass) {
        return new ScalingSpec(dims, sizes, alphas, seeds, eta, lrPower, maxSteps, testPerClass, sgd, seed);
    }

    public ScalingSpec withSgd(SgdSpec sgd) {
        return new ScalingSpec(dims, sizes, alphas, seeds, eta, lrPower, maxSteps, testPerClass, sgd, seed);
    }

    public ScalingSpec withSeed(long seed) {
        return new ScalingSpec(dims, sizes, alphas, seeds, eta, lrPower, maxSteps, testPerClass, sgd, seed);
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    @Override
    public double[] alphas() {
        return alphas.clone();
    }

    @Override
    public String toString() {
        return "ScalingSpec[dims=" + dims + ", sizes=" + Arrays.toString(sizes) + ", alphas=" + Arrays.toString(alphas)
                + ", seeds=" + seeds + ", eta=" + eta + ", lrPower=" + lrPower + ", maxSteps=" + maxSteps + "]";
    }
}
