package lab.subspace.magics.pos;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.cluster.KMeans;
import lab.subspace.numerics.linalg.RowOps;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * How well a ReLU layer's activation patterns separate the subspaces: the "angular selector"
 * reading of ReLU in "Axiomatizing Neural Networks via Pursuit of Subspaces" (arXiv, 2025). A unit
 * fires on a cone of directions around its weight vector; if the layer has learned the union of
 * subspaces, each unit's cone meets one subspace, and the pattern of active units of a point
 * names its subspace.
 *
 * <p>Measured on held-out points, with unit owners taken from separate points:
 * <ul>
 * <li><b>pattern purity</b> of a point: the share of its active units owned by its own subspace,
 * a unit's owner being the subspace with the largest mean activation; averaged per subspace.
 * Chance: what a point of subspace k would score if patterns did not depend on the subspace
 * (the mean share of active units owned by k over all points).</li>
 * <li><b>cluster purity</b>: k-means of the binary patterns into K groups, scored against the
 * subspaces ({@link Purity}); chance by shuffling the labels.</li>
 * <li><b>unit selectivity</b>: share of a unit's mean activation coming from its owner (1/K for
 * a unit that fires alike everywhere).</li>
 * </ul>
 *
 * <pre>{@code
 * PatternPurity p = PatternPurity.of("layer 1", hidden, labels, 42);   // half of each label's rows name owners
 * double[] perSubspace = p.perLabel();
 * }</pre>
 *
 * @param name            what was measured (shown in tables)
 * @param perLabel        pattern purity of each label's held-out points; not copied
 * @param chancePerLabel  its chance level; not copied
 * @param purity          pattern purity over all held-out points that fire at all
 * @param chance          its chance level
 * @param clusterPurity   purity of k-means on the binary patterns
 * @param clusterChance   its mean under shuffled labels
 * @param unitSelectivity mean share of a live unit's activation from its owner
 * @param activeFraction  share of (point, unit) pairs that fire
 * @param deadUnits       units that never fire on the owner points
 * @param silentPoints    held-out points with no active unit (left out of the purity)
 * @param owners          owner of each unit (-1 for dead units); not copied
 * @param profiles        K x units: each unit's mean activation per label, normalised to sum 1
 *                        per unit (0 for dead units); not copied
 */
