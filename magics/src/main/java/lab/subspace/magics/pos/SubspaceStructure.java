package lab.subspace.magics.pos;

import java.util.List;
import java.util.Locale;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import lab.subspace.numerics.linalg.Subspaces;
import lab.subspace.numerics.linalg.UnionDistances;
import lab.subspace.numerics.stats.Descriptive;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The union of subspaces {@link SubspaceEstimation#fit} found: bases, which point belongs where,
 * and how well the subspaces explain the data.
 *
 * @param bases              orthonormal D x d_k bases in the data's coordinates (after centring)
 * @param labels             subspace of each input row; not copied
 * @param mean               the mean subtracted first (zeros without centring); not copied
 * @param centered           whether the data were centred
 * @param residualFractions  per subspace, the share of its points' squared norm off the subspace; not copied
 * @param eigenvalues        leading eigenvalues of the normalised affinity, descending; not copied
 * @param countEstimated     whether K was chosen from the eigengap
 * @param refineIterations   K-subspaces rounds run
 * @param refineConverged    whether K-subspaces stopped with no label changing
 * @param eigenConverged     whether the eigen-solver converged
 * @param graphPoints        points in the spectral graph (all, or the random subset)
 * @param workingDimension   coordinates used (D, or the principal directions kept)
 * @param keptEnergy         share of the energy in those coordinates (1 without projection)
 * @param options            the settings used
 */
public record SubspaceStructure(List<DMatrixRMaj> bases, int[] labels, double[] mean, boolean centered, double[] residualFractions,
        double[] eigenvalues, boolean countEstimated, int refineIterations, boolean refineConverged, boolean eigenConverged,
        int graphPoints, int workingDimension, double keptEnergy, EstimationOptions options) {

    public SubspaceStructure {
        bases = List.copyOf(bases);
    }

    /** Number of subspaces K. */
    public int count() {
        return bases.size();
    }

    /** Ambient dimension D. */
    public int ambient() {
        return bases.get(0).numRows;
    }

    /** Dimension of each subspace. */
    public int[] dims() {
        return bases.stream().mapToInt(q -> q.numCols).toArray();
    }

    /** Points assigned to each subspace. */
    public int[] sizes() {
        int[] s = new int[count()];
        for (int l : labels) {
            s[l]++;
        }
        return s;
    }

    /** The estimate as a {@link UnionOfSubspaces} (in centred coordinates). */
    public UnionOfSubspaces union() {
        return new UnionOfSubspaces(bases);
    }

    /** Principal angles between subspaces i and j, radians, ascending (min(d_i, d_j) values). */
    public double[] principalAngles(int i, int j) {
        return Subspaces.principalAngles(bases.get(i), bases.get(j));
    }

    /** K x K smallest principal angles in degrees (0 on the diagonal). */
    public double[][] smallestAngles() {
        int k = count();
        double[][] a = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                a[i][j] = Math.toDegrees(principalAngles(i, j)[0]);
                a[j][i] = a[i][j];
            }
        }
        return a;
    }

    /**
     * Distance of each row of X (in the original coordinates: the mean is subtracted here) to the
     * nearest estimated subspace, and which one it is. This is the anomaly score of the union.
     */
    public UnionDistances distances(DMatrixRMaj x) {
        Matrices.requireCols("X", x, ambient());
        DMatrixRMaj c = x.copy();
        for (int i = 0; i < c.numRows; i++) {
            for (int j = 0; j < c.numCols; j++) {
                c.data[i * c.numCols + j] -= mean[j];
            }
        }
        return Subspaces.distancesToUnion(c, bases);
    }

    /** Cluster purity of the assignment against known labels (see {@link Purity}). */
    public double purity(int[] truth) {
        return Purity.of(labels, truth);
    }

    // ---------------------------------------------------------------- views

    private String name(int k) {
        return "S" + k + " (d=" + bases.get(k).numCols + ")";
    }

    /** One row per subspace: dimension, points, residual energy, nearest other subspace. */
    public Table table() {
        int k = count();
        double[][] angles = smallestAngles();
        int[] sizes = sizes();
        Tables.Builder b = Tables.builder(String.format(Locale.ROOT, "%d subspace%s of R^%d found in %d points (K %s, %s affinity%s)", k,
                k == 1 ? "" : "s", ambient(), labels.length, countEstimated ? "from the eigengap" : "given",
                options.affinity().name().toLowerCase(Locale.ROOT).replace('_', ' '), centered ? ", centred" : ""))
                .strings("subspace").ints("dimension", "points").doubles("share of points", "residual energy")
                .strings("nearest subspace").doubles("smallest angle to it (deg)");
        for (int i = 0; i < k; i++) {
            int nearest = -1;
            for (int j = 0; j < k; j++) {
                if (j != i && (nearest < 0 || angles[i][j] < angles[i][nearest])) {
                    nearest = j;
                }
            }
            b.row(name(i), bases.get(i).numCols, sizes[i], (double) sizes[i] / labels.length, residualFractions[i],
                    nearest < 0 ? "-" : name(nearest), nearest < 0 ? Double.NaN : angles[i][nearest]);
        }
        return b.build();
    }

    /** One row per pair of subspaces: all their principal angles. */
    public Table pairTable() {
        Tables.Builder b = Tables.builder("Principal angles between the estimated subspaces (degrees)").strings("pair", "angles")
                .doubles("smallest", "median", "largest");
        for (int i = 0; i < count(); i++) {
            for (int j = i + 1; j < count(); j++) {
                double[] a = principalAngles(i, j);
                double[] deg = new double[a.length];
                StringBuilder s = new StringBuilder();
                for (int t = 0; t < a.length; t++) {
                    deg[t] = Math.toDegrees(a[t]);
                    s.append(t == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", deg[t]));
                }
                b.row(name(i) + " / " + name(j), s.toString(), deg[0], Descriptive.median(deg), deg[deg.length - 1]);
            }
        }
        return b.build();
    }

    /** Heatmap of the smallest principal angle between every pair of subspaces. */
    public Figure anglesFigure() {
        String[] names = new String[count()];
        for (int i = 0; i < names.length; i++) {
            names[i] = name(i);
        }
        return Plots.heatmap("Smallest principal angle between estimated subspaces", smallestAngles())
                .x("subspace", names).y("subspace", names).colorbar("degrees").zRange(0, 90).firstRowOnTop().build();
    }

    /** The normalised Laplacian's smallest eigenvalues and the relative gap that picks K. */
    public Figure eigengapFigure() {
        int m = eigenvalues.length;
        double[] index = new double[m];
        double[] lambda = new double[m];
        for (int i = 0; i < m; i++) {
            index[i] = i + 1;
            lambda[i] = Math.max(0, 1 - eigenvalues[i]);
        }
        double floor = Math.max(SpectralClustering.GAP_FLOOR * lambda[m - 1], 1e-12);
        double[] gapX = new double[m - 1];
        double[] gap = new double[m - 1];
        for (int i = 0; i < m - 1; i++) {
            gapX[i] = i + 1;
            gap[i] = (lambda[i + 1] + floor) / (lambda[i] + floor);
        }
        return Plots.lines("Spectral graph: Laplacian eigenvalues and the eigengap (K = " + count() + ")")
                .xTitle("index k")
                .series("lambda_k of I - D^-1/2 A D^-1/2", index, lambda)
                .yTitle("eigenvalue")
                .panel("(lambda_{k+1} + delta) / (lambda_k + delta)")
                .series("relative gap after k", gapX, gap)
                .build();
    }
}
