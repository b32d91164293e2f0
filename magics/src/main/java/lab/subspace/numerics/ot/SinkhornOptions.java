package lab.subspace.numerics.ot;

/**
 * Options of the Sinkhorn solvers (EOT and SROT). Start from {@link #defaults()} and change what
 * you need: {@code SinkhornOptions.defaults().withTol(1e-12).withMaxIter(50_000)}.
 *
 * @param tol             stop when the L2 marginal error sqrt(|P1 - a|^2 + |P^T 1 - b|^2) is below this
 *                        (POT's stopThr, default 1e-9)
 * @param maxIter         cap on Sinkhorn sweeps (default 10 000); reaching it is reported, not thrown.
 *                        A run also stops, unconverged, when its best error improves by less than
 *                        0.1% over 1000 sweeps (the tolerance is then out of reach)
 * @param checkEvery      test the stopping rule every this many sweeps (default 10, as POT); the
 *                        error itself is free, so the trace has one entry per check
 * @param epsScaling      solve a decreasing sequence eps_k = max(eps, spread(C) / 2^k) first, warm
 *                        starting each from the last (Schmitzer 2019): fewer sweeps at very small eps
 * @param overrelaxation  adapt an over-relaxation factor omega in [1, 2) from the observed convergence
 *                        rate (Thibault et al. 2017; Lehmann et al. 2021); false runs plain Sinkhorn
 * @param parallel        use several threads for the kernel products (results are identical either way)
 */
public record SinkhornOptions(double tol, int maxIter, int checkEvery, boolean epsScaling, boolean overrelaxation,
                              boolean parallel) {

    public SinkhornOptions {
        if (!(tol > 0)) {
            throw new IllegalArgumentException("tol must be positive, got " + tol);
        }
        if (maxIter < 1) {
            throw new IllegalArgumentException("maxIter must be at least 1, got " + maxIter);
        }
        if (checkEvery < 1) {
            throw new IllegalArgumentException("checkEvery must be at least 1, got " + checkEvery);
        }
    }

    public static SinkhornOptions defaults() {
        return new SinkhornOptions(1e-9, 10_000, 10, false, true, true);
    }

    public SinkhornOptions withTol(double value) {
        return new SinkhornOptions(value, maxIter, checkEvery, epsScaling, overrelaxation, parallel);
    }

    public SinkhornOptions withMaxIter(int value) {
        return new SinkhornOptions(tol, value, checkEvery, epsScaling, overrelaxation, parallel);
    }

    public SinkhornOptions withCheckEvery(int value) {
        return new SinkhornOptions(tol, maxIter, value, epsScaling, overrelaxation, parallel);
    }

    public SinkhornOptions withEpsScaling(boolean value) {
        return new SinkhornOptions(tol, maxIter, checkEvery, value, overrelaxation, parallel);
    }

    public SinkhornOptions withOverrelaxation(boolean value) {
        return new SinkhornOptions(tol, maxIter, checkEvery, epsScaling, value, parallel);
    }

    public SinkhornOptions withParallel(boolean value) {
        return new SinkhornOptions(tol, maxIter, checkEvery, epsScaling, overrelaxation, value);
    }
}