public record PatternPurity(String name, double[] perLabel, double[] chancePerLabel, double purity, double chance, double clusterPurity,
        double clusterChance, double unitSelectivity, double activeFraction, int deadUnits, int silentPoints, int[] owners,
        double[][] profiles) {

    /** Shuffles behind the cluster-purity chance level. */
    static final int CHANCE_ROUNDS = 20;

    /**
     * Splits the rows within each label: the 1st, 3rd, 5th... row of a label name the unit owners,
     * the 2nd, 4th... are scored (so the split is balanced whatever the order of the rows).
     *
     * @param activations n x units, non-negative (ReLU outputs; negative entries count as silent)
     * @param labels      subspace (class) of each row, 0..K-1
     */
    public static PatternPurity of(String name, DMatrixRMaj activations, int[] labels, long seed) {
        int n = activations.numRows;
        if (labels.length != n) {
            throw new IllegalArgumentException(name + ": " + n + " rows of activations but " + labels.length + " labels");
        }
        if (n < 4) {
            throw new IllegalArgumentException(name + ": pattern purity needs at least 4 rows but got " + n);
        }
        java.util.Map<Integer, Integer> seen = new java.util.HashMap<>();
        int[] half = new int[n];
        for (int i = 0; i < n; i++) {
            half[i] = seen.merge(labels[i], 1, Integer::sum) % 2; // 1 for a label's 1st, 3rd, ... row
        }
        int[] owner = java.util.stream.IntStream.range(0, n).filter(i -> half[i] == 1).toArray();
        int[] scored = java.util.stream.IntStream.range(0, n).filter(i -> half[i] == 0).toArray();
        return of(name, RowOps.select(activations, owner), pick(labels, owner), RowOps.select(activations, scored), pick(labels, scored),
                seed);
    }

    /**
     * @param ownerActivations activations (rows) that decide each unit's owner
     * @param ownerLabels      their labels
     * @param activations      held-out activations that are scored
     * @param labels           their labels
     * @throws IllegalArgumentException for mismatched shapes, negative labels or non-finite values
     */
    public static PatternPurity of(String name, DMatrixRMaj ownerActivations, int[] ownerLabels, DMatrixRMaj activations, int[] labels,
            long seed) {
        Matrices.requireFinite(name + " (owner activations)", ownerActivations);
        Matrices.requireFinite(name + " (activations)", activations);
        Matrices.requireSameColumns("owner activations", ownerActivations, "activations", activations);
        if (ownerLabels.length != ownerActivations.numRows || labels.length != activations.numRows) {
            throw new IllegalArgumentException(name + ": " + ownerActivations.numRows + " owner rows with " + ownerLabels.length
                    + " labels, " + activations.numRows + " scored rows with " + labels.length + " labels");
        }
        int k = 0;
        for (int[] ls : new int[][] {ownerLabels, labels}) {
            for (int i = 0; i < ls.length; i++) {
                if (ls[i] < 0) {
                    throw new IllegalArgumentException(name + ": labels must be >= 0 but label " + i + " is " + ls[i]);
                }
                k = Math.max(k, ls[i] + 1);
            }
        }
        int units = activations.numCols;
        // owners: largest mean activation per label (means, so that unequal label counts do not matter)
        double[][] mean = new double[k][units];
        int[] count = new int[k];
        for (int i = 0; i < ownerActivations.numRows; i++) {
            count[ownerLabels[i]]++;
            for (int u = 0; u < units; u++) {
                mean[ownerLabels[i]][u] += Math.max(0, ownerActivations.unsafe_get(i, u));
            }
        }
        int[] owners = new int[units];
        double[][] profiles = new double[k][units];
        double selectivity = 0;
        int dead = 0;
        for (int u = 0; u < units; u++) {
            double total = 0;
            int best = -1;
            for (int c = 0; c < k; c++) {
                mean[c][u] = count[c] == 0 ? 0 : mean[c][u] / count[c];
                total += mean[c][u];
                if (mean[c][u] > 0 && (best < 0 || mean[c][u] > mean[best][u])) {
                    best = c;
                }
            }
            owners[u] = best;
            if (best < 0) {
                dead++;
                continue;
            }
            for (int c = 0; c < k; c++) {
                profiles[c][u] = mean[c][u] / total;
            }
            selectivity += profiles[best][u];
        }
        selectivity = units - dead == 0 ? Double.NaN : selectivity / (units - dead);
        // pattern purity of the scored points
        int n = activations.numRows;
        double[] hit = new double[k];
        int[] scored = new int[k];
        double[] ownedShare = new double[k]; // summed over all firing points: the chance level
        int firing = 0;
        int silent = 0;
        long active = 0;
        DMatrixRMaj patterns = new DMatrixRMaj(n, units);
        for (int i = 0; i < n; i++) {
            Interrupts.check();
            int[] byOwner = new int[k];
            int live = 0;
            for (int u = 0; u < units; u++) {
                if (activations.unsafe_get(i, u) > 0) {
                    patterns.unsafe_set(i, u, 1);
                    active++;
                    if (owners[u] >= 0) {
                        byOwner[owners[u]]++;
                        live++;
                    }
                }
            }
            if (live == 0) {
                silent++;
                continue;
            }
            firing++;
            hit[labels[i]] += (double) byOwner[labels[i]] / live;
            scored[labels[i]]++;
            for (int c = 0; c < k; c++) {
                ownedShare[c] += (double) byOwner[c] / live;
            }
        }
        double[] perLabel = new double[k];
        double[] chancePerLabel = new double[k];
        double purity = 0;
        double chance = 0;
        for (int c = 0; c < k; c++) {
            perLabel[c] = scored[c] == 0 ? Double.NaN : hit[c] / scored[c];
            chancePerLabel[c] = firing == 0 ? Double.NaN : ownedShare[c] / firing;
            if (firing > 0) {
                purity += hit[c] / firing;
                chance += (double) scored[c] / firing * chancePerLabel[c];
            }
        }
        if (firing == 0) {
            purity = Double.NaN;
            chance = Double.NaN;
        }
        int clusters = Math.min(k, n);
        int[] groups = KMeans.fit(patterns, clusters, seed).labels();
        double clusterPurity = Purity.of(groups, labels);
        double clusterChance = Purity.chance(groups, labels, CHANCE_ROUNDS, seed + 1);
        return new PatternPurity(name, perLabel, chancePerLabel, purity, chance, clusterPurity, clusterChance, selectivity,
                (double) active / ((long) n * units), dead, silent, owners, profiles);
    }

    /** Number of labels K. */
    public int labels() {
        return perLabel.length;
    }

    /** Pattern purity over its chance level. */
    public double liftOverChance() {
        return purity / chance;
    }

    /** The unit profiles with units sorted by owner (then by selectivity), for a block-diagonal heatmap. */
    public double[][] sortedProfiles() {
        Integer[] order = new Integer[owners.length];
        for (int u = 0; u < order.length; u++) {
            order[u] = u;
        }
        Arrays.sort(order, (a, b) -> {
            int oa = owners[a] < 0 ? Integer.MAX_VALUE : owners[a];
            int ob = owners[b] < 0 ? Integer.MAX_VALUE : owners[b];
            if (oa != ob) {
                return Integer.compare(oa, ob);
            }
            double sa = owners[a] < 0 ? 0 : profiles[owners[a]][a];
            double sb = owners[b] < 0 ? 0 : profiles[owners[b]][b];
            return Double.compare(sb, sa);
        });
        double[][] out = new double[profiles.length][order.length];
        for (int c = 0; c < profiles.length; c++) {
            for (int t = 0; t < order.length; t++) {
                out[c][t] = profiles[c][order[t]];
            }
        }
        return out;
    }

    /** Per label: pattern purity and its chance level; then the overall row. */
    public Table table() {
        Tables.Builder b = Tables.builder(String.format(java.util.Locale.ROOT,
                "Pattern purity of %s: %.1f%% of units fire, %d dead units, cluster purity %.3f (chance %.3f), unit selectivity %.3f", name,
                100 * activeFraction, deadUnits, clusterPurity, clusterChance, unitSelectivity))
                .strings("label").doubles("pattern purity", "chance", "lift");
        for (int c = 0; c < perLabel.length; c++) {
            b.row(String.valueOf(c), perLabel[c], chancePerLabel[c], perLabel[c] / chancePerLabel[c]);
        }
        b.row("all", purity, chance, liftOverChance());
        return b.build();
    }

    /** Pattern purity per label against its chance level. */
    public Figure figure() {
        String[] names = new String[perLabel.length];
        for (int c = 0; c < names.length; c++) {
            names[c] = String.valueOf(c);
        }
        return Plots.bars("Pattern purity per label (" + name + ")", names).add("pattern purity", perLabel).add("chance", chancePerLabel)
                .xTitle("label").yTitle("share of active units owned by the label").build();
    }

    /** Heatmap of each unit's activation share per label, units sorted by owner. */
    public Figure profilesFigure(String[] labelNames) {
        if (labelNames.length != profiles.length) {
            throw new IllegalArgumentException(labelNames.length + " label names for " + profiles.length + " labels");
        }
        double[][] z = sortedProfiles();
        double[] units = new double[z[0].length];
        for (int u = 0; u < units.length; u++) {
            units[u] = u;
        }
        return Plots.heatmap("Where each unit fires (" + name + "): share of its mean activation per label", z)
                .x("unit (sorted by owner)", units).y("label", labelNames).colorbar("share").zRange(0, 1).firstRowOnTop().build();
    }

    /** {@link #profilesFigure(String[])} with labels named 0..K-1. */
    public Figure profilesFigure() {
        String[] names = new String[profiles.length];
        for (int c = 0; c < names.length; c++) {
            names[c] = String.valueOf(c);
        }
        return profilesFigure(names);
    }

    private static int[] pick(int[] a, int[] idx) {
        int[] out = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = a[idx[i]];
        }
        return out;
    }
}
