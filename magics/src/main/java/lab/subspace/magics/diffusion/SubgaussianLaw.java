package lab.subspace.magics.diffusion;

import lab.subspace.numerics.random.Rng;

/** Laws of the in-subspace coordinates z of a {@link SubspaceMixture}: all subgaussian, mean 0, variance 1. */
public enum SubgaussianLaw {

    /** N(0, 1). */
    GAUSSIAN {
        @Override
        public double draw(Rng rng) {
            return rng.gaussian();
        }
    },

    /** Uniform on [-sqrt 3, sqrt 3] (bounded support). */
    UNIFORM {
        @Override
        public double draw(Rng rng) {
            return rng.uniform(-SQRT3, SQRT3);
        }
    },

    /** +1 or -1 with probability 1/2 (a discrete law: 2^k atoms per subspace). */
    RADEMACHER {
        @Override
        public double draw(Rng rng) {
            return rng.rademacher();
        }
    };

    private static final double SQRT3 = Math.sqrt(3);

    /** One draw. */
    public abstract double draw(Rng rng);
}
