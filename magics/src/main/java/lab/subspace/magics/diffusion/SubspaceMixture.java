package lab.subspace.magics.diffusion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.linalg.Subspaces;
import lab.subspace.numerics.random.Rng;
import org.ejml.data.DMatrixRMaj;

/**
 * A mixture over K subspaces span(U_j) of R^D: x = U_j z with j drawn with probability w_j and z
 * in R^{k_j} with i.i.d. subgaussian, unit-variance coordinates: the data model of "Diffusion Models
 * Are Statistically Optimal for Learning Low-Dimensional Multi-Modal Distributions", for which the
 * sample complexity depends on k = max k_j and not on D.
 *
 * <pre>{@code
 * SubspaceMixture mix = SubspaceMixture.random(100, 3, 3, SubgaussianLaw.GAUSSIAN, 1L);  // D, k, K
 * MixtureSample s = mix.sample(500, 2L);               // 500 x 100 points and their components
 * ScoreModel exact = mix.exactScore();                 // closed form (Gaussian z only)
 * }</pre>
 */
public final class SubspaceMixture implements DataSource {

    private final List<DMatrixRMaj> bases;
    private final double[] weights;
    private final SubgaussianLaw law;
    private final int dimension;

    private SubspaceMixture(List<DMatrixRMaj> bases, double[] weights, SubgaussianLaw law) {
        this.bases = bases;
        this.weights = weights;
        this.law = law;
        this.dimension = bases.get(0).numRows;
    }

    /**
     * K uniformly random (Haar) k-dimensional subspaces of R^D with equal weights.
     *
     * @throws IllegalArgumentException unless 1 &lt;= k &lt;= D and K &gt;= 1
     */
    public static SubspaceMixture random(int dimension, int k, int components, SubgaussianLaw law, long seed) {
        if (dimension < 1) {
            throw new IllegalArgumentException("the ambient dimension D must be >= 1 but is " + dimension);
        }
        if (k < 1 || k > dimension) {
            throw new IllegalArgumentException("the subspace dimension k must be in [1, D = " + dimension + "] but is " + k);
        }
        if (components < 1) {
            throw new IllegalArgumentException("the number of subspaces K must be >= 1 but is " + components);
        }
        Rng rng = new Rng(seed);
        List<DMatrixRMaj> bases = new ArrayList<>();
        for (int j = 0; j < components; j++) {
            bases.add(rng.subspace(dimension, k));
        }
        double[] w = new double[components];
        java.util.Arrays.fill(w, 1.0 / components);
        return of(bases, w, law);
    }

    /**
     * A mixture with the given orthonormal bases (each D x k_j, copied) and weights (normalised to sum 1).
     *
     * @throws IllegalArgumentException for no bases, different D, non-orthonormal bases, or bad weights
     */
    public static SubspaceMixture of(List<DMatrixRMaj> bases, double[] weights, SubgaussianLaw law) {
        if (bases == null || bases.isEmpty()) {
            throw new IllegalArgumentException("the mixture needs at least one subspace basis");
        }
        if (law == null) {
            throw new IllegalArgumentException("the coordinate law is null; use GAUSSIAN, UNIFORM or RADEMACHER");
        }
        if (weights == null || weights.length != bases.size()) {
            throw new IllegalArgumentException("there are " + bases.size() + " subspaces but "
                    + (weights == null ? "no" : String.valueOf(weights.length)) + " weights");
        }
        int d = bases.get(0).numRows;
        List<DMatrixRMaj> copies = new ArrayList<>();
        for (int j = 0; j < bases.size(); j++) {
            DMatrixRMaj u = bases.get(j);
            if (u == null) {
                throw new IllegalArgumentException("basis " + j + " is null");
            }
            if (u.numRows != d) {
                throw new IllegalArgumentException("basis 0 lives in R^" + d + " but basis " + j + " is " + Matrices.shape(u));
            }
            if (u.numCols < 1) {
                throw new IllegalArgumentException("basis " + j + " has no columns");
            }
            Subspaces.requireOrthonormal("basis " + j, u);
            copies.add(u.copy());
        }
        double total = 0;
        for (int j = 0; j < weights.length; j++) {
            if (!(weights[j] >= 0) || Double.isInfinite(weights[j])) {
                throw new IllegalArgumentException("weights must be finite and >= 0 but weight " + j + " is " + weights[j]);
            }
            total += weights[j];
        }
        if (total <= 0) {
            throw new IllegalArgumentException("the weights sum to 0");
        }
        double[] w = new double[weights.length];
        for (int j = 0; j < w.length; j++) {
            w[j] = weights[j] / total;
        }
        return new SubspaceMixture(Collections.unmodifiableList(copies), w, law);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** Number of subspaces K. */
    public int components() {
        return bases.size();
    }

    /** The intrinsic dimension k = max_j k_j. */
    public int intrinsicDimension() {
        int k = 0;
        for (DMatrixRMaj u : bases) {
            k = Math.max(k, u.numCols);
        }
        return k;
    }

    /** Basis U_j (D x k_j, a copy). */
    public DMatrixRMaj basis(int j) {
        return bases.get(j).copy();
    }

    /** All bases (copies). */
    public List<DMatrixRMaj> bases() {
        return bases.stream().map(DMatrixRMaj::copy).toList();
    }

    /** Mixture weights (a copy). */
    public double[] weights() {
        return weights.clone();
    }

    public SubgaussianLaw law() {
        return law;
    }

    /** n points and their components. */
    public MixtureSample sample(int n, long seed) {
        return sample(n, new Rng(seed));
    }

    MixtureSample sample(int n, Rng rng) {
        if (n < 1) {
            throw new IllegalArgumentException("the number of samples must be >= 1 but is " + n);
        }
        Memory.requireDoubles((long) n * dimension, "samples " + n + " x " + dimension);
        DMatrixRMaj x = new DMatrixRMaj(n, dimension);
        int[] comp = new int[n];
        double[] z = new double[intrinsicDimension()];
        for (int i = 0; i < n; i++) {
            if ((i & 1023) == 0) {
                Interrupts.check();
            }
            int j = rng.categorical(weights);
            comp[i] = j;
            DMatrixRMaj u = bases.get(j);
            int k = u.numCols;
            for (int c = 0; c < k; c++) {
                z[c] = law.draw(rng);
            }
            for (int d = 0; d < dimension; d++) {
                double s = 0;
                for (int c = 0; c < k; c++) {
                    s += u.data[d * k + c] * z[c];
                }
                x.data[i * dimension + d] = s;
            }
        }
        return new MixtureSample(x, comp);
    }

    @Override
    public Split draw(int train, int fresh, long seed) {
        Rng rng = new Rng(seed);
        DMatrixRMaj a = sample(train, rng).points();
        DMatrixRMaj b = sample(fresh, rng).points();
        return new Split(a, b);
    }

    /**
     * The exact score of the noised mixture, in closed form: with Gaussian z each component at
     * time t is N(0, a_t^2 U_j U_j^T + s_t^2 I). A reference "perfectly fitted" score, and an
     * example of a user-supplied {@link ScoreModel}.
     *
     * @throws IllegalArgumentException unless the coordinates are Gaussian
     */
    public ScoreModel exactScore() {
        if (law != SubgaussianLaw.GAUSSIAN) {
            throw new IllegalArgumentException("the closed-form score needs Gaussian coordinates but the law is " + law);
        }
        return new MixtureScore(bases, weights);
    }

    @Override
    public String toString() {
        return "SubspaceMixture[K = " + bases.size() + ", k = " + intrinsicDimension() + ", D = " + dimension + ", " + law + "]";
    }
}
