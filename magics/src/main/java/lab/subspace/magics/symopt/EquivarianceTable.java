package lab.subspace.magics.symopt;

import java.util.List;
import java.util.Locale;

import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The outcome of {@link Equivariance#table}: the equivariance error of every candidate under every
 * group.
 *
 * @param candidates the rows
 * @param groups     the columns
 * @param errors     errors[i][j] of candidate i under group j (max over the trials)
 * @param rows       gradient rows m
 * @param cols       gradient columns n
 * @param steps      gradients per trajectory
 * @param trials     group elements per cell
 */
public record EquivarianceTable(List<Candidate> candidates, List<Group> groups, double[][] errors, int rows, int cols, int steps,
        int trials) {

    public EquivarianceTable {
        candidates = List.copyOf(candidates);
        groups = List.copyOf(groups);
        if (errors.length != candidates.size()) {
            throw new IllegalArgumentException(errors.length + " error rows for " + candidates.size() + " candidates");
        }
        double[][] copy = new double[errors.length][];
        for (int i = 0; i < errors.length; i++) {
            if (errors[i].length != groups.size()) {
                throw new IllegalArgumentException("error row " + i + " has " + errors[i].length + " entries for " + groups.size() + " groups");
            }
            copy[i] = errors[i].clone();
        }
        errors = copy;
    }

    @Override
    public double[][] errors() {
        double[][] copy = new double[errors.length][];
        for (int i = 0; i < errors.length; i++) {
            copy[i] = errors[i].clone();
        }
        return copy;
    }

    /** The error of the named candidate under {@code group}. */
    public double error(String candidate, Group group) {
        int j = groups.indexOf(group);
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).name().equals(candidate) && j >= 0) {
                return errors[i][j];
            }
        }
        throw new IllegalArgumentException("no cell for candidate '" + candidate + "' and group " + group + "; candidates: "
                + candidates.stream().map(Candidate::name).toList());
    }

    /** Largest error over the cells expected to be equivariant (candidates with a declared group). */
    public double worstEquivariant() {
        double worst = 0;
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = 0; j < groups.size(); j++) {
                if (Boolean.TRUE.equals(candidates.get(i).expectedEquivariant(groups.get(j)))) {
                    worst = Math.max(worst, errors[i][j]);
                }
            }
        }
        return worst;
    }

    /** Smallest error over the cells expected not to be equivariant (infinity if none). */
    public double smallestBroken() {
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = 0; j < groups.size(); j++) {
                if (Boolean.FALSE.equals(candidates.get(i).expectedEquivariant(groups.get(j)))) {
                    smallest = Math.min(smallest, errors[i][j]);
                }
            }
        }
        return smallest;
    }

    /**
     * Whether every candidate with a declared group is exactly equivariant ({@link Equivariance#EXACT})
     * under exactly the tested groups its own group contains, and clearly not
     * ({@link Equivariance#BROKEN}) under the others.
     */
    public boolean matchesDesign() {
        return worstEquivariant() < Equivariance.EXACT && smallestBroken() > Equivariance.BROKEN;
    }

    /** Errors, with each candidate's own group and whether its row matches the design. */
    public Table table() {
        Tables.Builder b = Tables.builder(String.format(Locale.ROOT,
                "Equivariance error max_t |W_t(g.G) - g.W_t(G)| / |W_t(G)| (%d x %d gradients, %d steps, %d group elements per cell)",
                rows, cols, steps, trials)).strings("update rule", "U(M)", "own group");
        for (Group g : groups) {
            b.doubles(g.label() + ": " + g.action());
        }
        b.strings("equivariant under");
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Object[] row = new Object[groups.size() + 4];
            row[0] = c.name();
            row[1] = c.formula();
            row[2] = c.own() == null ? "(not declared)" : c.own().label();
            StringBuilder exact = new StringBuilder();
            for (int j = 0; j < groups.size(); j++) {
                row[3 + j] = errors[i][j];
                if (errors[i][j] < Equivariance.EXACT) {
                    exact.append(exact.length() == 0 ? "" : ", ").append(groups.get(j).label());
                }
            }
            row[groups.size() + 3] = exact.length() == 0 ? "none" : exact.toString();
            b.row(row);
        }
        return b.build();
    }

    /** log10 of the errors: exact equivariance is dark (about -16), broken is bright (about 0). */
    public Figure heatmap() {
        double[][] z = new double[candidates.size()][groups.size()];
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < groups.size(); j++) {
                z[i][j] = Math.log10(Math.max(errors[i][j], 1e-17));
            }
        }
        return Plots.heatmap("Equivariance error by update rule and symmetry group (log10)", z)
                .x("group acting on the gradient", groups.stream().map(g -> g.label() + ": " + g.action()).toArray(String[]::new))
                .y("update rule", candidates.stream().map(Candidate::name).toArray(String[]::new))
                .colorbar("log10 error").colorscale("Viridis").zRange(-17, 1).firstRowOnTop()
                .size(900, 520)
                .build();
    }
}
