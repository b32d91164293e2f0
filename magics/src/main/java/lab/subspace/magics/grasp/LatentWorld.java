package lab.subspace.magics.grasp;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.random.Rng;

/**
 * A world with a planted spurious factor, reconstructed from "Unsupervised Identification and
 * Removal of Spurious Correlations During Fine-Tuning" (Gilligan-Lee, Egan, Zhu, O'Riordan,
 * arXiv:2605.27676): representations x = U z + noise, with U a random d x k orthonormal basis (the
 * factor directions in the "residual stream") and latent factors z = (c_1..c_K, t_1..t_K, s, n_1..).
 *
 * <ul>
 *   <li><b>Pretraining</b> ({@link #pretraining}): class y uniform, c = r e_y + N(0, I), every other
 *       factor N(0, 1). A pretrained model learns the K classes and a <em>second task</em>, sign(s):
 *       it genuinely uses the factor s.</li>
 *   <li><b>Fine-tuning</b> ({@link #fineTuning}): the class means turn by the task shift theta into the
 *       shift factors (c = r cos(theta) e_y, t = r sin(theta) e_y, plus N(0, I)), and the curated data
 *       tie s to the label: s = mu g' + spread N(0, 1), where g' is the class's group (+1 for the first
 *       K/2 classes, -1 for the rest) with probability {@code agreement} and its opposite otherwise.
 *       Agreement 0.5 is the oracle's uncorrelated data; 0 reverses the correlation (the OOD test).</li>
 * </ul>
 *
 * <pre>{@code
 * LatentWorld world = LatentWorld.of(WorldSpec.defaults(), 7);
 * LatentWorld.Sample train = world.fineTuning(1000, 0.9, new Rng(1));   // s agrees with the group 90% of the time
 * LatentWorld.Sample ood = world.fineTuning(2000, 0.0, new Rng(2));     // s always disagrees
 * DMatrixRMaj u = world.spuriousDirection();                             // d x 1, the planted factor
 * }</pre>
 */
public final class LatentWorld {

    private final WorldSpec spec;
    private final DMatrixRMaj basis;

    private LatentWorld(WorldSpec spec, DMatrixRMaj basis) {
        this.spec = spec;
        this.basis = basis;
    }

    /** A world whose factor directions U are drawn from a generator seeded with {@code seed}. */
    public static LatentWorld of(WorldSpec spec, long seed) {
        return new LatentWorld(spec, new Rng(seed).orthonormal(spec.dimension(), spec.latents()));
    }

    public WorldSpec spec() {
        return spec;
    }

    /** U (d x k): column j is the direction of latent factor j in representation space (a copy). */
    public DMatrixRMaj factorBasis() {
        return basis.copy();
    }

    /** The planted spurious factor's direction u_s (d x 1, unit norm). */
    public DMatrixRMaj spuriousDirection() {
        return CommonOps_DDRM.extract(basis, 0, basis.numRows, spec.spuriousIndex(), spec.spuriousIndex() + 1);
    }

    /** Names of the latent factors, in the order of U's columns. */
    public List<String> latentNames() {
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= spec.classes(); j++) {
            names.add("class " + j);
        }
        for (int j = 1; j <= spec.classes(); j++) {
            names.add("shift " + j);
        }
        names.add("spurious s");
        for (int j = 1; j <= spec.nuisance(); j++) {
            names.add("nuisance " + j);
        }
        return names;
    }

    /** Coordinates of directions (d x k, one per column) on the latent factors: U^T V (latents x k). */
    public DMatrixRMaj loadings(DMatrixRMaj directions) {
        Matrices.requireRows("directions", directions, spec.dimension());
        return CommonOps_DDRM.multTransA(basis, directions, null);
    }

    /** n samples of the pretraining distribution (s independent of the class). */
    public Sample pretraining(int n, Rng rng) {
        return sample(n, rng, Double.NaN);
    }

    /**
     * n samples of the fine-tuning distribution in which the sign of s agrees with the class's group
     * with probability {@code agreement} (0.5: uncorrelated; 0: always reversed).
     */
    public Sample fineTuning(int n, double agreement, Rng rng) {
        if (!(agreement >= 0 && agreement <= 1)) {
            throw new IllegalArgumentException("the agreement between s and the group must be a probability in [0, 1] but is "
                    + agreement);
        }
        return sample(n, rng, agreement);
    }

    /** The group the spurious factor marks: +1 for the first K/2 classes, -1 for the others. */
    public int group(int label) {
        return label < spec.classes() / 2 ? 1 : -1;
    }

    private Sample sample(int n, Rng rng, double agreement) {
        if (n < 1) {
            throw new IllegalArgumentException("the sample size must be positive but is " + n);
        }
        int k = spec.latents();
        int d = spec.dimension();
        int classes = spec.classes();
        Memory.requireDoubles((long) n * (k + d), "a sample of " + n + " representations");
        boolean pretraining = Double.isNaN(agreement);
        double r = spec.separation();
        double theta = pretraining ? 0 : spec.taskShift();
        DMatrixRMaj z = new DMatrixRMaj(n, k);
        int[] labels = new int[n];
        int[] second = new int[n];
        for (int i = 0; i < n; i++) {
            if (i % 1024 == 0) {
                Interrupts.check();
            }
            int y = rng.nextInt(classes);
            labels[i] = y;
            for (int j = 0; j < k; j++) {
                z.unsafe_set(i, j, rng.gaussian());
            }
            z.unsafe_set(i, y, z.unsafe_get(i, y) + r * Math.cos(theta));
            z.unsafe_set(i, classes + y, z.unsafe_get(i, classes + y) + r * Math.sin(theta));
            if (!pretraining) {
                int g = rng.bernoulli(agreement) ? group(y) : -group(y);
                z.unsafe_set(i, spec.spuriousIndex(), g * spec.spuriousMean() + spec.spuriousSpread() * rng.gaussian());
            }
            second[i] = z.unsafe_get(i, spec.spuriousIndex()) > 0 ? 1 : 0;
        }
        DMatrixRMaj x = CommonOps_DDRM.multTransB(z, basis, null);
        for (int q = 0; q < x.data.length; q++) {
            x.data[q] += spec.noise() * rng.gaussian();
        }
        return new Sample(x, z, labels, second, classes);
    }

    /**
     * Samples of a {@link LatentWorld} (the matrices are not copied).
     *
     * @param x       representations (n x d)
     * @param latent  the latent factors z (n x k) they were built from
     * @param labels  class of each sample, 0..K-1
     * @param second  second-task label of each sample: 1 when s &gt; 0
     * @param classes K
     */
    public record Sample(DMatrixRMaj x, DMatrixRMaj latent, int[] labels, int[] second, int classes) {

        public Sample {
            labels = labels.clone();
            second = second.clone();
        }

        @Override
        public int[] labels() {
            return labels.clone();
        }

        @Override
        public int[] second() {
            return second.clone();
        }

        public int size() {
            return labels.length;
        }

        /** Training targets n x (K + 1): the one-hot class, then the second-task label. */
        public DMatrixRMaj targets() {
            return Heads.targets(labels, second, classes);
        }
    }
}
