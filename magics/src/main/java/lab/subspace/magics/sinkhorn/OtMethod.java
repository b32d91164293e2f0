package lab.subspace.magics.sinkhorn;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The transport methods {@code %sinkhorn} compares: entropic OT, sliced-regularised OT, sliced OT
 * and exact OT (the reference the others are measured against).
 *
 * <pre>{@code
 * Set<OtMethod> all = OtMethod.parse("all");            // EOT, SROT, SOT, EXACT
 * Set<OtMethod> two = OtMethod.parse("eot,srot");
 * }</pre>
 */
public enum OtMethod {

    /** Sinkhorn with the product reference a b^T. */
    EOT("EOT"),
    /** Sinkhorn with the smoothed sliced plan as reference. */
    SROT("SROT"),
    /** The averaged lifted 1-D plans of sliced OT. */
    SOT("SOT"),
    /** The network simplex. */
    EXACT("exact");

    private final String label;

    OtMethod(String label) {
        this.label = label;
    }

    /** The name shown in tables and legends. */
    public String label() {
        return label;
    }

    /** Whether the method runs Sinkhorn (and so has eps, a convergence trace and iterations). */
    public boolean entropic() {
        return this == EOT || this == SROT;
    }

    /**
     * Methods from a comma-separated list of {@code eot}, {@code srot}, {@code sot}, {@code exact}
     * or {@code all} (case-insensitive), in this enum's order.
     *
     * @throws IllegalArgumentException naming an unknown method
     */
    public static Set<OtMethod> parse(String list) {
        if (list == null || list.isBlank()) {
            throw new IllegalArgumentException("no method given; use eot, srot, sot, exact or all (comma-separated)");
        }
        EnumSet<OtMethod> out = EnumSet.noneOf(OtMethod.class);
        for (String part : list.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            switch (name) {
                case "all" -> out.addAll(EnumSet.allOf(OtMethod.class));
                case "eot" -> out.add(EOT);
                case "srot" -> out.add(SROT);
                case "sot" -> out.add(SOT);
                case "exact", "emd" -> out.add(EXACT);
                default -> throw new IllegalArgumentException("unknown method '" + part.strip()
                        + "'; use eot, srot, sot, exact or all (comma-separated)");
            }
        }
        return out;
    }
}
