package lab.subspace.magics.fourier;

/**
 * Settings of online SGD on a two-layer ReLU network (inputs -> width -> 1 logit, BCE loss, one
 * fresh sample per step, plain SGD). Test accuracy is measured at steps growing geometrically by
 * {@code evalGrowth}, starting at {@code firstEval}.
 *
 * <pre>{@code
 * SgdSpec s = SgdSpec.defaults().withMaxSteps(200_000);
 * }</pre>
 *
 * @param width        hidden units
 * @param learningRate SGD step size per sample
 * @param threshold    test accuracy that counts as "learned"
 * @param maxSteps     steps before giving up
 * @param firstEval    first step at which test accuracy is measured
 * @param evalGrowth   ratio between successive evaluation steps (> 1)
 */
public record SgdSpec(int width, double learningRate, double threshold, long maxSteps, long firstEval, double evalGrowth) {

    public SgdSpec {
        if (width < 1) {
            throw new IllegalArgumentException("width must be >= 1 but is " + width);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be finite and > 0 but is " + learningRate);
        }
        if (!(threshold > 0.5 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0.5, 1) but is " + threshold);
        }
        if (maxSteps < 1 || firstEval < 1) {
            throw new IllegalArgumentException("max steps and first evaluation must be >= 1 but are " + maxSteps + " and "
                    + firstEval);
        }
        if (!(evalGrowth > 1) || !Double.isFinite(evalGrowth)) {
            throw new IllegalArgumentException("evaluation growth must be finite and > 1 but is " + evalGrowth);
        }
    }

    /** Width 8, learning rate 0.05, threshold 0.6, at most 10^6 steps, evaluations from step 50 growing by 8%. */
    public static SgdSpec defaults() {
        return new SgdSpec(8, 0.05, 0.6, 1_000_000, 50, 1.08);
    }

    public SgdSpec withWidth(int width) {
        return new SgdSpec(width, learningRate, threshold, maxSteps, firstEval, evalGrowth);
    }

    public SgdSpec withLearningRate(double learningRate) {
        return new SgdSpec(width, learningRate, threshold, maxSteps, firstEval, evalGrowth);
    }

    public SgdSpec withThreshold(double threshold) {
        return new SgdSpec(width, learningRate, threshold, maxSteps, firstEval, evalGrowth);
    }

    public SgdSpec withMaxSteps(long maxSteps) {
        return new SgdSpec(width, learningRate, threshold, maxSteps, firstEval, evalGrowth);
    }

    public SgdSpec withEvaluations(long firstEval, double evalGrowth) {
        return new SgdSpec(width, learningRate, threshold, maxSteps, firstEval, evalGrowth);
    }
}
