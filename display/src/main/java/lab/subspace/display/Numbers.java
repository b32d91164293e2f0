package lab.subspace.display;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Compact number text for tables and matrices: about 6 significant digits, scientific notation for
 * tiny and huge magnitudes, integral values plain.
 *
 * <pre>{@code
 * Numbers.format(0.1 + 0.2)   // "0.3"
 * Numbers.format(1234.56789)  // "1234.57"
 * Numbers.format(1.5e-9)      // "1.5e-09"
 * Numbers.format(42.0)        // "42"
 * Numbers.format(Double.NaN)  // "NaN"
 * }</pre>
 */
public final class Numbers {

    private static final MathContext SIX_DIGITS = new MathContext(6);

    private Numbers() {
    }

    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        if (v == 0) {
            return "0";
        }
        double abs = Math.abs(v);
        if (v == Math.rint(v) && abs < 1e9) {
            return Long.toString((long) v);
        }
        if (abs >= 1e-4 && abs < 1e6) {
            return new BigDecimal(v).round(SIX_DIGITS).stripTrailingZeros().toPlainString();
        }
        String s = String.format(Locale.ROOT, "%.4e", v); // 1.2340e-07
        int e = s.indexOf('e');
        String mantissa = s.substring(0, e).replaceAll("\\.?0+$", "");
        return mantissa + s.substring(e);
    }

    /** Plain integer text; {@code Long.MIN_VALUE}-style sentinels are the caller's business. */
    public static String format(long v) {
        return Long.toString(v);
    }
}
