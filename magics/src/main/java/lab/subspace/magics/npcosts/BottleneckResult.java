package lab.subspace.magics.npcosts;

import java.util.List;

import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The outcome of {@link Bottleneck#run}: one KL-vs-d curve per kernel.
 *
 * @param spec   the settings
 * @param curves one per kernel family, in the order of the spec
 */
public record BottleneckResult(BottleneckSpec spec, List<BottleneckCurve> curves) {

    public BottleneckResult {
        curves = List.copyOf(curves);
    }

    /** The curve of one family. */
    public BottleneckCurve curve(KernelFamily family) {
        return curves.stream().filter(c -> c.family() == family).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(family.label() + " was not swept"));
    }

    /** Points and fits. */
    public Table table() {
        Tables.Builder b = Tables.builder(String.format(java.util.Locale.ROOT,
                "KL(GP || rank-d) per target, dx = %d, lengthscale %.2g, noise sd %.2g, n = %d contexts, %d sets",
                spec.dimension(), spec.lengthscale(), spec.noise(), spec.contexts(), spec.sets()))
                .strings("kernel").ints("d").doubles("KL per target", "covariance part", "mean part", "truncation tau/(2 s^2)");
        for (BottleneckCurve c : curves) {
            for (int i = 0; i < c.ranks().length; i++) {
                b.row(c.family().label(), c.ranks()[i], c.kl()[i], c.klCovariance()[i], c.klMean()[i], c.truncation()[i]);
            }
        }
        return b.build();
    }

    /** Fitted slopes against the predictions. */
    public Table fits() {
        Tables.Builder b = Tables.builder("Fitted decay of KL(GP || rank-d), dx = " + spec.dimension())
                .strings("kernel", "axes").doubles("KL slope", "95% low", "95% high", "R^2", "truncation-term slope",
                        "predicted -2nu/dx", "R^2 on d^{1/dx} axis");
        for (BottleneckCurve c : curves) {
            var ci = c.fit().slopeInterval(0.95);
            b.row(c.family().label(), c.exponential() ? "log KL vs d^{2/dx}" : "log KL vs log d", c.slope(), ci.lower(), ci.upper(),
                    c.fit().r2(), c.truncationFit().slope(), c.predictedSlope(), c.alternativeR2());
        }
        return b.build();
    }

    /** SE: semi-log against d^{2/dx}, KL and the truncation term. */
    public Figure seFigure() {
        int dx = spec.dimension();
        LineChart chart = Plots.lines("SE kernel (dx = " + dx + "): log KL is linear in d^{2/dx}").logY()
                .xTitle(dx == 1 ? "d^2" : "d").yTitle("KL per target (nats)");
        for (BottleneckCurve c : curves) {
            if (c.exponential()) {
                double[] x = Bottleneck.pow(toDouble(c.ranks()), 2.0 / dx);
                chart.series("exact KL", x, c.kl());
                chart.series("truncation term tau(d)/(2 s^2)", x, c.truncation());
                double[] line = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    line[i] = Math.exp(c.fit().predict(x[i]));
                }
                chart.series(String.format(java.util.Locale.ROOT, "fit: slope %.3g per unit", c.slope()), x, line);
            }
        }
        return chart.build();
    }

    /** Matern: log-log against d with the fitted and predicted slopes. */
    public Figure maternFigure() {
        int dx = spec.dimension();
        LineChart chart = Plots.lines("Matern kernels (dx = " + dx + "): KL ~ d^{-2 nu/dx}").logLog()
                .xTitle("representation dimension d").yTitle("KL per target (nats)");
        for (BottleneckCurve c : curves) {
            if (!c.exponential()) {
                chart.series(String.format(java.util.Locale.ROOT, "%s: slope %.2f (predicted %.2f)", c.family().label(), c.slope(),
                        c.predictedSlope()), toDouble(c.ranks()), c.kl());
                chart.series(c.family().label() + " truncation term", toDouble(c.ranks()), c.truncation());
            }
        }
        return chart.build();
    }

    static double[] toDouble(int[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }
}
