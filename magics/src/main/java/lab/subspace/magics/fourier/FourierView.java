package lab.subspace.magics.fourier;

import java.util.Arrays;
import java.util.Locale;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import lab.subspace.numerics.stats.LineFit;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/** How the Fourier-learning results are shown: a table of the numbers, then the figures. */
final class FourierView {

    private FourierView() {
    }

    // ---------------------------------------------------------------- curves

    static Outputs curves(CurvesResult r) {
        return Outputs.of(curvesTable(r), curvesFigure(r));
    }

    static Table curvesTable(CurvesResult r) {
        CurvesSpec s = r.spec();
        LearningCurve c = r.curve();
        Tables.Builder t = Tables.builder("Amplitude before phase").strings("quantity", "value");
        t.row("inputs", Grid.of(s.dims(), s.side()).describe() + " (alpha " + fmt(s.alpha()) + " vs " + fmt(s.alpha() + s.contrast()) + ")");
        t.row("online SGD steps", String.valueOf(c.steps().length == 0 ? 0 : c.steps()[c.steps().length - 1]));
        t.row("steps until amplitude-only accuracy > " + fmt(s.level()), crossing(r.amplitudeCrossing()));
        t.row("steps until phase-only accuracy > " + fmt(s.level()), crossing(r.phaseCrossing()));
        t.row("final accuracy: full / amplitude-only / phase-only", fmt(last(c.accuracy())) + " / "
                + fmt(last(c.amplitudeAccuracy())) + " / " + fmt(last(c.phaseAccuracy())));
        t.row("amplitude learned first", String.valueOf(r.amplitudeFirst()));
        return t.build();
    }

    static Figure curvesFigure(CurvesResult r) {
        LearningCurve c = r.curve();
        double[] x = Arrays.stream(c.steps()).asDoubleStream().toArray();
        double[] level = new double[x.length];
        Arrays.fill(level, r.spec().level());
        return Plots.lines("Test accuracy during online SGD: amplitude vs phase information")
                .x("online SGD steps", x)
                .y("full inputs", c.accuracy())
                .y("phase-scrambled (amplitude only)", c.amplitudeAccuracy())
                .y("amplitudes swapped (phase only)", c.phaseAccuracy())
                .y("level " + fmt(r.spec().level()), level)
                .yTitle("test accuracy")
                .logX()
                .build();
    }

    // ---------------------------------------------------------------- scaling

    static Outputs scaling(ScalingResult r) {
        return Outputs.of(scalingTable(r), scalingFigure(r));
    }

    static Table scalingTable(ScalingResult r) {
        ScalingSpec s = r.spec();
        Tables.Builder t = Tables.builder("Steps to reach test accuracy > " + fmt(s.sgd().threshold()))
                .doubles("alpha").ints("N", "inputs").doubles("median steps", "learned fraction", "log-log slope", "slope s.e.");
        for (double a : s.alphas()) {
            LineFit fit = s.sizes().length >= 2 && r.allLearned(a) ? r.slope(a) : null;
            for (int n : s.sizes()) {
                t.row(a, n, Grid.of(s.dims(), n).size(), r.medianSteps(a, n), r.learnedFraction(a, n),
                        fit == null ? Double.NaN : fit.slope(), fit == null ? Double.NaN : fit.slopeStdError());
            }
        }
        return t.build();
    }

    static Figure scalingFigure(ScalingResult r) {
        ScalingSpec s = r.spec();
        double[] d = Arrays.stream(s.sizes()).mapToDouble(n -> Grid.of(s.dims(), n).size()).toArray();
        LineChart chart = Plots.lines((s.dims() == 1 ? "Signals" : "Textures") + ": online SGD steps to learn phases vs input size")
                .x(s.dims() == 1 ? "input size N" : "pixels N x N", d);
        for (double a : s.alphas()) {
            String name = "alpha = " + fmt(a);
            if (s.sizes().length >= 2 && r.allLearned(a)) {
                name += String.format(Locale.ROOT, " (slope %.2f)", r.slope(a).slope());
            } else if (!r.allLearned(a)) {
                name += " (some medians censored at " + s.maxSteps() + ")";
            }
            chart.y(name, r.medians(a));
        }
        if (d.length >= 2) {
            // an N^3 guide through the white-input median at the smallest size
            double[] guide = new double[d.length];
            double base = r.medianSteps(s.alphas()[0], s.sizes()[0]);
            for (int i = 0; i < d.length; i++) {
                guide[i] = base * Math.pow(d[i] / d[0], 3);
            }
            chart.y("~ N^3 guide", guide);
        }
        return chart.yTitle("median steps to accuracy > " + fmt(s.sgd().threshold())).logX().logY().build();
    }

    static String crossing(long steps) {
        return steps < 0 ? "not within the run" : String.valueOf(steps);
    }

    static double last(double[] v) {
        return v.length == 0 ? Double.NaN : v[v.length - 1];
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
