package lab.subspace.magics.sinkhorn;

import java.util.Locale;

import lab.subspace.display.Outputs;
import lab.subspace.display.image.Gallery;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;

/** How a {@link ColourTransferReport} looks: the pictures side by side, then the numbers. */
final class ColourTransferView {

    /** Small generated pictures are shown this many times larger. */
    private static final int MAX_SCALE = 4;

    private ColourTransferView() {
    }

    static Outputs present(ColourTransferReport r) {
        int scale = Math.max(1, Math.min(MAX_SCALE, 200 / Math.max(r.source().width(), r.source().height())));
        Gallery g = Gallery.of("source", r.source().toImage()).and("target palette", r.target().toImage());
        for (OtMethod m : OtMethod.values()) {
            Picture p = r.transferred().get(m);
            if (p != null) {
                g = g.and(m.label() + " transfer", p.toImage());
            }
        }
        return Outputs.of(g.scale(scale), table(r));
    }

    static Table table(ColourTransferReport r) {
        SinkhornReport plans = r.plans();
        Tables.Builder t = Tables.builder(String.format(Locale.ROOT, "Colour transfer, %d sampled colours, eps = %.3g max C, L = %d",
                        plans.problem().n(), plans.settings().eps(), plans.settings().slices()))
                .strings("method").doubles("relative_cost_error", "plan_l1", "rgb_distance_to_exact_transfer", "seconds");
        for (MethodRun run : plans.runs()) {
            t.row(run.method().label(), run.relativeError(), run.planL1(), r.distanceToExact().get(run.method()), run.seconds());
        }
        return t.build();
    }
}
