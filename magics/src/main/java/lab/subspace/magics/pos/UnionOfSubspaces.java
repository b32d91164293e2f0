package lab.subspace.magics.pos;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.linalg.Subspaces;
import lab.subspace.numerics.linalg.UnionDistances;
import lab.subspace.numerics.random.Rng;

/**
 * A union of K linear subspaces of R^D, the data model of "Axiomatizing Neural Networks via
 * Pursuit of Subspaces" (arXiv, 2025): representations lie near a union of low-dimensional
 * subspaces, and the network's job is to find them (to pursue them) and to remove what lies off
 * them.
 *
 * <p>A point of subspace k is {@code U_k c} with {@code c ~ N(0, I_{d_k})}, plus optional
 * isotropic noise N(0, sigma^2 I_D).
 *
 * <pre>{@code
 * UnionOfSubspaces union = UnionOfSubspaces.random(32, new int[] {2, 3, 4, 5}, 7);
 * UnionSample s = union.sample(200, 0.05, new Rng(1));     // 200 noisy points per subspace
 * double[] d = union.distances(s.points()).distance();    // distance of each point to the union
 * }</pre>
 *
 * @param bases orthonormal bases, one D x d_k matrix per subspace
 */
public record UnionOfSubspaces(List<DMatrixRMaj> bases) {

    public UnionOfSubspaces {
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("a union needs at least one subspace");
        }
        int ambient = bases.get(0).numRows;
        for (int k = 0; k < bases.size(); k++) {
            DMatrixRMaj q = bases.get(k);
            if (q.numRows != ambient) {
                throw new IllegalArgumentException("basis " + k + " lives in R^" + q.numRows + " but basis 0 in R^" + ambient);
            }
            if (q.numCols < 1) {
                throw new IllegalArgumentException("basis " + k + " has no columns");
            }
            Subspaces.requireOrthonormal("basis " + k, q);
        }
        bases = List.copyOf(bases);
    }

    /**
     * Independent, uniformly random subspaces of R^D with the given dimensions.
     *
     * @throws IllegalArgumentException unless every dimension is in [1, D]
     */
    public static UnionOfSubspaces random(int ambient, int[] dims, long seed) {
        if (dims.length == 0) {
            throw new IllegalArgumentException("dims is empty: give at least one subspace dimension");
        }
        Rng rng = new Rng(seed);
        List<DMatrixRMaj> list = new ArrayList<>();
        for (int k = 0; k < dims.length; k++) {
            if (dims[k] < 1 || dims[k] > ambient) {
                throw new IllegalArgumentException("subspace " + k + " has dimension " + dims[k] + " but must be in [1, " + ambient
                        + "] in R^" + ambient);
            }
            list.add(rng.subspace(ambient, dims[k]));
        }
        return new UnionOfSubspaces(list);
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

    /**
     * {@code perSubspace} points of each subspace in turn (labels 0,0,..,1,1,..), each
     * {@code U_k c + noise} with c ~ N(0, I) and noise ~ N(0, noise^2 I_D).
     */
    public UnionSample sample(int perSubspace, double noise, Rng rng) {
        int[] counts = new int[count()];
        Arrays.fill(counts, perSubspace);
        return sample(counts, noise, rng);
    }

    /** {@code counts[k]} points of subspace k; see {@link #sample(int, double, Rng)}. */
    public UnionSample sample(int[] counts, double noise, Rng rng) {
        if (counts.length != count()) {
            throw new IllegalArgumentException(counts.length + " counts for " + count() + " subspaces");
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be finite and >= 0 but is " + noise);
        }
        int n = 0;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] < 0) {
                throw new IllegalArgumentException("counts[" + k + "] = " + counts[k] + " is negative");
            }
            n += counts[k];
        }
        int d = ambient();
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        int[] labels = new int[n];
        int row = 0;
        for (int k = 0; k < counts.length; k++) {
            Interrupts.check();
            DMatrixRMaj q = bases.get(k);
            for (int i = 0; i < counts[k]; i++, row++) {
                labels[row] = k;
                double[] c = rng.gaussianVector(q.numCols);
                for (int a = 0; a < d; a++) {
                    double v = 0;
                    for (int b = 0; b < c.length; b++) {
                        v += q.unsafe_get(a, b) * c[b];
                    }
                    x.unsafe_set(row, a, v + (noise > 0 ? noise * rng.gaussian() : 0));
                }
            }
        }
        return new UnionSample(x, labels);
    }

    /**
     * Off-union points: isotropic Gaussian in R^D, scaled so that their mean squared norm is
     * {@code meanSquaredNorm} (match it to the inliers' so that the norm alone gives nothing away).
     */
    public DMatrixRMaj ambientOutliers(int n, double meanSquaredNorm, Rng rng) {
        return rng.gaussian(n, ambient(), Math.sqrt(meanSquaredNorm / ambient()));
    }

    /**
     * In-span outliers: the sum of a point of one subspace and a point of another (chosen at
     * random), rescaled to mean squared norm {@code meanSquaredNorm}. They lie in the span of the
     * union, so a single Gaussian (or PCA) model of the inliers cannot tell them apart, but they
     * are off every subspace.
     *
     * @throws IllegalArgumentException for a union of fewer than 2 subspaces
     */
    public DMatrixRMaj mixtureOutliers(int n, double meanSquaredNorm, Rng rng) {
        if (count() < 2) {
            throw new IllegalArgumentException("mixture outliers need at least 2 subspaces but the union has " + count());
        }
        int d = ambient();
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        for (int i = 0; i < n; i++) {
            Interrupts.check();
            int a = rng.nextInt(count());
            int b = rng.nextInt(count() - 1);
            if (b >= a) {
                b++;
            }
            for (int k : new int[] {a, b}) {
                DMatrixRMaj q = bases.get(k);
                double[] c = rng.gaussianVector(q.numCols);
                for (int r = 0; r < d; r++) {
                    double v = 0;
                    for (int j = 0; j < c.length; j++) {
                        v += q.unsafe_get(r, j) * c[j];
                    }
                    x.unsafe_set(i, r, x.unsafe_get(i, r) + v);
                }
            }
        }
        double mean = 0;
        for (double s : RowOps.squaredNorms(x)) {
            mean += s / n;
        }
        double f = mean > 0 ? Math.sqrt(meanSquaredNorm / mean) : 0;
        for (int k = 0; k < x.data.length; k++) {
            x.data[k] *= f;
        }
        return x;
    }

    /** Distance of each row of X to the nearest subspace, and which one it is. */
    public UnionDistances distances(DMatrixRMaj x) {
        return Subspaces.distancesToUnion(x, bases);
    }

    /** Mean squared distance of the rows of X to the union: the off-subspace energy. */
    public double offUnionEnergy(DMatrixRMaj x) {
        double s = 0;
        for (double v : distances(x).distance()) {
            s += v * v;
        }
        return s / x.numRows;
    }
}
