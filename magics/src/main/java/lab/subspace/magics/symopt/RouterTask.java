package lab.subspace.magics.symopt;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.random.Rng;

/**
 * Regression data for a toy mixture of experts: inputs X (n x d) and targets Y (n x o), split into
 * a training pool (batches are drawn from it with replacement) and a held-out set (evaluation).
 *
 * <p>{@link #clusters} is the notebook's toy: K equally likely clusters with centres on a sphere of
 * radius {@code separation}, unit Gaussian noise, and a cluster-specific linear map y = A_k x, so
 * one expert per cluster is ideal and the ideal routing is balanced. {@link #of} takes your own
 * X and Y (the last 20% of rows are held out).
 *
 * <pre>{@code
 * RouterTask task = RouterTask.clusters(16, 8, 4, 3.0, 4096, 7L);
 * }</pre>
 *
 * @param trainX      training inputs
 * @param trainY      training targets
 * @param testX       held-out inputs
 * @param testY       held-out targets
 * @param description what the data are, for titles
 */
public record RouterTask(DMatrixRMaj trainX, DMatrixRMaj trainY, DMatrixRMaj testX, DMatrixRMaj testY, String description) {

    public RouterTask {
        Matrices.requireFinite("X", trainX);
        Matrices.requireFinite("Y", trainY);
        Matrices.requireFinite("held-out X", testX);
        Matrices.requireFinite("held-out Y", testY);
        Matrices.requireSameRows("X", trainX, "Y", trainY);
        Matrices.requireSameRows("held-out X", testX, "held-out Y", testY);
        Matrices.requireSameColumns("X", trainX, "held-out X", testX);
        Matrices.requireSameColumns("Y", trainY, "held-out Y", testY);
        if (trainX.numRows == 0 || testX.numRows == 0) {
            throw new IllegalArgumentException("need training and held-out rows but have " + trainX.numRows + " and " + testX.numRows);
        }
        trainX = trainX.copy();
        trainY = trainY.copy();
        testX = testX.copy();
        testY = testY.copy();
    }

    @Override
    public DMatrixRMaj trainX() {
        return trainX.copy();
    }

    @Override
    public DMatrixRMaj trainY() {
        return trainY.copy();
    }

    @Override
    public DMatrixRMaj testX() {
        return testX.copy();
    }

    @Override
    public DMatrixRMaj testY() {
        return testY.copy();
    }

    public int inputDim() {
        return trainX.numCols;
    }

    public int outputDim() {
        return trainY.numCols;
    }

    /**
     * The clustered toy: {@code samples} training and {@code samples / 4} held-out points.
     *
     * @param inputDim   d
     * @param clusters   K &gt;= 1
     * @param outputDim  o
     * @param separation radius of the cluster centres (noise has unit variance per coordinate)
     * @param samples    training points
     * @param seed       seed of centres, maps and points
     */
    public static RouterTask clusters(int inputDim, int clusters, int outputDim, double separation, int samples, long seed) {
        if (inputDim < 1 || clusters < 1 || outputDim < 1 || samples < 1) {
            throw new IllegalArgumentException("inputDim, clusters, outputDim and samples must be >= 1 but are " + inputDim + ", "
                    + clusters + ", " + outputDim + ", " + samples);
        }
        if (!(separation >= 0) || Double.isInfinite(separation)) {
            throw new IllegalArgumentException("separation must be finite and >= 0 but is " + separation);
        }
        Rng rng = new Rng(seed);
        double[][] centres = new double[clusters][];
        DMatrixRMaj[] maps = new DMatrixRMaj[clusters];
        for (int k = 0; k < clusters; k++) {
            centres[k] = rng.unitVector(inputDim);
            maps[k] = rng.gaussian(outputDim, inputDim, 1 / Math.sqrt(inputDim));
        }
        int test = Math.max(1, samples / 4);
        DMatrixRMaj[] xy = draw(centres, maps, separation, samples + test, rng);
        DMatrixRMaj x = xy[0];
        DMatrixRMaj y = xy[1];
        return new RouterTask(rows(x, 0, samples), rows(y, 0, samples), rows(x, samples, samples + test), rows(y, samples, samples + test),
                String.format(java.util.Locale.ROOT, "%d clusters in R^%d (radius %.3g), y = A_k x in R^%d", clusters, inputDim,
                        separation, outputDim));
    }

    /** Your own data: the first 80% of the rows train, the last 20% are held out. */
    public static RouterTask of(DMatrixRMaj x, DMatrixRMaj y) {
        Matrices.requireSameRows("X", x, "Y", y);
        if (x.numRows < 5) {
            throw new IllegalArgumentException("need at least 5 rows but X has " + x.numRows);
        }
        int split = (int) Math.round(x.numRows * 0.8);
        return new RouterTask(rows(x, 0, split), rows(y, 0, split), rows(x, split, x.numRows), rows(y, split, y.numRows),
                "your data (" + x.numRows + " x " + x.numCols + " -> " + y.numCols + ")");
    }

    private static DMatrixRMaj[] draw(double[][] centres, DMatrixRMaj[] maps, double separation, int n, Rng rng) {
        int d = centres[0].length;
        int o = maps[0].numRows;
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        DMatrixRMaj y = new DMatrixRMaj(n, o);
        for (int i = 0; i < n; i++) {
            int k = rng.nextInt(centres.length);
            for (int j = 0; j < d; j++) {
                x.unsafe_set(i, j, separation * centres[k][j] + rng.gaussian());
            }
            for (int a = 0; a < o; a++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += maps[k].unsafe_get(a, j) * x.unsafe_get(i, j);
                }
                y.unsafe_set(i, a, s);
            }
        }
        return new DMatrixRMaj[] {x, y};
    }

    static DMatrixRMaj rows(DMatrixRMaj m, int from, int to) {
        DMatrixRMaj out = new DMatrixRMaj(to - from, m.numCols);
        System.arraycopy(m.data, from * m.numCols, out.data, 0, (to - from) * m.numCols);
        return out;
    }
}
