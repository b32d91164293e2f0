package lab.subspace.magics.game;

import java.util.List;

/**
 * GAME fits along a lambda path, each warm-started from the one before.
 *
 * @param scales the factors applied to the base weights, in fitting order; not copied
 * @param fits   one fit per scale
 */
public record GamePath(double[] scales, List<GameFit> fits) {

    /** ADMM iterations per scale. */
    public int[] iterations() {
        return fits.stream().mapToInt(GameFit::iterations).toArray();
    }

    /** Total ADMM iterations along the path. */
    public int totalIterations() {
        return fits.stream().mapToInt(GameFit::iterations).sum();
    }

    /** Whether every fit converged. */
    public boolean allConverged() {
        return fits.stream().allMatch(GameFit::converged);
    }
}
