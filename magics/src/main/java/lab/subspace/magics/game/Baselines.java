package lab.subspace.magics.game;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.MaskedMatrix;
import lab.subspace.numerics.Parallel;
import lab.subspace.numerics.linalg.RowOps;

/**
 * GAME's simpler baselines: each group completed on its own, and mean imputation.
 *
 * <pre>{@code
 * DMatrixRMaj sep = Baselines.separate(Y, groups, Lambdas.fromNoise(Y, groups, 0.1).groups(),
 *         CompletionOptions.defaults());
 * DMatrixRMaj mean = Baselines.columnMeans(Y);
 * }</pre>
 */
public final class Baselines {

    private Baselines() {
    }

    /**
     * Per-group separate completion: soft-impute on each group's rows alone with weight
     * {@code lambdas[g]} (no information crosses groups); a row in several groups gets the
     * average of its groups' estimates, a row in none its column means.
     */
    public static DMatrixRMaj separate(MaskedMatrix y, GroupMembership groups, double[] lambdas, CompletionOptions options) {
        return separate(y, groups, lambdas, options, null, null);
    }

    /**
     * Like {@link #separate(MaskedMatrix, GroupMembership, double[], CompletionOptions)}, warm-started
     * from an estimate (may be null); adds the soft-impute iterations to {@code iterations[0]} when
     * that is not null.
     */
    static DMatrixRMaj separate(MaskedMatrix y, GroupMembership groups, double[] lambdas, CompletionOptions options,
            DMatrixRMaj warmStart, int[] iterations) {
        Checks.requireRows(y, groups);
        if (lambdas.length != groups.count()) {
            throw new IllegalArgumentException(lambdas.length + " lambdas for " + groups.count() + " groups");
        }
        int p = y.cols();
        DMatrixRMaj sum = new DMatrixRMaj(y.rows(), p);
        int[] coverage = groups.coverage();
        // groups are completed independently: in parallel, merged in group order
        Completion[] fits = new Completion[groups.count()];
        Parallel.forRange(groups.count(), 1, null, (lo, hi) -> {
            for (int g = lo; g < hi; g++) {
                int[] rows = groups.membersView(g);
                DMatrixRMaj start = warmStart == null ? null : RowOps.select(warmStart, rows);
                fits[g] = SoftImpute.run(rowsOf(y, rows), lambdas[g], options, start, null);
            }
        });
        for (int g = 0; g < groups.count(); g++) {
            int[] rows = groups.membersView(g);
            if (iterations != null) {
                iterations[0] += fits[g].iterations();
            }
            DMatrixRMaj est = fits[g].estimate();
            for (int k = 0; k < rows.length; k++) {
                for (int j = 0; j < p; j++) {
                    sum.data[rows[k] * p + j] += est.data[k * p + j];
                }
            }
        }
        DMatrixRMaj means = null;
        for (int i = 0; i < y.rows(); i++) {
            if (coverage[i] == 0) {
                means = means == null ? columnMeans(y) : means;
                System.arraycopy(means.data, i * p, sum.data, i * p, p);
            } else {
                for (int j = 0; j < p; j++) {
                    sum.data[i * p + j] /= coverage[i];
                }
            }
        }
        return sum;
    }

    /**
     * Mean imputation: observed entries kept, each missing entry replaced by its column's mean
     * over the observed entries (the overall observed mean for a column with none; 0 if nothing
     * is observed).
     */
    public static DMatrixRMaj columnMeans(MaskedMatrix y) {
        int n = y.rows();
        int p = y.cols();
        double[] sum = new double[p];
        int[] count = new int[p];
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                if (y.mask().unsafe_get(i, j) != 0) {
                    double v = y.values().unsafe_get(i, j);
                    sum[j] += v;
                    count[j]++;
                    total += v;
                }
            }
        }
        double overall = y.observed() == 0 ? 0 : total / y.observed();
        DMatrixRMaj out = new DMatrixRMaj(n, p);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                out.unsafe_set(i, j, y.mask().unsafe_get(i, j) != 0 ? y.values().unsafe_get(i, j)
                        : count[j] > 0 ? sum[j] / count[j] : overall);
            }
        }
        return out;
    }

    /** The rows of a masked matrix (copied). */
    static MaskedMatrix rowsOf(MaskedMatrix y, int[] rows) {
        DMatrixRMaj v = RowOps.select(y.values(), rows);
        DMatrixRMaj m = RowOps.select(y.mask(), rows);
        int observed = 0;
        for (double d : m.data) {
            observed += d != 0 ? 1 : 0;
        }
        return new MaskedMatrix(v, m, observed);
    }
}
