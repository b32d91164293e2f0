package lab.subspace.magics.sinkhorn;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The figures a {@link SinkhornReport} shows under its table ({@code %sinkhorn --plot}). */
public enum SinkhornPlot {

    /** One heatmap per method of the plan, rows and columns sorted by the first coordinate. */
    PLAN,
    /** 2-D data: source and target points and the segments x_i -> T(x_i) of each barycentric map. */
    MAP,
    /** Marginal error against Sinkhorn sweeps for EOT and SROT. */
    CONVERGENCE;

    /**
     * Figures from a comma-separated list of {@code plan}, {@code map}, {@code convergence},
     * {@code none} or {@code auto} (the map for 2-D points, else the plan, and the convergence
     * curve when a Sinkhorn method ran).
     *
     * @param dimension  the points' dimension, or 0 when the problem has only a cost matrix
     * @param entropic   whether EOT or SROT ran
     */
    public static Set<SinkhornPlot> parse(String list, int dimension, boolean entropic) {
        EnumSet<SinkhornPlot> out = EnumSet.noneOf(SinkhornPlot.class);
        for (String part : (list == null ? "auto" : list).split(",")) {
            switch (part.strip().toLowerCase(Locale.ROOT)) {
                case "none" -> {
                }
                case "auto" -> {
                    out.add(dimension == 2 ? MAP : PLAN);
                    if (entropic) {
                        out.add(CONVERGENCE);
                    }
                }
                case "plan" -> out.add(PLAN);
                case "map" -> {
                    if (dimension != 2) {
                        throw new IllegalArgumentException("--plot map draws 2-D points, but the points have "
                                + (dimension == 0 ? "no coordinates (a cost matrix only)" : dimension + " coordinates")
                                + "; use --plot plan");
                    }
                    out.add(MAP);
                }
                case "convergence" -> out.add(CONVERGENCE);
                default -> throw new IllegalArgumentException("unknown plot '" + part.strip()
                        + "'; use plan, map, convergence, none or auto (comma-separated)");
            }
        }
        return out;
    }
}
