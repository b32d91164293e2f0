package lab.subspace.magics.fourier;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.random.Rng;

/**
 * A held-out test set and its two diagnostic views: {@code amplitudeOnly}, every input with its
 * phases scrambled (only amplitude information is left), and {@code phaseOnly}, every input given
 * the amplitudes of a random other input (only phase information is left). Accuracy on the first measures what
 * a network gets from amplitudes, on the second what it gets from phases. Either view may be null
 * when not needed.
 *
 * <pre>{@code
 * TestViews t = TestViews.of(task, 500, new Rng(9));
 * }</pre>
 *
 * @param full          test inputs (one per row)
 * @param labels        their labels, 0 or 1
 * @param amplitudeOnly the inputs with random phases, or null
 * @param phaseOnly     the inputs with a common amplitude spectrum, or null
 */
public record TestViews(DMatrixRMaj full, int[] labels, DMatrixRMaj amplitudeOnly, DMatrixRMaj phaseOnly) {

    public TestViews {
        if (full.numRows != labels.length) {
            throw new IllegalArgumentException("the test set has " + full.numRows + " rows but " + labels.length + " labels");
        }
        for (DMatrixRMaj v : new DMatrixRMaj[] {amplitudeOnly, phaseOnly}) {
            if (v != null) {
                Matrices.requireSameShape("test set", full, "view", v);
            }
        }
    }

    /** {@code perClass} fresh samples of each class of {@code task}, with both views when {@code views}. */
    public static TestViews of(PhaseTask task, int perClass, boolean views, Rng rng) {
        if (perClass < 1) {
            throw new IllegalArgumentException("test samples per class must be >= 1 but is " + perClass);
        }
        int d = task.grid().size();
        Memory.requireDoubles(3L * 2 * perClass * d, "test set of " + 2 * perClass + " signals with its two views");
        DMatrixRMaj x = new DMatrixRMaj(2 * perClass, d);
        int[] y = new int[2 * perClass];
        for (int i = 0; i < 2 * perClass; i++) {
            y[i] = i % 2;
            System.arraycopy(task.sample(y[i], rng), 0, x.data, i * d, d);
        }
        return views ? withViews(task.grid(), x, y, rng) : new TestViews(x, y, null, null);
    }

    /**
     * A test set (rows are signals on {@code grid}) with both views. The phase-only view gives every
     * row the amplitudes of another row drawn at random from the whole set, whatever its class, so
     * its amplitudes say nothing about its label while staying typical inputs.
     */
    public static TestViews withViews(Grid grid, DMatrixRMaj x, int[] labels, Rng rng) {
        Matrices.requireCols("test set", x, grid.size());
        Matrices.requireFinite("test set", x);
        int d = grid.size();
        Memory.requireDoubles(2L * x.numRows * d, "two views of a " + x.numRows + " x " + d + " test set");
        FourierSignals f = FourierSignals.of(grid);
        DMatrixRMaj amp = new DMatrixRMaj(x.numRows, d);
        DMatrixRMaj pha = new DMatrixRMaj(x.numRows, d);
        double[] row = new double[d];
        for (int i = 0; i < x.numRows; i++) {
            System.arraycopy(x.data, i * d, row, 0, d);
            System.arraycopy(f.scramblePhase(row, rng), 0, amp.data, i * d, d);
            double[] donor = new double[d];
            System.arraycopy(x.data, rng.nextInt(x.numRows) * d, donor, 0, d);
            System.arraycopy(f.withAmplitude(row, f.amplitude(donor)), 0, pha.data, i * d, d);
        }
        return new TestViews(x, labels.clone(), amp, pha);
    }

    public int size() {
        return labels.length;
    }
}
