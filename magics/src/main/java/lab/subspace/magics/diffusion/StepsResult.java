package lab.subspace.magics.diffusion;

import java.util.List;

import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Result of {@link StepsExperiment}.
 *
 * @param rows          one row per (score, method, steps)
 * @param w1TrainingSet geometric mean of W1(training set, fresh) over the repetitions
 * @param n             samples per repetition
 * @param t0            early-stopping time
 * @param repetitions   independent draws averaged
 * @param seed          seed used
 */
public record StepsResult(List<Row> rows, double w1TrainingSet, int n, double t0, int repetitions, long seed) {

    /**
     * @param method  sampler
     * @param score   "empirical" (smoothed empirical score) or "exact" (the model passed in)
     * @param steps   reverse steps
     * @param w1      geometric mean of W1(generated, fresh)
     * @param seconds wall-clock seconds of one sampler run (the empirical score uses every core, so thread CPU time would miss most of it)
     */
    public record Row(SamplerMethod method, String score, int steps, double w1, double seconds) {
    }

    public StepsResult {
        rows = List.copyOf(rows);
    }

    /** W1 of a setting. */
    public double w1(SamplerMethod method, String score, int steps) {
        return rows.stream().filter(r -> r.method == method && r.score.equals(score) && r.steps == steps).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no run with " + method + ", " + score + " score, " + steps
                        + " steps"))
                .w1();
    }

    public Table table() {
        Tables.Builder b = Tables.builder("W1(generated, fresh) vs sampler steps (n = " + n + ", t0 = "
                + String.format(java.util.Locale.ROOT, "%.3g", t0) + ")")
                .strings("method", "score").ints("steps").doubles("W1", "W1 / W1(training set)", "sampler wall s");
        for (Row r : rows) {
            b.row(r.method.name(), r.score, r.steps, r.w1, r.w1 / w1TrainingSet, r.seconds);
        }
        return b.build();
    }

    public Figure figure() {
        var chart = Plots.lines("Sampler convergence: W1(generated, fresh) vs reverse steps").logX()
                .xTitle("reverse steps").yTitle("W1 (geometric mean over " + repetitions + " draws)");
        int[] steps = rows.stream().mapToInt(Row::steps).distinct().sorted().toArray();
        double[] x = java.util.Arrays.stream(steps).asDoubleStream().toArray();
        rows.stream().map(r -> r.method.name() + " / " + r.score).distinct().forEach(key -> {
            double[] y = new double[steps.length];
            for (int i = 0; i < steps.length; i++) {
                final int s = steps[i];
                y[i] = rows.stream().filter(r -> (r.method.name() + " / " + r.score).equals(key) && r.steps == s)
                        .findFirst().orElseThrow().w1;
            }
            chart.series(key + " score", x, y);
        });
        double[] flat = new double[x.length];
        java.util.Arrays.fill(flat, w1TrainingSet);
        chart.series("training set itself", x, flat);
        return chart.build();
    }
}
