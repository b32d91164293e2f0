package lab.subspace.magics.pos;

/**
 * Settings of {@link SubspaceEstimation#fit}. Start from {@link #defaults()} and change what you
 * need with the {@code with...} methods.
 *
 * <pre>{@code
 * EstimationOptions o = EstimationOptions.defaults().withSubspaces(4).withCenter(true).withSeed(7);
 * }</pre>
 *
 * @param subspaces        number of subspaces K, or 0 to choose it from the spectral eigengap
 * @param maxSubspaces     largest K considered when choosing
 * @param dimension        dimension of every subspace, or 0 to read each one off its cluster's
 *                         singular values with {@code dimensionRule}
 * @param dimensionRule    how a dimension is chosen when {@code dimension} is 0
 * @param energyEps        energy left out by {@link DimensionRule#ENERGY}
 * @param affinity         edge weights of the neighbourhood graph
 * @param neighbors        neighbours per point in the graph
 * @param center           subtract the mean first (for activations that do not pass through the
 *                         origin; the subspaces are then linear subspaces through the mean)
 * @param maxPoints        at most this many points (a seeded random subset) build the graph; all
 *                         points join the refinement
 * @param maxAmbient       data with more coordinates are first projected on their top
 *                         {@code maxAmbient} principal directions (bases are mapped back)
 * @param refineIterations K-subspaces rounds after the spectral start
 * @param seed             random seed (subset, eigen-solver start, k-means)
 */
public record EstimationOptions(int subspaces, int maxSubspaces, int dimension, DimensionRule dimensionRule, double energyEps,
        Affinity affinity, int neighbors, boolean center, int maxPoints, int maxAmbient, int refineIterations, long seed) {

    public EstimationOptions {
        if (subspaces < 0) {
            throw new IllegalArgumentException("subspaces must be 0 (choose) or positive but is " + subspaces);
        }
        if (maxSubspaces < 1) {
            throw new IllegalArgumentException("maxSubspaces must be at least 1 but is " + maxSubspaces);
        }
        if (dimension < 0) {
            throw new IllegalArgumentException("dimension must be 0 (choose) or positive but is " + dimension);
        }
        if (dimensionRule == null) {
            throw new IllegalArgumentException("dimensionRule is null");
        }
        if (!(energyEps > 0 && energyEps < 1)) {
            throw new IllegalArgumentException("energyEps must be in (0, 1) but is " + energyEps);
        }
        if (affinity == null) {
            throw new IllegalArgumentException("affinity is null");
        }
        if (neighbors < 1) {
            throw new IllegalArgumentException("neighbors must be at least 1 but is " + neighbors);
        }
        if (maxPoints < 10) {
            throw new IllegalArgumentException("maxPoints must be at least 10 but is " + maxPoints);
        }
        if (maxAmbient < 1) {
            throw new IllegalArgumentException("maxAmbient must be at least 1 but is " + maxAmbient);
        }
        if (refineIterations < 0) {
            throw new IllegalArgumentException("refineIterations must be >= 0 but is " + refineIterations);
        }
    }

    /** K and dimensions chosen from the data (eigengap, singular-value gap), cosine affinity, 10 neighbours, no centring. */
    public static EstimationOptions defaults() {
        return new EstimationOptions(0, 10, 0, DimensionRule.GAP, 0.05, Affinity.COSINE, 10, false, 2000, 128, 50, 0);
    }

    public EstimationOptions withSubspaces(int k) {
        return new EstimationOptions(k, maxSubspaces, dimension, dimensionRule, energyEps, affinity,
                neighbors, center, maxPoints, maxAmbient, refineIterations, seed);
    }

    public EstimationOptions withMaxSubspaces(int max) {
        return new EstimationOptions(subspaces, max, dimension, dimensionRule, energyEps, affinity,
                neighbors, center, maxPoints, maxAmbient, refineIterations, seed);
    }

    public EstimationOptions withDimension(int d) {
        return new EstimationOptions(subspaces, maxSubspaces, d, dimensionRule, energyEps, affinity,
                neighbors, center, maxPoints, maxAmbient, refineIterations, seed);
    }

    public EstimationOptions withDimensionRule(DimensionRule rule) {
        return new EstimationOptions(subspaces, maxSubspaces, dimension, rule, energyEps, affinity,
                neighbors, center, maxPoints, maxAmbient, refineIterations, seed);
    }

    public EstimationOptions withEnergyEps(double eps) {
        return new EstimationOptions(subspaces, maxSubspaces, dimension, dimensionRule, eps, affinity,
                neighbors, center, maxPoints, maxAmbient, refineIterations, seed);
    }

    public EstimationOptions withAffinity(Affinity a) {
        return new EstimationOptions(subspaces, maxSubspaces, dimension, dimensionRule, energyEps, a,
                neighbors, center, maxPoints, maxAmbient, refineIterations, seed);
    }

    public EstimationOptions withNeighbors(int q) {
        return new EstimationOptions(subspaces, maxSubspaces, dimension, dimensionRule, energyEps, affinity,
                q, center, maxPoints, maxAmbient, refineIterations, seed);
    }

    public EstimationOptions withCenter(boolean c) {
        return new EstimationOptions(subspaces, maxSubspaces, dimension, dimensionRule, energyEps, affinity,
                neighbors, c, maxPoints, maxAmbient, refineIterations, seed);
    }

    public EstimationOptions withMaxPoints(int m) {
        return new EstimationOptions(subspaces, maxSubspaces, dimension, dimensionRule, energyEps, affinity,
                neighbors, center, m, maxAmbient, refineIterations, seed);
    }

    public EstimationOptions withMaxAmbient(int m) {
        return new EstimationOptions(subspaces, maxSubspaces, dimension, dimensionRule, energyEps, affinity,
                neighbors, center, maxPoints, m, refineIterations, seed);
    }

    public EstimationOptions withRefineIterations(int r) {
        return new EstimationOptions(subspaces, maxSubspaces, dimension, dimensionRule, energyEps, affinity,
                neighbors, center, maxPoints, maxAmbient, r, seed);
    }

    public EstimationOptions withSeed(long s) {
        return new EstimationOptions(subspaces, maxSubspaces, dimension, dimensionRule, energyEps, affinity,
                neighbors, center, maxPoints, maxAmbient, refineIterations, s);
    }
}
