package lab.subspace.magics.npcosts;

import java.util.Arrays;
import java.util.List;

/**
 * Settings of the information-bottleneck sweep ({@link Bottleneck#run}).
 *
 * @param dimension   input dimension dx (1 or 2)
 * @param families    kernels to sweep
 * @param lengthscale kernel lengthscale on the unit torus
 * @param noise       observation noise standard deviation
 * @param contexts    context points per set (n)
 * @param targets     target points per set (T)
 * @param sets        random context sets averaged per point
 * @param ranksSe     representation dimensions d for the SE kernel
 * @param ranksMatern representation dimensions d for the Matern kernels
 * @param seed        random seed
 */
public record BottleneckSpec(int dimension, List<KernelFamily> families, double lengthscale, double noise, int contexts, int targets,
        int sets, int[] ranksSe, int[] ranksMatern, long seed) {

    public BottleneckSpec {
        if (dimension != 1 && dimension != 2) {
            throw new IllegalArgumentException("the bottleneck sweep supports dx = 1 or 2 but dx = " + dimension);
        }
        families = List.copyOf(families);
        if (families.isEmpty()) {
            throw new IllegalArgumentException("no kernel families to sweep");
        }
        if (!(noise > 0)) {
            throw new IllegalArgumentException("the noise standard deviation must be > 0 but is " + noise);
        }
        if (contexts < 2 || targets < 1 || sets < 1) {
            throw new IllegalArgumentException("need >= 2 contexts, >= 1 target and >= 1 set but got " + contexts + ", " + targets
                    + ", " + sets);
        }
        ranksSe = checkRanks("SE ranks", ranksSe, contexts);
        ranksMatern = checkRanks("Matern ranks", ranksMatern, contexts);
    }

    /** The notebook's settings for dx = 1 or 2 (each runs in a few seconds). */
    public static BottleneckSpec defaults(int dimension) {
        List<KernelFamily> all = List.of(KernelFamily.values());
        if (dimension != 1 && dimension != 2) {
            throw new IllegalArgumentException("the bottleneck sweep supports dx = 1 or 2 but dx = " + dimension);
        }
        if (dimension == 1) {
            return new BottleneckSpec(1, all, 0.2, 1e-3, 256, 16, 3, new int[] {1, 3, 5, 7, 9},
                    new int[] {8, 11, 16, 23, 32, 45, 64}, 1);
        }
        return new BottleneckSpec(2, all, 0.2, Math.sqrt(1e-5), 400, 16, 2, new int[] {1, 5, 9, 13, 21, 25, 29, 37},
                new int[] {16, 23, 32, 45, 64, 91, 128}, 2);
    }

    /** The same settings with another seed. */
    public BottleneckSpec withSeed(long newSeed) {
        return new BottleneckSpec(dimension, families, lengthscale, noise, contexts, targets, sets, ranksSe, ranksMatern, newSeed);
    }

    @Override
    public int[] ranksSe() {
        return ranksSe.clone();
    }

    @Override
    public int[] ranksMatern() {
        return ranksMatern.clone();
    }

    int[] ranks(KernelFamily f) {
        return f == KernelFamily.SE ? ranksSe.clone() : ranksMatern.clone();
    }

    private static int[] checkRanks(String name, int[] ranks, int contexts) {
        if (ranks == null || ranks.length < 2) {
            throw new IllegalArgumentException(name + " need at least 2 values to fit a line");
        }
        int[] r = ranks.clone();
        for (int i = 0; i < r.length; i++) {
            if (r[i] < 1 || (i > 0 && r[i] <= r[i - 1])) {
                throw new IllegalArgumentException(name + " must be positive and increasing but are " + Arrays.toString(r));
            }
        }
        return r;
    }
}
