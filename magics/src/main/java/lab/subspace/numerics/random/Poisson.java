package lab.subspace.numerics.random;

/**
 * Exact Poisson draws from a seeded {@link Rng}: photon counts, event counts.
 *
 * <p>Small means use inversion (sequential search of the CDF, at most a few dozen steps); means
 * of {@value #INVERSION_LIMIT} and more use Hörmann's transformed rejection with squeeze (PTRS,
 * "The transformed rejection method for generating Poisson random variables", Insurance:
 * Mathematics and Economics 12, 1993), the algorithm NumPy uses. Both are exact, and every draw
 * only consumes {@link Rng#uniform()} values, so the same seed gives the same counts on every JDK.
 *
 * <pre>{@code
 * Rng rng = new Rng(7);
 * long photons = Poisson.sample(rng, 12.5);
 * }</pre>
 */
public final class Poisson {

    /** Below this mean, inversion is faster than rejection. */
    static final double INVERSION_LIMIT = 10;

    private Poisson() {
    }

    /**
     * One draw of a Poisson variable with the given mean.
     *
     * @throws IllegalArgumentException when {@code mean} is negative, NaN, or too large to count
     *                                  in a long (above 1e15)
     */
    public static long sample(Rng rng, double mean) {
        if (!(mean >= 0) || mean > 1e15) {
            throw new IllegalArgumentException("Poisson mean must be in [0, 1e15] but is " + mean);
        }
        if (mean == 0) {
            return 0;
        }
        return mean < INVERSION_LIMIT ? inversion(rng, mean) : transformedRejection(rng, mean);
    }

    private static long inversion(Rng rng, double mean) {
        double u = rng.uniform();
        double p = Math.exp(-mean);
        double cdf = p;
        long k = 0;
        // For mean < 10 the tail beyond k = 100 has probability below 1e-60: the loop ends.
        while (u > cdf && k < 1000) {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }

    private static long transformedRejection(Rng rng, double mean) {
        double sqrtMean = Math.sqrt(mean);
        double logMean = Math.log(mean);
        double b = 0.931 + 2.53 * sqrtMean;
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = rng.uniform() - 0.5;
            double v = rng.uniform();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -mean + k * logMean - logFactorial(k)) {
                return k;
            }
        }
    }

    /** log(k!) exactly summed for small k, by Stirling's series (error below 1e-13) beyond. */
    static double logFactorial(long k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0 but is " + k);
        }
        if (k < SMALL.length) {
            return SMALL[(int) k];
        }
        double n = k;
        double inv = 1 / n;
        double inv2 = inv * inv;
        return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n)
                + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
    }

    private static final double[] SMALL = new double[32];

    static {
        for (int k = 1; k < SMALL.length; k++) {
            SMALL[k] = SMALL[k - 1] + Math.log(k);
        }
    }
}
