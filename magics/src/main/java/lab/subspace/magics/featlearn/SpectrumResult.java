package lab.subspace.magics.featlearn;

import java.util.Locale;

import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Gram spectra before and after the step ({@link FeatureLearning#spectra}).
 *
 * @param before        spectrum of the random features
 * @param after         spectrum of the post-step features
 * @param d             input dimension
 * @param width         neurons N
 * @param n             probe samples
 * @param eta           step size (NaN for given weights)
 * @param betaEstimated whether the probes' beta is the estimated spike direction
 */
public record SpectrumResult(GramSpectrum before, GramSpectrum after, int d, int width, int n, double eta,
        boolean betaEstimated) {

    /** Top eigenvalue after over before. */
    public double topGrowth() {
        return after.eigenvalues()[0] / before.eigenvalues()[0];
    }

    public Table table() {
        Tables.Builder b = Tables.builder(String.format(Locale.ROOT,
                "Feature-kernel eigenvectors vs probe functions (squared cosines; d = %d, N = %d, n = %d%s)", d, width, n,
                betaEstimated ? ", beta estimated from the weights" : ""))
                .strings("features").ints("eigenvector").doubles("eigenvalue of K/n");
        for (String p : before.probes()) {
            b.doubles("cos2 " + p);
        }
        add(b, "random (before)", before);
        add(b, "after one step", after);
        return b.build();
    }

    private static void add(Tables.Builder b, String label, GramSpectrum g) {
        for (int l = 0; l < g.aligned(); l++) {
            Object[] row = new Object[3 + g.probes().size()];
            row[0] = label;
            row[1] = l + 1;
            row[2] = g.eigenvalues()[l];
            for (int p = 0; p < g.probes().size(); p++) {
                row[3 + p] = g.alignment().get(l, p);
            }
            b.row(row);
        }
    }

    /** The leading eigenvalues before and after, log scale. */
    public Figure spectrumFigure() {
        int m = Math.min(60, Math.min(before.eigenvalues().length, after.eigenvalues().length));
        double[] x = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = i + 1;
        }
        return Plots.lines("Feature Gram spectrum: one large step lifts the top eigenvalues").logY()
                .x("eigenvalue index", x)
                .y("random features (before)", java.util.Arrays.copyOf(before.eigenvalues(), m))
                .y("after one gradient step", java.util.Arrays.copyOf(after.eigenvalues(), m))
                .yTitle("eigenvalue of K / n").build();
    }

    private static double[] row(GramSpectrum g, int l) {
        double[] r = new double[g.probes().size()];
        for (int p = 0; p < r.length; p++) {
            r[p] = g.alignment().get(l, p);
        }
        return r;
    }

    /** Squared cosines of the top eigenvectors with the probe functions, before and after. */
    public Figure alignmentFigure() {
        int k = before.aligned();
        double[][] z = new double[2 * k][];
        String[] rows = new String[2 * k];
        for (int l = 0; l < k; l++) {
            z[l] = row(before, l);
            rows[l] = "before u" + (l + 1);
            z[k + l] = row(after, l);
            rows[k + l] = "after u" + (l + 1);
        }
        return Plots.heatmap("Top eigenvectors vs radial, linear and quadratic target modes (cos\u00b2)", z)
                .x("probe function", before.probes().toArray(new String[0]))
                .y("eigenvector", rows).colorbar("cos\u00b2").zRange(0, 1).firstRowOnTop().build();
    }
}
