package lab.subspace.magics.mcboost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.stats.SpecialFunctions;

/**
 * Small regression trees over (features, group indicators, current prediction), grown greedily on
 * the Newton-weighted residual (Pfisterer et al.'s mcboost uses such trees as its default auditor).
 * Leaves are cells: the violation is max over leaves of |E_n[1_leaf r]|, the significance a
 * Bonferroni t-statistic over the candidate splits.
 */
record TreeAudit(int depth, int minLeaf) implements AuditClass {

    TreeAudit {
        if (depth < 1 || depth > 8) {
            throw new IllegalArgumentException("tree depth must be in 1..8 but is " + depth);
        }
        if (minLeaf < 1) {
            throw new IllegalArgumentException("minLeaf must be at least 1 but is " + minLeaf);
        }
    }

    @Override
    public String name() {
        return "trees (depth " + depth + ")";
    }

    @Override
    public Audit audit(McData data, double[] scores, Loss loss, double delta) {
        int n = data.size();
        double[][] x = columns(data, scores, loss);
        double[] r = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = loss.residual(data.labels()[i], scores[i]);
            w[i] = loss.curvature(data.labels()[i], scores[i]);
        }
        Builder b = new Builder(x, r, w);
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        b.grow(all, 0);
        double dispersion = loss.dispersion(r);
        double z = SpecialFunctions.normalQuantile(1 - delta / (2.0 * Math.max(1, b.candidates)));
        double violation = 0;
        double maxT = 0;
        double[] value = new double[b.feature.size()];
        for (int node = 0; node < value.length; node++) {
            int[] idx = b.rows.get(node);
            if (b.feature.get(node) >= 0) {
                continue;
            }
            double sr = 0;
            double sw = 0;
            for (int i : idx) {
                sr += r[i];
                sw += w[i];
            }
            violation = Math.max(violation, Math.abs(sr) / n);
            if (sw > 0) {
                maxT = Math.max(maxT, Math.abs(sr) / Math.sqrt(dispersion * sw));
            }
            value[node] = loss.cellStep(data.labels(), scores, idx);
        }
        Tree tree = new Tree(b.feature.stream().mapToInt(Integer::intValue).toArray(),
                b.threshold.stream().mapToDouble(Double::doubleValue).toArray(),
                b.left.stream().mapToInt(Integer::intValue).toArray(),
                b.right.stream().mapToInt(Integer::intValue).toArray(), value);
        return new Audit(tree, violation, maxT / z);
    }

    /** Columns the tree splits on: features, group indicators, the current prediction (last). */
    static double[][] columns(McData data, double[] scores, Loss loss) {
        int n = data.size();
        int d = data.dimension();
        int g = data.groups().count();
        double[][] x = new double[d + g + 1][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[j][i] = data.features().unsafe_get(i, j);
            }
            for (int k = 0; k < g; k++) {
                x[d + k][i] = data.groups().contains(k, i) ? 1 : 0;
            }
            x[d + g][i] = loss.prediction(scores[i]);
        }
        return x;
    }

    /** Greedy growth; nodes are stored in parallel lists (feature -1 marks a leaf). */
    private final class Builder {
        final double[][] x;
        final double[] r;
        final double[] w;
        final List<Integer> feature = new ArrayList<>();
        final List<Double> threshold = new ArrayList<>();
        final List<Integer> left = new ArrayList<>();
        final List<Integer> right = new ArrayList<>();
        final List<int[]> rows = new ArrayList<>();
        long candidates;

        Builder(double[][] x, double[] r, double[] w) {
            this.x = x;
            this.r = r;
            this.w = w;
        }

        int grow(int[] idx, int level) {
            Interrupts.check();
            int node = feature.size();
            feature.add(-1);
            threshold.add(Double.NaN);
            left.add(-1);
            right.add(-1);
            rows.add(idx);
            if (level == depth || idx.length < 2 * minLeaf) {
                return node;
            }
            double totalR = 0;
            double totalW = 0;
            for (int i : idx) {
                totalR += r[i];
                totalW += w[i];
            }
            double parent = totalW > 0 ? totalR * totalR / totalW : 0;
            double bestGain = 1e-12 * Math.max(parent, 1e-300);
            int bestFeature = -1;
            double bestThreshold = Double.NaN;
            Integer[] order = new Integer[idx.length];
            for (int j = 0; j < x.length; j++) {
                final double[] col = x[j];
                for (int k = 0; k < idx.length; k++) {
                    order[k] = idx[k];
                }
                Arrays.sort(order, (a, c) -> Double.compare(col[a], col[c]));
                double sr = 0;
                double sw = 0;
                for (int k = 0; k < idx.length - 1; k++) {
                    sr += r[order[k]];
                    sw += w[order[k]];
                    if (k + 1 < minLeaf || idx.length - k - 1 < minLeaf || col[order[k]] == col[order[k + 1]]) {
                        continue;
                    }
                    candidates++;
                    double rw = totalW - sw;
                    double gain = (sw > 0 ? sr * sr / sw : 0) + (rw > 0 ? (totalR - sr) * (totalR - sr) / rw : 0) - parent;
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestFeature = j;
                        bestThreshold = 0.5 * (col[order[k]] + col[order[k + 1]]);
                    }
                }
            }
            if (bestFeature < 0) {
                return node;
            }
            final double[] col = x[bestFeature];
            final double t = bestThreshold;
            int[] lo = Arrays.stream(idx).filter(i -> col[i] < t).toArray();
            int[] hi = Arrays.stream(idx).filter(i -> col[i] >= t).toArray();
            feature.set(node, bestFeature);
            threshold.set(node, t);
            left.set(node, grow(lo, level + 1));
            right.set(node, grow(hi, level + 1));
            return node;
        }
    }

    /** A fitted tree update: internal nodes send column &lt; threshold left; leaves hold the step. */
    record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) implements AuditFunction {

        @Override
        public double[] evaluate(McData data, double[] scores, Loss loss) {
            double[][] x = columns(data, scores, loss);
            for (int f : feature) {
                if (f >= x.length) {
                    throw new IllegalArgumentException("this tree splits on column " + f + " but the data give only "
                            + x.length + " (features, groups, prediction)");
                }
            }
            double[] h = new double[data.size()];
            for (int i = 0; i < h.length; i++) {
                int node = 0;
                while (feature[node] >= 0) {
                    node = x[feature[node]][i] < threshold[node] ? left[node] : right[node];
                }
                h[i] = value[node];
            }
            return h;
        }

        @Override
        public String describe() {
            long leaves = Arrays.stream(feature).filter(f -> f < 0).count();
            return String.format(Locale.ROOT, "tree with %d leaves", leaves);
        }
    }
}
