package lab.subspace.magics.grasp;

import java.util.List;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The outcome of {@link StrengthSweep#run}: one {@link GraspReport} per agreement level.
 *
 * @param spec       the settings (their agreement is not used)
 * @param agreements the agreement levels, increasing
 * @param reports    one report per level
 */
public record SweepReport(GraspSpec spec, double[] agreements, List<GraspReport> reports) {

    /** The methods drawn in the figures (the pretrained model is flat and shown only in the table). */
    private static final String X_TITLE = "agreement of s with the label group in the fine-tuning data";

    private static final Method[] DRAWN = {Method.NAIVE, Method.GRASP, Method.ABLATION, Method.STEERING, Method.ORACLE};

    public SweepReport {
        agreements = agreements.clone();
        reports = List.copyOf(reports);
        if (reports.size() != agreements.length) {
            throw new IllegalArgumentException(agreements.length + " agreement levels but " + reports.size() + " reports");
        }
    }

    @Override
    public double[] agreements() {
        return agreements.clone();
    }

    /** The report at the level closest to {@code agreement}. */
    public GraspReport at(double agreement) {
        int best = 0;
        for (int i = 1; i < agreements.length; i++) {
            if (Math.abs(agreements[i] - agreement) < Math.abs(agreements[best] - agreement)) {
                best = i;
            }
        }
        return reports.get(best);
    }

    /** |P_V u_s| per level. */
    public double[] identifiedCosines() {
        return reports.stream().mapToDouble(GraspReport::identifiedCosine).toArray();
    }

    /** Energy share of the naive update's top direction per level. */
    public double[] topShares() {
        return reports.stream().mapToDouble(r -> r.factors().topShare()).toArray();
    }

    public double[] ood(Method method) {
        return reports.stream().mapToDouble(r -> r.score(method).ood()).toArray();
    }

    public double[] id(Method method) {
        return reports.stream().mapToDouble(r -> r.score(method).id()).toArray();
    }

    public double[] second(Method method) {
        return reports.stream().mapToDouble(r -> r.score(method).second()).toArray();
    }

    public Table table() {
        Tables.Builder b = Tables.builder("Spurious-strength sweep: identification and accuracies per agreement level")
                .doubles("agreement", "|cos| identified vs planted", "top energy share");
        String[] metrics = {"ID", "OOD", "second task"};
        for (String metric : metrics) {
            for (Method m : Method.values()) {
                b.doubles(metric + " " + m.label());
            }
        }
        for (int i = 0; i < agreements.length; i++) {
            GraspReport r = reports.get(i);
            Object[] row = new Object[3 + metrics.length * Method.values().length];
            row[0] = agreements[i];
            row[1] = r.identifiedCosine();
            row[2] = r.factors().topShare();
            int c = 3;
            for (Method m : Method.values()) {
                row[c++] = r.score(m).id();
            }
            for (Method m : Method.values()) {
                row[c++] = r.score(m).ood();
            }
            for (Method m : Method.values()) {
                row[c++] = r.score(m).second();
            }
            b.row(row);
        }
        return b.build();
    }

    /** In-distribution accuracy of each method against the agreement. */
    public Figure idFigure() {
        return methodFigure("In distribution: the naive fine-tune profits from s", "ID task accuracy", this::id);
    }

    /** OOD accuracy of each method against the agreement. */
    public Figure oodFigure() {
        return methodFigure("OOD (correlation reversed): the naive fine-tune fails, GRASP tracks the oracle",
                "OOD task accuracy", this::ood);
    }

    /** Second-task accuracy of each method against the agreement. */
    public Figure secondFigure() {
        return methodFigure("Second task (uses s): ablation and steering damage it, GRASP keeps it",
                "second-task accuracy", this::second);
    }

    private Figure methodFigure(String title, String yTitle, java.util.function.Function<Method, double[]> values) {
        LineChart chart = Plots.lines(title).x(X_TITLE, agreements).yTitle(yTitle);
        for (Method m : DRAWN) {
            chart.y(m.label(), values.apply(m));
        }
        return chart.build();
    }

    /** |cos| between identified and planted factor and the top energy share against the agreement. */
    public Figure identificationFigure() {
        String captured = spec.directions() == 1 ? "|cos(v_1, u_s)|" : "|P_V u_s| (k = " + spec.directions() + ")";
        return Plots.lines("Unsupervised identification: the naive update's top direction becomes the planted factor")
                .x(X_TITLE, agreements)
                .y(captured, identifiedCosines())
                .y("energy share of v_1", topShares())
                .yTitle("cosine / energy share")
                .build();
    }

    public Outputs outputs() {
        return Outputs.of(table(), identificationFigure(), oodFigure(), secondFigure());
    }
}
