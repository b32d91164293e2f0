package lab.subspace.magics.mhanw;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.display.Progress;
import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.random.Rng;

/**
 * The bias-variance-covariance decomposition of an H-head Nadaraya-Watson ensemble on a user's
 * own data and heads (e.g. the subspaces of a trained model's W_Q, from {@link HeadDiversity#headBases}),
 * next to the same ensemble with every head on head 0's subspace (no diversity).
 *
 * <p>A random fifth of the rows (at most 500) is held out as queries; each of R training sets is a
 * random half of the remaining rows (subsampling, so training sets overlap as little as the data
 * allow). The target at a query is its observed y, so bias^2 here includes the label noise.
 * Bandwidths not given are chosen per head by leave-one-out cross-validation ({@link Bandwidths}).
 *
 * <pre>{@code
 * List<DMatrixRMaj> heads = HeadDiversity.headBases(Wq, 8);
 * EnsembleReport r = EnsembleDiagnostic.run(X, y, heads, null, 30, 0L);
 * r.heads().mse(); r.identical().mse(); r.heads().correlation();
 * }</pre>
 */
public final class EnsembleDiagnostic {

    /** Fewest rows for a held-out set and overlapping-but-different training sets. */
    public static final int MIN_ROWS = 20;

    private EnsembleDiagnostic() {
    }

    /**
     * @param x          n x d inputs
     * @param y          n targets
     * @param bases      orthonormal head bases (d x k_h)
     * @param bandwidths one per head, or null to cross-validate each head's
     * @param replicates training sets (at least 2)
     * @param seed       random seed (split, subsamples, cross-validation)
     */
    public static EnsembleReport run(DMatrixRMaj x, double[] y, List<DMatrixRMaj> bases, double[] bandwidths, int replicates, long seed) {
        Matrices.requireLength("y", y, x.numRows);
        Matrices.requireFinite("X", x);
        Matrices.requireFinite("y", y);
        if (x.numRows < MIN_ROWS) {
            throw new IllegalArgumentException("the diagnostic needs at least " + MIN_ROWS + " rows but X has " + x.numRows);
        }
        if (replicates < 2) {
            throw new IllegalArgumentException("variances need at least 2 training sets but replicates = " + replicates);
        }
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("no heads given");
        }
        Matrices.requireCols("X", x, bases.get(0).numRows);
        Rng rng = new Rng(seed);
        int[] order = rng.permutation(x.numRows);
        int m = Math.min(500, Math.max(1, x.numRows / 5));
        int[] queryRows = java.util.Arrays.copyOfRange(order, 0, m);
        int[] poolRows = java.util.Arrays.copyOfRange(order, m, order.length);
        DMatrixRMaj pool = RowOps.select(x, poolRows);
        double[] poolY = select(y, poolRows);
        double[] queryY = select(y, queryRows);
        LatentViews.Sample queries = new LatentViews.Sample(RowOps.select(x, queryRows), queryY, queryY);
        double[] b = bandwidths == null ? choose(pool, poolY, bases, rng.split()) : bandwidths.clone();
        NwEnsemble heads = new NwEnsemble(bases, b);
        NwEnsemble identical = new NwEnsemble(Collections.nCopies(bases.size(), bases.get(0)), b[0]);
        int half = Math.max(1, poolRows.length / 2);
        double[][][][] predictions;
        try (Progress progress = Progress.start("%mha-nw ensemble: training sets", replicates, Duration.ofSeconds(1))) {
            predictions = MonteCarlo.predictions(r -> {
                int[] rows = r.sample(poolRows.length, half);
                return new LatentViews.Sample(RowOps.select(pool, rows), select(poolY, rows), select(poolY, rows));
            }, queries, List.of(heads, identical), replicates, rng.split(), progress);
        }
        LayerDiversity diversity = bases.size() < 2 ? null : HeadDiversity.analyze("your heads", bases);
        return new EnsembleReport(diversity, b, half, m, Decomposition.of(predictions[0], queryY),
                Decomposition.of(predictions[1], queryY));
    }

    private static double[] choose(DMatrixRMaj pool, double[] y, List<DMatrixRMaj> bases, Rng rng) {
        double[] b = new double[bases.size()];
        for (int h = 0; h < b.length; h++) {
            b[h] = Bandwidths.leaveOneOut(CommonOps_DDRM.mult(pool, bases.get(h), null), y, rng.split()).bandwidth();
        }
        return b;
    }

    private static double[] select(double[] v, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = v[rows[i]];
        }
        return out;
    }
}
