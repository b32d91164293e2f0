package lab.subspace.display;

import java.util.Locale;

import lab.subspace.kernel.spi.MimeBundle;
import lab.subspace.kernel.spi.Notebook;

/**
 * The "Claims" section of a paper notebook: each claim is checked numerically, shown with the
 * measured value, and a claim that does not hold throws, so the notebook run fails.
 *
 * <pre>{@code
 * Claims.check("SROT is more accurate than EOT at eps = 0.1", srot < eot,
 *         "relative error SROT %.3f vs EOT %.3f", srot, eot);
 * Claims.within("log-log slope for k = 3", slope, -1.0 / 3, 0.1);
 * }</pre>
 */
public final class Claims {

    private Claims() {
    }

    /**
     * Shows the claim with what was measured; throws {@link AssertionError} when it does not hold.
     *
     * @param measured a format string (Locale.ROOT) describing the measured numbers
     */
    public static void check(String claim, boolean holds, String measured, Object... args) {
        String detail = String.format(Locale.ROOT, measured, args);
        String mark = holds ? "\u2714" : "\u2718";
        String color = holds ? "#1a7f37" : "#cf222e";
        Notebook.display(new MimeBundle()
                .put(MimeBundle.TEXT, mark + " " + claim + " \u2014 " + detail)
                .put(MimeBundle.HTML, "<div><span style=\"color:" + color + ";font-weight:bold\">" + mark + "</span> "
                        + Html.escape(claim) + " <span style=\"color:#57606a\">\u2014 " + Html.escape(detail) + "</span></div>"),
                false);
        if (!holds) {
            throw new AssertionError("Claim does not hold: " + claim + " (" + detail + ")");
        }
    }

    /** Checks |value - target| <= tolerance. */
    public static void within(String claim, double value, double target, double tolerance) {
        check(claim, Math.abs(value - target) <= tolerance, "measured %s, expected %s \u00b1 %s",
                Numbers.format(value), Numbers.format(target), Numbers.format(tolerance));
    }
}
