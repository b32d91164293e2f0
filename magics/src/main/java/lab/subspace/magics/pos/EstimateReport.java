package lab.subspace.magics.pos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;

/**
 * What {@code %pos estimate} shows: the estimated structure, and its agreement with known labels
 * or a known union when there are any.
 *
 * @param source      where the data came from
 * @param structure   the estimated union of subspaces
 * @param recovery    comparison with the true union (synthetic data), or null
 * @param labelPurity cluster purity against labels you gave, or NaN
 * @param labelChance its mean under shuffled labels, or NaN
 */
public record EstimateReport(String source, SubspaceStructure structure, Recovery recovery, double labelPurity, double labelChance) {

    /**
     * @param truth  the true union (synthetic data), or null
     * @param labels the true subspace (or class) of each row, or null; required with {@code truth}
     */
    public static EstimateReport of(String source, SubspaceStructure structure, UnionOfSubspaces truth, int[] labels, long seed) {
        if (labels == null) {
            if (truth != null) {
                throw new IllegalArgumentException("comparing with a true union needs the true labels");
            }
            return new EstimateReport(source, structure, null, Double.NaN, Double.NaN);
        }
        if (labels.length != structure.labels().length) {
            throw new IllegalArgumentException(labels.length + " labels for " + structure.labels().length + " rows");
        }
        return new EstimateReport(source, structure, truth == null ? null : Recovery.of(structure, truth, labels), structure.purity(labels),
                Purity.chance(structure.labels(), labels, PatternPurity.CHANCE_ROUNDS, seed));
    }

    /** Number of subspaces found. */
    public int count() {
        return structure.count();
    }

    /** Their dimensions. */
    public int[] dims() {
        return structure.dims();
    }

    /** A one-row summary. */
    public Table summary() {
        SubspaceStructure s = structure;
        Tables.Builder b = Tables.builder("Subspace structure of " + source).ints("points", "D", "subspaces").strings("dimensions")
                .doubles("purity vs labels", "chance purity").ints("graph points", "working dimension").doubles("energy kept")
                .ints("K-subspaces rounds").booleans("converged");
        StringBuilder dims = new StringBuilder();
        for (int d : s.dims()) {
            dims.append(dims.length() == 0 ? "" : ", ").append(d);
        }
        b.row(s.labels().length, s.ambient(), s.count(), dims.toString(), labelPurity, labelChance, s.graphPoints(), s.workingDimension(),
                s.keptEnergy(), s.refineIterations(), s.refineConverged() && s.eigenConverged());
        return b.build();
    }

    /** Summary, per-subspace table, recovery (if known) and pair angles, in display order. */
    public List<Object> outputs() {
        List<Object> out = new ArrayList<>();
        out.add(summary());
        out.add(structure.table());
        if (recovery != null) {
            out.add(recovery.table());
        }
        if (structure.count() > 1) {
            out.add(structure.pairTable());
            out.add(structure.anglesFigure());
        }
        out.add(structure.eigengapFigure());
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "EstimateReport[%s: %d subspaces, dims %s]", source, count(), java.util.Arrays.toString(dims()));
    }
}
