package lab.subspace.magics.twistedsmc;

/**
 * An intermediate potential log G_t(x_t), t = 1 ... T, defining the SMC targets
 * gamma_t(x_{t:T}) = p(x_{t:T}) G_t(x_t); G_0 = exp(r / beta) always.
 */
@FunctionalInterface
interface Potential {

    double log(int t, double[] x, int off, double[] scratch);

    /** No intermediate potential: all reward information arrives at t = 0 (importance sampling). */
    static Potential none() {
        return (t, x, off, scratch) -> 0;
    }

    /** The twisted-SMC choice G_t = psi_t. */
    static Potential of(GaussianTwist twist) {
        return (t, x, off, scratch) -> twist.logValue(t, x, off);
    }

    /**
     * The SMC-steering baseline's look-ahead G_t(x_t) = exp(abar_t r(E[x_0 | x_t]) / beta) through Tweedie's
     * denoiser, annealed by abar_t: at high noise the denoised point is the data mean, and an untempered
     * r(E[x_0 | x_t]) / beta there makes the weights degenerate at once.
     */
    static Potential lookAhead(AlignmentProblem problem) {
        return (t, x, off, scratch) -> {
            problem.model().denoise(t, x, off, scratch);
            return problem.model().alphaBar(t) * problem.logTilt(scratch, 0, new double[scratch.length]);
        };
    }
}
