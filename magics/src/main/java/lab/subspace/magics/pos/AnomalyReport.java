package lab.subspace.magics.pos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import lab.subspace.numerics.stats.RocCurve;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The outcome of {@link AnomalyDetection}: ROC curves of the three detectors
 * ({@link AnomalyDetection#DETECTORS}) for each kind of outlier.
 *
 * @param title    what was scored
 * @param kinds    the outlier kinds (one ROC panel each)
 * @param curves   curves[kind][detector]; not copied
 * @param learned  the union estimated from the inliers
 * @param recovery how well it matches the true union (null for your own data)
 */
public record AnomalyReport(String title, List<String> kinds, RocCurve[][] curves, SubspaceStructure learned, Recovery recovery) {

    public AnomalyReport {
        kinds = List.copyOf(kinds);
    }

    /** AUROC of a detector (index in {@link AnomalyDetection#DETECTORS}) on an outlier kind. */
    public double auroc(int kind, int detector) {
        return curves[kind][detector].area();
    }

    /** AUROC of the union score minus that of the isotropic Gaussian, for an outlier kind. */
    public double margin(int kind) {
        return auroc(kind, 0) - auroc(kind, 1);
    }

    public Table table() {
        Tables.Builder b = Tables.builder("Anomaly detection on " + title + ": AUROC (and TPR at 5% FPR)").strings("outliers");
        for (String d : AnomalyDetection.DETECTORS) {
            b.doubles("AUROC " + d);
        }
        for (String d : AnomalyDetection.DETECTORS) {
            b.doubles("TPR@5% " + d);
        }
        b.doubles("union - isotropic AUROC");
        for (int k = 0; k < kinds.size(); k++) {
            List<Object> row = new ArrayList<>();
            row.add(kinds.get(k));
            for (int d = 0; d < curves[k].length; d++) {
                row.add(auroc(k, d));
            }
            for (int d = 0; d < curves[k].length; d++) {
                row.add(curves[k][d].tprAt(0.05));
            }
            row.add(margin(k));
            b.row(row.toArray());
        }
        return b.build();
    }

    /** ROC curves of the three detectors for one outlier kind, with the chance diagonal. */
    public Figure rocFigure(int kind) {
        LineChart c = Plots.lines(String.format(Locale.ROOT, "ROC, %s: union of subspaces vs Gaussian baselines", kinds.get(kind)));
        for (int d = 0; d < curves[kind].length; d++) {
            RocCurve r = curves[kind][d];
            c.series(String.format(Locale.ROOT, "%s (AUROC %.3f)", AnomalyDetection.DETECTORS.get(d), r.area()), r.fpr(), r.tpr());
        }
        c.series("chance", new double[] {0, 1}, new double[] {0, 1});
        return c.xTitle("false-positive rate").yTitle("true-positive rate").build();
    }

    /** The AUROC table, the learned union (its recovery when the truth is known), then the ROC figures. */
    public List<Object> outputs() {
        List<Object> out = new ArrayList<>();
        out.add(table());
        out.add(recovery != null ? recovery.table() : learned.table());
        out.addAll(rocFigures());
        return out;
    }

    /** One ROC figure per outlier kind. */
    public List<Figure> rocFigures() {
        List<Figure> out = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            out.add(rocFigure(k));
        }
        return out;
    }
}
