package lab.subspace.magics.fourier;

/**
 * Power-law amplitude spectra A(k) ~ |k|^-alpha, the spectra of natural images (alpha ~ 1 for
 * 2-D images, power ~ 1/f^2). alpha = 0 is white (isotropic) input. The DC amplitude is 0 (signals
 * have zero mean) and the spectrum is scaled to mean A^2 = 1, so every alpha gives unit variance
 * per sample and only the shape of the spectrum changes.
 *
 * <pre>{@code
 * double[] a = PowerLaw.amplitudes(Grid.line(32), 1.0);
 * }</pre>
 */
public final class PowerLaw {

    private PowerLaw() {
    }

    /** Amplitudes |k|^-alpha for every frequency index of {@code grid}, normalised to mean A^2 = 1. */
    public static double[] amplitudes(Grid grid, double alpha) {
        if (!Double.isFinite(alpha) || alpha < 0) {
            throw new IllegalArgumentException("alpha must be finite and >= 0 but is " + alpha);
        }
        int d = grid.size();
        double[] a = new double[d];
        double power = 0;
        for (int k = 1; k < d; k++) {
            a[k] = Math.pow(grid.radius(k), -alpha);
            power += a[k] * a[k];
        }
        double s = Math.sqrt(d / power);
        for (int k = 1; k < d; k++) {
            a[k] *= s;
        }
        return a;
    }
}
