package lab.subspace.magics.audit;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.Centering;
import lab.subspace.numerics.linalg.RowOps;

/**
 * The refusal direction of Arditi et al. ("Refusal in Language Models Is Mediated by a Single
 * Direction", arXiv:2406.11717) as used by "An Effective-Rank Audit of Alignment-Induced
 * Activation Shifts": the difference of the aligned model's mean activations on the safety set and
 * on the control set, and its |cos| with the audited shift directions.
 *
 * <pre>{@code
 * double[] r = RefusalDirection.of(alignedActs, safetyIdx, controlIdx);  // unit vector in R^d
 * double[] cos = RefusalDirection.cosines(Spectra.top(M, 5).v(), r);       // |cos| with v_1..v_5
 * }</pre>
 */
public final class RefusalDirection {

    private RefusalDirection() {
    }

    /**
     * mean_{Ds} h - mean_{Dc} h, normalised to unit length.
     *
     * @throws IllegalArgumentException when the two means coincide (no direction)
     */
    public static double[] of(DMatrixRMaj activations, int[] safety, int[] control) {
        Matrices.requireFinite("activations", activations);
        double[] a = Centering.columnMeans(RowOps.select(activations, safety));
        double[] b = Centering.columnMeans(RowOps.select(activations, control));
        double norm = 0;
        for (int j = 0; j < a.length; j++) {
            a[j] -= b[j];
            norm += a[j] * a[j];
        }
        if (norm == 0) {
            throw new IllegalArgumentException("the safety and control means coincide: there is no refusal direction");
        }
        norm = Math.sqrt(norm);
        for (int j = 0; j < a.length; j++) {
            a[j] /= norm;
        }
        return a;
    }

    /** |cos| between each column of {@code directions} (d x k) and {@code direction} (length d). */
    public static double[] cosines(DMatrixRMaj directions, double[] direction) {
        if (directions.numRows != direction.length) {
            throw new IllegalArgumentException("directions are " + Matrices.shape(directions) + " but the direction has "
                    + direction.length + " entries");
        }
        double[] out = new double[directions.numCols];
        for (int c = 0; c < out.length; c++) {
            double dot = 0;
            double nu = 0;
            double nv = 0;
            for (int i = 0; i < direction.length; i++) {
                double u = directions.unsafe_get(i, c);
                dot += u * direction[i];
                nu += u * u;
                nv += direction[i] * direction[i];
            }
            out[c] = nu == 0 || nv == 0 ? 0 : Math.abs(dot) / Math.sqrt(nu * nv);
        }
        return out;
    }
}
