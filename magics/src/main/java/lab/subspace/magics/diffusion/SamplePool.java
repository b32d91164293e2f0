package lab.subspace.magics.diffusion;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.random.Rng;
import org.ejml.data.DMatrixRMaj;

/**
 * Your own samples (N x D, rows; e.g. activations exported with {@code numpy.save}) as a
 * {@link DataSource}: each draw takes disjoint random subsets for training and for the fresh
 * samples, so the experiment needs N &gt;= 2 n at its largest n.
 *
 * <pre>{@code
 * DataSource pool = SamplePool.of(Npy.read(Path.of("acts.npy")).toMatrix());
 * }</pre>
 */
public final class SamplePool implements DataSource {

    private final DMatrixRMaj samples;

    private SamplePool(DMatrixRMaj samples) {
        this.samples = samples;
    }

    /** A pool over the rows of {@code samples} (copied; checked finite, non-empty). */
    public static SamplePool of(DMatrixRMaj samples) {
        if (samples == null) {
            throw new IllegalArgumentException("samples are null");
        }
        Matrices.requireNonEmpty("samples", samples);
        Matrices.requireFinite("samples", samples);
        return new SamplePool(samples.copy());
    }

    /** Number of samples N. */
    public int size() {
        return samples.numRows;
    }

    @Override
    public int dimension() {
        return samples.numCols;
    }

    @Override
    public Split draw(int train, int fresh, long seed) {
        if (train < 1 || fresh < 1) {
            throw new IllegalArgumentException("train and fresh sizes must be >= 1 but are " + train + " and " + fresh);
        }
        if ((long) train + fresh > samples.numRows) {
            throw new IllegalArgumentException("the pool has " + samples.numRows + " samples but " + train + " training + "
                    + fresh + " fresh = " + (train + fresh) + " disjoint ones were asked for");
        }
        int[] idx = new Rng(seed).sample(samples.numRows, train + fresh);
        int[] a = java.util.Arrays.copyOfRange(idx, 0, train);
        int[] b = java.util.Arrays.copyOfRange(idx, train, train + fresh);
        return new Split(RowOps.select(samples, a), RowOps.select(samples, b));
    }
}
