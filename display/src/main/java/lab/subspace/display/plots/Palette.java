package lab.subspace.display.plots;

import java.util.Locale;

/** Plotly's default trace colours, given explicitly so that a band or error bars match their line. */
final class Palette {

    private static final String[] COLORS = {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};

    private Palette() {
    }

    static String color(int i) {
        return COLORS[Math.floorMod(i, COLORS.length)];
    }

    /** {@code #1f77b4} with {@code alpha} as {@code rgba(31,119,180,0.2)}. */
    static String rgba(String hex, double alpha) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%s)", rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255, alpha);
    }
}
