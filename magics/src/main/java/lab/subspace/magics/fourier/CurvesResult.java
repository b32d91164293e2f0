package lab.subspace.magics.fourier;

/**
 * Learning curves of {@link AmplitudeBeforePhase}.
 *
 * @param spec  the settings
 * @param curve accuracy on full, phase-scrambled and amplitude-equalised test inputs
 */
public record CurvesResult(CurvesSpec spec, LearningCurve curve) {

    /** First evaluation step with amplitude-only accuracy above the level, or -1. */
    public long amplitudeCrossing() {
        return curve.amplitudeCrossing(spec.level());
    }

    /** First evaluation step with phase-only accuracy above the level, or -1. */
    public long phaseCrossing() {
        return curve.phaseCrossing(spec.level());
    }

    /** Whether amplitude-only accuracy crossed the level strictly before phase-only accuracy did (or phase never did). */
    public boolean amplitudeFirst() {
        long a = amplitudeCrossing();
        long p = phaseCrossing();
        return a >= 0 && (p < 0 || a < p);
    }
}
