package lab.subspace.magics.featlearn;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.Spd;
import lab.subspace.numerics.linalg.SymmetricEigen;

/**
 * A spiked covariance C = bulk * I + spike * v v^T (|v| = 1), the law N(0, C) that the paper shows
 * approximates a neuron's weights after one large gradient step ("How does feature learning
 * reshape the function space?"). {@link #fit} reads it off a weight second-moment matrix: v is the
 * top eigenvector, bulk the mean of the other eigenvalues, spike the top eigenvalue minus bulk.
 *
 * <pre>{@code
 * SpikedCovariance c = SpikedCovariance.fit(net.weightCovariance());
 * double align = c.cosine(target.beta());     // |cos(v, beta)|
 * DMatrixRMaj C = c.matrix();                 // d x d
 * }</pre>
 *
 * @param bulk        isotropic variance per coordinate (&gt; 0)
 * @param spike       extra variance along the direction (&gt;= 0)
 * @param direction   unit vector v (length d); not copied
 * @param eigenvalues eigenvalues of the matrix it was fitted to, descending (empty when built directly); not copied
 */
public record SpikedCovariance(double bulk, double spike, double[] direction, double[] eigenvalues) {

    public SpikedCovariance {
        if (!(bulk > 0) || Double.isInfinite(bulk)) {
            throw new IllegalArgumentException("bulk variance must be finite and > 0 but is " + bulk);
        }
        if (!(spike >= 0) || Double.isInfinite(spike)) {
            throw new IllegalArgumentException("spike must be finite and >= 0 but is " + spike);
        }
        Matrices.requireFinite("direction", direction);
        double norm = Math.sqrt(Vectors.dot(direction, direction));
        if (Math.abs(norm - 1) > 1e-9) {
            throw new IllegalArgumentException("direction must have unit norm but its norm is " + norm);
        }
        if (eigenvalues == null) {
            eigenvalues = new double[0];
        }
    }

    /** bulk * I + spike * v v^T with v normalised here. */
    public static SpikedCovariance of(double bulk, double spike, double[] direction) {
        Matrices.requireFinite("direction", direction);
        double[] v = Vectors.unit(direction);
        if (Vectors.dot(v, v) == 0) {
            throw new IllegalArgumentException("direction must not be the zero vector");
        }
        return new SpikedCovariance(bulk, spike, v, new double[0]);
    }

    /**
     * The spiked model closest in spectrum to a symmetric positive semidefinite d x d matrix
     * (d &gt;= 2): v its top eigenvector, bulk the mean of its other eigenvalues.
     */
    public static SpikedCovariance fit(DMatrixRMaj covariance) {
        Spd.requireSymmetric("covariance", covariance);
        int d = covariance.numRows;
        if (d < 2) {
            throw new IllegalArgumentException("a spiked model needs d >= 2 but the covariance is " + d + " x " + d);
        }
        SymmetricEigen e = Spd.eigen(covariance);
        double[] asc = e.values();
        double top = asc[d - 1];
        double bulk = 0;
        for (int i = 0; i < d - 1; i++) {
            bulk += asc[i];
        }
        bulk /= d - 1;
        if (!(bulk > 0)) {
            throw new IllegalArgumentException("the covariance's eigenvalues below the top one average " + bulk
                    + "; a spiked model needs a positive bulk");
        }
        double[] v = new double[d];
        int largest = 0;
        for (int i = 0; i < d; i++) {
            v[i] = e.vectors().get(i, d - 1);
            if (Math.abs(v[i]) > Math.abs(v[largest])) {
                largest = i;
            }
        }
        if (v[largest] < 0) { // a fixed sign makes fits comparable across runs
            for (int i = 0; i < d; i++) {
                v[i] = -v[i];
            }
        }
        double[] desc = new double[d];
        for (int i = 0; i < d; i++) {
            desc[i] = asc[d - 1 - i];
        }
        return new SpikedCovariance(bulk, Math.max(0, top - bulk), Vectors.unit(v), desc);
    }

    /** The isotropic law with the same trace: (bulk + spike / d) I. */
    public SpikedCovariance isotropic() {
        return new SpikedCovariance(bulk + spike / dimension(), 0, direction, new double[0]);
    }

    /** Dimension d. */
    public int dimension() {
        return direction.length;
    }

    /** |cos| between the spike direction and u. */
    public double cosine(double[] u) {
        if (u.length != dimension()) {
            throw new IllegalArgumentException("the vector has " + u.length + " entries but the covariance is "
                    + dimension() + " x " + dimension());
        }
        return Math.sqrt(Vectors.cos2(direction, u));
    }

    /** Top eigenvalue over the second one of the fitted matrix (NaN when built directly). */
    public double outlierRatio() {
        return eigenvalues.length < 2 ? Double.NaN : eigenvalues[0] / eigenvalues[1];
    }

    /** bulk * I + spike * v v^T as a d x d matrix. */
    public DMatrixRMaj matrix() {
        int d = dimension();
        DMatrixRMaj c = new DMatrixRMaj(d, d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                c.unsafe_set(i, j, spike * direction[i] * direction[j] + (i == j ? bulk : 0));
            }
        }
        return c;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "SpikedCovariance[bulk=%.4g, spike=%.4g, d=%d, eigenvalues=%s]", bulk,
                spike, dimension(), eigenvalues.length > 3 ? Arrays.toString(Arrays.copyOf(eigenvalues, 3)) + "..."
                        : Arrays.toString(eigenvalues));
    }
}
