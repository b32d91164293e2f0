package lab.subspace.magics.mcboost;

import java.util.Arrays;
import java.util.Locale;

import lab.subspace.numerics.stats.SpecialFunctions;

/**
 * Groups (and the whole population) x level sets of the current prediction: the indicator audit of
 * multicalibration (Hebert-Johnson et al., 2018). With one bin it is the group audit of
 * multiaccuracy. The level sets are equal-mass bins of the current predictions on the audited data.
 */
record LevelSetAudit(int bins, int minCell) implements AuditClass {

    LevelSetAudit {
        if (bins < 1) {
            throw new IllegalArgumentException("level sets need at least 1 bin but bins = " + bins);
        }
        if (minCell < 1) {
            throw new IllegalArgumentException("minCell must be at least 1 but is " + minCell);
        }
    }

    @Override
    public String name() {
        return bins == 1 ? "groups" : "groups x " + bins + " level sets";
    }

    @Override
    public Audit audit(McData data, double[] scores, Loss loss, double delta) {
        int n = data.size();
        double[] pred = new double[n];
        for (int i = 0; i < n; i++) {
            pred[i] = loss.prediction(scores[i]);
        }
        double[] edges = Bins.equalMass(pred, bins);
        int[] bin = Bins.assign(pred, edges);
        int groups = data.groups().count() + 1; // group index 0 is the whole population
        double[] sumR = new double[groups * bins];
        double[] sumW = new double[groups * bins];
        int[] count = new int[groups * bins];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = loss.residual(data.labels()[i], scores[i]);
            double w = loss.curvature(data.labels()[i], scores[i]);
            for (int g = 0; g < groups; g++) {
                if (g == 0 || data.groups().contains(g - 1, i)) {
                    int c = g * bins + bin[i];
                    sumR[c] += r[i];
                    sumW[c] += w;
                    count[c]++;
                }
            }
        }
        double dispersion = loss.dispersion(r);
        int cells = 0;
        for (int c = 0; c < count.length; c++) {
            cells += count[c] >= minCell ? 1 : 0;
        }
        double z = SpecialFunctions.normalQuantile(1 - delta / (2.0 * Math.max(1, cells)));
        int best = -1;
        double violation = 0;
        double maxT = 0;
        for (int c = 0; c < count.length; c++) {
            if (count[c] < minCell) {
                continue;
            }
            double v = Math.abs(sumR[c]) / n;
            if (best < 0 || v > violation) {
                best = c;
                violation = v;
            }
            if (sumW[c] > 0) {
                maxT = Math.max(maxT, Math.abs(sumR[c]) / Math.sqrt(dispersion * sumW[c]));
            }
        }
        if (best < 0) {
            return new Audit(new Cell(-1, "all", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0), 0, 0);
        }
        int g = best / bins;
        int b = best % bins;
        int[] idx = new int[count[best]];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (bin[i] == b && (g == 0 || data.groups().contains(g - 1, i))) {
                idx[k++] = i;
            }
        }
        double step = loss.cellStep(data.labels(), scores, idx);
        String name = g == 0 ? "all" : data.groups().names()[g - 1];
        Cell cell = new Cell(g - 1, name, b == 0 ? Double.NEGATIVE_INFINITY : edges[b - 1],
                b == bins - 1 ? Double.POSITIVE_INFINITY : edges[b], step);
        return new Audit(cell, violation, maxT / z);
    }

    /** The update on one cell: {@code value} where the row is in the group and its prediction in [lo, hi). */
    record Cell(int group, String groupName, double lo, double hi, double value) implements AuditFunction {

        @Override
        public double[] evaluate(McData data, double[] scores, Loss loss) {
            double[] h = new double[data.size()];
            for (int i = 0; i < h.length; i++) {
                double p = loss.prediction(scores[i]);
                if (p >= lo && p < hi && (group < 0 || data.groups().contains(group, i))) {
                    h[i] = value;
                }
            }
            return h;
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "%s, level [%.4g, %.4g): %+.4g", groupName, lo, hi, value);
        }
    }

    /** Equal-mass bin edges and bin lookup. */
    static final class Bins {

        private Bins() {
        }

        /** {@code bins - 1} interior edges at the empirical quantiles k / bins of {@code values}. */
        static double[] equalMass(double[] values, int bins) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double[] edges = new double[bins - 1];
            for (int k = 1; k < bins; k++) {
                edges[k - 1] = sorted[Math.min(sorted.length - 1, (int) ((long) k * sorted.length / bins))];
            }
            return edges;
        }

        /** Bin of each value: the number of edges at or below it. */
        static int[] assign(double[] values, double[] edges) {
            int[] bin = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                int pos = Arrays.binarySearch(edges, values[i]);
                if (pos >= 0) {
                    while (pos + 1 < edges.length && edges[pos + 1] == values[i]) {
                        pos++;
                    }
                    bin[i] = pos + 1;
                } else {
                    bin[i] = -pos - 1;
                }
            }
            return bin;
        }
    }
}
