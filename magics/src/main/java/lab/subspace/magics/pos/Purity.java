package lab.subspace.magics.pos;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.random.Rng;

/**
 * Cluster purity against known labels: the share of points whose cluster's majority label is
 * their own label, (1/n) sum_c max_k |c and k|. 1 for a perfect clustering (up to renaming);
 * about the largest class share for clusters unrelated to the labels ({@link #chance}).
 *
 * <pre>{@code
 * double p = Purity.of(clusters, truth);
 * double c = Purity.chance(clusters, truth, 20, 1);   // mean purity with the labels shuffled
 * }</pre>
 */
public final class Purity {

    private Purity() {
    }

    /**
     * @throws IllegalArgumentException for different lengths, no points or negative labels
     */
    public static double of(int[] clusters, int[] truth) {
        int[][] table = contingency(clusters, truth);
        long hits = 0;
        for (int[] row : table) {
            int max = 0;
            for (int v : row) {
                max = Math.max(max, v);
            }
            hits += max;
        }
        return (double) hits / clusters.length;
    }

    /**
     * For each label k, the share of its points that sit in a cluster whose majority label is k
     * (ties go to the lower label); 0 for a label absent from the data.
     */
    public static double[] perLabel(int[] clusters, int[] truth) {
        int[][] table = contingency(clusters, truth);
        int labels = table.length == 0 ? 0 : table[0].length;
        double[] hit = new double[labels];
        double[] size = new double[labels];
        for (int[] row : table) {
            int major = 0;
            for (int k = 0; k < labels; k++) {
                size[k] += row[k];
                if (row[k] > row[major]) {
                    major = k;
                }
            }
            hit[major] += row[major];
        }
        for (int k = 0; k < labels; k++) {
            hit[k] = size[k] == 0 ? 0 : hit[k] / size[k];
        }
        return hit;
    }

    /** Mean purity over {@code rounds} random permutations of the labels: the chance level. */
    public static double chance(int[] clusters, int[] truth, int rounds, long seed) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1 but is " + rounds);
        }
        Rng rng = new Rng(seed);
        double s = 0;
        int[] shuffled = truth.clone();
        for (int r = 0; r < rounds; r++) {
            Interrupts.check();
            rng.shuffle(shuffled);
            s += of(clusters, shuffled);
        }
        return s / rounds;
    }

    private static int[][] contingency(int[] clusters, int[] truth) {
        if (clusters.length != truth.length) {
            throw new IllegalArgumentException(clusters.length + " cluster labels but " + truth.length + " true labels");
        }
        if (clusters.length == 0) {
            throw new IllegalArgumentException("no points");
        }
        int c = 0;
        int k = 0;
        for (int i = 0; i < clusters.length; i++) {
            if (clusters[i] < 0 || truth[i] < 0) {
                throw new IllegalArgumentException("labels must be >= 0 but point " + i + " has cluster " + clusters[i] + " and label "
                        + truth[i]);
            }
            c = Math.max(c, clusters[i] + 1);
            k = Math.max(k, truth[i] + 1);
        }
        int[][] table = new int[c][k];
        for (int i = 0; i < clusters.length; i++) {
            table[clusters[i]][truth[i]]++;
        }
        return table;
    }
}
