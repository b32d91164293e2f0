package lab.subspace.magics.fourier;

/**
 * Settings of the amplitude-versus-phase learning curves: a task whose classes differ both in
 * amplitude (class 1 has spectral exponent alpha + contrast) and in phase, trained by online SGD
 * with test accuracy tracked on the full inputs, on their phase-scrambled view and on their
 * amplitude-equalised view.
 *
 * <pre>{@code
 * CurvesSpec s = CurvesSpec.defaults().withSide(16).withSteps(100_000);
 * }</pre>
 *
 * @param dims         1 (signals) or 2 (textures)
 * @param side         side N
 * @param alpha        class-0 spectral exponent
 * @param contrast     extra exponent of class 1 (the amplitude information)
 * @param eta          learning rate times D^2
 * @param steps        online SGD steps
 * @param level        accuracy level whose crossing times are compared
 * @param testPerClass test samples per class
 * @param sgd          width (learning rate, step cap and threshold are replaced)
 * @param seed         seed of the task, test set and network
 */
public record CurvesSpec(int dims, int side, double alpha, double contrast, double eta, long steps, double level,
        int testPerClass, SgdSpec sgd, long seed) {

    public CurvesSpec {
        Grid.of(dims, side);
        if (!(contrast > 0) || !Double.isFinite(contrast)) {
            throw new IllegalArgumentException("the amplitude contrast must be finite and > 0 but is " + contrast);
        }
        if (!(eta > 0) || !Double.isFinite(eta)) {
            throw new IllegalArgumentException("eta must be finite and > 0 but is " + eta);
        }
        if (steps < 1 || testPerClass < 1) {
            throw new IllegalArgumentException("steps and test samples must be >= 1 but are " + steps + " and " + testPerClass);
        }
        if (!(level > 0.5 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0.5, 1) but is " + level);
        }
    }

    /** 1-D signals of 16 samples, alpha 0.5, contrast 1, eta 2, 60 000 steps, level 0.6. */
    public static CurvesSpec defaults() {
        return new CurvesSpec(1, 16, 0.5, 1, 2, 60_000, 0.6, 500, SgdSpec.defaults(), 0);
    }

    public CurvesSpec withDims(int dims) {
        return new CurvesSpec(dims, side, alpha, contrast, eta, steps, level, testPerClass, sgd, seed);
    }

    public CurvesSpec withSide(int side) {
        return new CurvesSpec(dims, side, alpha, contrast, eta, steps, level, testPerClass, sgd, seed);
    }

    public CurvesSpec withAlpha(double alpha) {
        return new CurvesSpec(dims, side, alpha, contrast, eta, steps, level, testPerClass, sgd, seed);
    }

    public CurvesSpec withContrast(double contrast) {
        return new CurvesSpec(dims, side, alpha, contrast, eta, steps, level, testPerClass, sgd, seed);
    }

    public CurvesSpec withEta(double eta) {
        return new CurvesSpec(dims, side, alpha, contrast, eta, steps, level, testPerClass, sgd, seed);
    }

    public CurvesSpec withSteps(long steps) {
        return new CurvesSpec(dims, side, alpha, contrast, eta, steps, level, testPerClass, sgd, seed);
    }

    public CurvesSpec withLevel(double level) {
        return new CurvesSpec(dims, side, alpha, contrast, eta, steps, level, testPerClass, sgd, seed);
    }

    public CurvesSpec withSeed(long seed) {
        return new CurvesSpec(dims, side, alpha, contrast, eta, steps, level, testPerClass, sgd, seed);
    }

    public CurvesSpec withSgd(SgdSpec sgd) {
        return new CurvesSpec(dims, side, alpha, contrast, eta, steps, level, testPerClass, sgd, seed);
    }
}
