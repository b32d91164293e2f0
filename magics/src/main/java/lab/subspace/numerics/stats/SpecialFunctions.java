package lab.subspace.numerics.stats;

/**
 * Special functions to double precision: erf / erfc, log-gamma, the regularised incomplete beta
 * function, and the normal and Student-t distributions built on them.
 *
 * <pre>{@code
 * double z = SpecialFunctions.normalQuantile(0.975);            // 1.959963984540054
 * double t = SpecialFunctions.studentTQuantile(0.975, 8);       // 2.306004135204166
 * }</pre>
 */
public final class SpecialFunctions {

    private static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double EPS = 1e-16;

    private SpecialFunctions() {
    }

    // ---------------------------------------------------------------- error function

    /** The error function, relative error ~1e-15. */
    public static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        double r = ax < 2 ? erfSeries(ax) : 1 - erfcContinuedFraction(ax);
        return x < 0 ? -r : r;
    }

    /** The complementary error function 1 - erf(x), accurate in the far tail too. */
    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 0) {
            return 2 - erfc(-x);
        }
        return x < 2 ? 1 - erfSeries(x) : erfcContinuedFraction(x);
    }

    /** erf(x) = 2/sqrt(pi) exp(-x^2) sum_n 2^n x^(2n+1) / (1 3 ... (2n+1)): all terms positive. */
    private static double erfSeries(double x) {
        double term = x;
        double sum = x;
        double x2 = x * x;
        for (int n = 0; n < 200; n++) {
            term *= 2 * x2 / (2 * n + 3);
            sum += term;
            if (term < EPS * sum) {
                break;
            }
        }
        return 2 / SQRT_PI * Math.exp(-x2) * sum;
    }

    /** erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))) by Lentz's method, x &gt;= 2. */
    private static double erfcContinuedFraction(double x) {
        if (x > 27) {
            return 0; // below the smallest subnormal
        }
        double tiny = 1e-300;
        double f = x;
        double c = f;
        double d = 0;
        for (int k = 1; k < 500; k++) {
            double a = k / 2.0;
            d = x + a * d;
            d = Math.abs(d) < tiny ? tiny : d;
            d = 1 / d;
            c = x + a / c;
            c = Math.abs(c) < tiny ? tiny : c;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < EPS) {
                break;
            }
        }
        return Math.exp(-x * x) / SQRT_PI / f;
    }

    // ---------------------------------------------------------------- gamma and beta

    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    };

    /** log Gamma(x) for x &gt; 0 (Lanczos, g = 7), relative error ~1e-15. */
    public static double logGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("logGamma needs x > 0 but x = " + x);
        }
        if (x < 0.5) {
            // reflection keeps the approximation in its accurate range
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        }
        double z = x - 1;
        double a = LANCZOS[0];
        double t = z + 7.5;
        for (int i = 1; i < LANCZOS.length; i++) {
            a += LANCZOS[i] / (z + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
    }

    /** log B(a, b) = log Gamma(a) + log Gamma(b) - log Gamma(a + b). */
    public static double logBeta(double a, double b) {
        return logGamma(a) + logGamma(b) - logGamma(a + b);
    }

    /** log of the binomial coefficient C(n, k), 0 &lt;= k &lt;= n. */
    public static double logChoose(int n, int k) {
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("C(" + n + ", " + k + ") needs 0 <= k <= n");
        }
        if (k == 0 || k == n) {
            return 0;
        }
        return logGamma(n + 1.0) - logGamma(k + 1.0) - logGamma(n - k + 1.0);
    }

    /**
     * The regularised incomplete beta function I_x(a, b) (continued fraction, Numerical Recipes
     * section 6.4), for a, b &gt; 0 and 0 &lt;= x &lt;= 1.
     */
    public static double regularizedBeta(double x, double a, double b) {
        if (!(a > 0 && b > 0)) {
            throw new IllegalArgumentException("regularizedBeta needs a, b > 0 but a = " + a + ", b = " + b);
        }
        if (!(x >= 0 && x <= 1)) {
            throw new IllegalArgumentException("regularizedBeta needs 0 <= x <= 1 but x = " + x);
        }
        if (x == 0 || x == 1) {
            return x;
        }
        double front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b));
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaContinuedFraction(x, a, b) / a;
        }
        return 1 - front * betaContinuedFraction(1 - x, b, a) / b;
    }

    private static double betaContinuedFraction(double x, double a, double b) {
        double tiny = 1e-300;
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        d = Math.abs(d) < tiny ? tiny : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 10_000; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < 1e-15) {
                break;
            }
        }
        return h;
    }

    // ---------------------------------------------------------------- distributions

    /** Standard normal CDF Phi(x). */
    public static double normalCdf(double x) {
        return 0.5 * erfc(-x / Math.sqrt(2));
    }

    /** Standard normal density. */
    public static double normalPdf(double x) {
        return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    }

    /**
     * Standard normal quantile Phi^{-1}(p): Acklam's rational approximation refined by one
     * Halley step on erfc, relative error ~1e-15.
     */
    public static double normalQuantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1] but is " + p);
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
            3.754408661907416e+00};
        double plow = 0.02425;
        double x;
        if (p < plow) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        } else if (p <= 1 - plow) {
            double q = p - 0.5;
            double r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                    / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        } else {
            double q = Math.sqrt(-2 * Math.log1p(-p));
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        // Halley refinement; the error is measured on the smaller tail for accuracy.
        double e = x < 0 ? 0.5 * erfc(-x / Math.sqrt(2)) - p : -(0.5 * erfc(x / Math.sqrt(2)) - (1 - p));
        double u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
        return x - u / (1 + x * u / 2);
    }

    /** Student-t CDF with {@code df} degrees of freedom (df &gt; 0, may be fractional). */
    public static double studentTCdf(double t, double df) {
        if (!(df > 0)) {
            throw new IllegalArgumentException("degrees of freedom must be > 0 but are " + df);
        }
        if (Double.isInfinite(t)) {
            return t > 0 ? 1 : 0;
        }
        double tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
        return t > 0 ? 1 - tail : tail;
    }

    /** Student-t quantile (bisection on the CDF to 1e-13 relative). */
    public static double studentTQuantile(double p, double df) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1) but is " + p);
        }
        if (p == 0.5) {
            return 0;
        }
        if (p < 0.5) {
            return -studentTQuantile(1 - p, df);
        }
        double lo = 0;
        double hi = 1;
        while (studentTCdf(hi, df) < p) {
            lo = hi;
            hi *= 2;
            if (hi > 1e300) {
                return Double.POSITIVE_INFINITY;
            }
        }
        for (int it = 0; it < 200 && hi - lo > 1e-13 * hi; it++) {
            double mid = 0.5 * (lo + hi);
            if (studentTCdf(mid, df) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
