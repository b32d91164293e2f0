package lab.subspace.magics.npcosts;

import java.util.Locale;

/**
 * The stationary covariance families of "Three Costs of Amortizing Gaussian Process Inference with
 * Neural Processes": the squared exponential and the Matern kernels of smoothness 1/2, 3/2 and 5/2,
 * as functions of the scaled distance s = |x - x'| / lengthscale, with their spectral densities.
 */
public enum KernelFamily {
    /** exp(-s^2 / 2); infinitely smooth. */
    SE("se", Double.POSITIVE_INFINITY),
    /** exp(-s) (Ornstein-Uhlenbeck). */
    MATERN_12("matern12", 0.5),
    /** (1 + sqrt3 s) exp(-sqrt3 s). */
    MATERN_32("matern32", 1.5),
    /** (1 + sqrt5 s + 5 s^2 / 3) exp(-sqrt5 s). */
    MATERN_52("matern52", 2.5);

    private final String label;
    private final double nu;

    KernelFamily(String label, double nu) {
        this.label = label;
        this.nu = nu;
    }

    /** Smoothness nu (infinite for {@link #SE}). */
    public double nu() {
        return nu;
    }

    /** Short name: se, matern12, matern32, matern52. */
    public String label() {
        return label;
    }

    /** Correlation at scaled distance s &gt;= 0 (1 at s = 0). */
    public double correlation(double s) {
        switch (this) {
            case SE:
                return Math.exp(-0.5 * s * s);
            case MATERN_12:
                return Math.exp(-s);
            case MATERN_32: {
                double t = Math.sqrt(3) * s;
                return (1 + t) * Math.exp(-t);
            }
            default: {
                double t = Math.sqrt(5) * s;
                return (1 + t + t * t / 3) * Math.exp(-t);
            }
        }
    }

    /**
     * Spectral density of the unit-lengthscale, unit-variance kernel on R^dx at angular frequency
     * w: the Fourier transform of {@link #correlation}, so that k(0) = (2 pi)^{-dx} * integral.
     * SE: (2 pi)^{dx/2} exp(-w^2/2); Matern-nu: 2^dx pi^{dx/2} Gamma(nu + dx/2) (2 nu)^nu /
     * Gamma(nu) * (2 nu + w^2)^{-(nu + dx/2)} (Rasmussen and Williams, eq. 4.15).
     */
    public double spectralDensity(double w, int dx) {
        if (this == SE) {
            return Math.pow(2 * Math.PI, dx / 2.0) * Math.exp(-0.5 * w * w);
        }
        double half = dx / 2.0;
        double logC = dx * Math.log(2) + half * Math.log(Math.PI) + logGamma(nu + half) + nu * Math.log(2 * nu) - logGamma(nu);
        return Math.exp(logC - (nu + half) * Math.log(2 * nu + w * w));
    }

    /** Distance (in lengthscales) beyond which the correlation is below {@code tol}. */
    double cutoff(double tol) {
        double s = 1;
        while (correlation(s) > tol) {
            s *= 1.25;
        }
        return s;
    }

    /** The family named by a label (se, matern12, matern32, matern52; also m12, 1/2, ...). */
    public static KernelFamily parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        switch (n) {
            case "se": case "rbf": case "squaredexponential": case "gaussian":
                return SE;
            case "matern12": case "m12": case "1/2": case "exponential":
                return MATERN_12;
            case "matern32": case "m32": case "3/2":
                return MATERN_32;
            case "matern52": case "m52": case "5/2":
                return MATERN_52;
            default:
                throw new IllegalArgumentException("unknown kernel '" + name + "': use se, matern12, matern32 or matern52");
        }
    }

    /** Gamma function's log for the half-integers and small integers used here (Lanczos would be overkill). */
    private static double logGamma(double x) {
        // Gamma(x + 1) = x Gamma(x), Gamma(1) = 1, Gamma(1/2) = sqrt(pi): exact for x in N/2.
        double r = 0;
        while (x > 1.25) {
            x -= 1;
            r += Math.log(x);
        }
        return r + (Math.abs(x - 0.5) < 1e-12 ? 0.5 * Math.log(Math.PI) : 0);
    }
}
