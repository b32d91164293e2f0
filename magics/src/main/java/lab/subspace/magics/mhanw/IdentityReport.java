package lab.subspace.magics.mhanw;

import java.util.Arrays;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The outcome of {@link AttentionIdentity#check}: each identity with the largest entrywise
 * difference between its two sides.
 *
 * @param queries number of queries m
 * @param keys    number of keys n
 * @param dModel  token dimension d
 * @param heads   number of heads H
 * @param headDim head dimension d_k
 * @param checks  one entry per identity
 */
public record IdentityReport(int queries, int keys, int dModel, int heads, int headDim, List<Check> checks) {

    /** Entrywise agreement required of every identity, relative to the largest entry. */
    public static final double RELATIVE_TOLERANCE = 1e-12;

    public IdentityReport {
        checks = List.copyOf(checks);
    }

    /**
     * One identity.
     *
     * @param name          what is claimed
     * @param formula       the two sides
     * @param maxDifference max |attention side - NW side| over all entries
     * @param scale         max |entry| of the attention side
     * @param attention     the attention side, flattened (for the figure)
     * @param nw            the Nadaraya-Watson side, flattened
     */
    public record Check(String name, String formula, double maxDifference, double scale, double[] attention, double[] nw) {

        public Check {
            attention = attention.clone();
            nw = nw.clone();
        }

        static Check of(String name, String formula, DMatrixRMaj attention, DMatrixRMaj nw) {
            Matrices.requireSameShape("attention side", attention, "NW side", nw);
            int size = attention.getNumElements();
            double diff = 0;
            double scale = 0;
            for (int i = 0; i < size; i++) {
                diff = Math.max(diff, Math.abs(attention.data[i] - nw.data[i]));
                scale = Math.max(scale, Math.abs(attention.data[i]));
            }
            return new Check(name, formula, diff, scale, Arrays.copyOf(attention.data, size), Arrays.copyOf(nw.data, size));
        }

        /** True when the two sides agree to {@link #RELATIVE_TOLERANCE} of the largest entry. */
        public boolean holds() {
            return maxDifference <= RELATIVE_TOLERANCE * Math.max(1, scale);
        }

        @Override
        public double[] attention() {
            return attention.clone();
        }

        @Override
        public double[] nw() {
            return nw.clone();
        }
    }

    /** The largest difference over all identities. */
    public double maxDifference() {
        return checks.stream().mapToDouble(Check::maxDifference).max().orElse(0);
    }

    /** True when every identity holds. */
    public boolean holds() {
        return checks.stream().allMatch(Check::holds);
    }

    public Table table() {
        Tables.Builder b = Tables.builder("Attention = Nadaraya-Watson (m = " + queries + ", n = " + keys + ", d = " + dModel
                + ", H = " + heads + ", d_k = " + headDim + ")")
                .strings("identity", "sides").doubles("max |difference|", "max |entry|").booleans("holds");
        for (Check c : checks) {
            b.row(c.name(), c.formula(), c.maxDifference(), c.scale(), c.holds());
        }
        return b.build();
    }

    /** Every output entry computed both ways: the points lie on the diagonal. */
    public Figure figure() {
        var chart = Plots.scatter("Attention outputs vs Nadaraya-Watson estimates").xTitle("attention (matrix softmax)")
                .yTitle("Nadaraya-Watson (kernel sums)");
        for (Check c : checks) {
            chart.series(c.name(), c.attention, c.nw);
        }
        return chart.build();
    }
}
