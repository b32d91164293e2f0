package lab.subspace.magics.mhanw;

import java.util.Arrays;
import java.util.List;

import lab.subspace.display.Plots;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The heads of one layer (or any set of heads) compared pairwise: see {@link HeadDiversity}.
 *
 * @param name      label, e.g. "layer 3 W_Q"
 * @param dimension d, the space the heads project from (d_model)
 * @param ranks     dimension of each head's subspace (d_k unless a head's projection is rank deficient)
 * @param hdi       Head Diversity Index: 0 identical heads, 1 mutually orthogonal heads
 * @param randomHdi expected HDI of uniformly random subspaces of the same dimensions (1 - d_k / d)
 * @param overlap   H x H mean squared cosines (1 on the diagonal)
 * @param pairs     every pair h &lt; h', in order (0,1), (0,2), ..., (H-2, H-1)
 */
public record LayerDiversity(String name, int dimension, int[] ranks, double hdi, double randomHdi,
        double[][] overlap, List<HeadPair> pairs) {

    public LayerDiversity {
        ranks = ranks.clone();
        overlap = Arrays.stream(overlap).map(double[]::clone).toArray(double[][]::new);
        pairs = List.copyOf(pairs);
    }

    public int heads() {
        return ranks.length;
    }

    @Override
    public int[] ranks() {
        return ranks.clone();
    }

    @Override
    public double[][] overlap() {
        return Arrays.stream(overlap).map(double[]::clone).toArray(double[][]::new);
    }

    /** The pair (h, g) in either order. */
    public HeadPair pair(int h, int g) {
        int a = Math.min(h, g);
        int b = Math.max(h, g);
        if (a < 0 || b >= heads() || a == b) {
            throw new IllegalArgumentException("no pair (" + h + ", " + g + ") among " + heads() + " heads");
        }
        // pairs are listed row by row of the upper triangle
        int index = a * heads() - a * (a + 1) / 2 + (b - a - 1);
        return pairs.get(index);
    }

    /** Mean principal angle of every pair in degrees, as an H x H matrix (0 on the diagonal). */
    public double[][] meanAnglesDegrees() {
        double[][] m = new double[heads()][heads()];
        for (HeadPair p : pairs) {
            m[p.first()][p.second()] = p.meanAngleDegrees();
            m[p.second()][p.first()] = m[p.first()][p.second()];
        }
        return m;
    }

    /** All principal angles of all pairs, in degrees. */
    public double[] allAnglesDegrees() {
        return pairs.stream().flatMapToDouble(p -> Arrays.stream(p.anglesDegrees())).toArray();
    }

    /** Every pair's overlap and principal angles. */
    public Table table() {
        return DiversityReport.pairTable(String.format(java.util.Locale.ROOT,
                "Principal angles between the heads of %s (HDI %.3f, random subspaces %.3f)", name, hdi, randomHdi), List.of(this));
    }

    /** Mean principal angle of every pair of heads as a heatmap (90 = orthogonal). */
    public Figure heatmap() {
        String[] labels = java.util.stream.IntStream.range(0, heads()).mapToObj(h -> "head " + h).toArray(String[]::new);
        return Plots.heatmap(String.format(java.util.Locale.ROOT, "Mean principal angle between heads, %s (HDI %.3f)", name, hdi),
                meanAnglesDegrees()).x("head", labels).y("head", labels).colorbar("degrees").colorscale("Viridis").zRange(0, 90)
                .firstRowOnTop().build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerDiversity l && l.name.equals(name) && l.dimension == dimension && Arrays.equals(l.ranks, ranks)
                && l.hdi == hdi && l.randomHdi == randomHdi && Arrays.deepEquals(l.overlap, overlap) && l.pairs.equals(pairs);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Double.hashCode(hdi);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "LayerDiversity[%s: %d heads in R^%d, HDI %.4f (random %.4f)]", name, heads(),
                dimension, hdi, randomHdi);
    }
}
