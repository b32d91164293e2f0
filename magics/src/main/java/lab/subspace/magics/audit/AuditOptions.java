package lab.subspace.magics.audit;

import java.util.function.ToDoubleFunction;

import org.ejml.data.DMatrixRMaj;

/**
 * Settings of an {@link Audit}.
 *
 * <pre>{@code
 * AuditOptions o = AuditOptions.defaults().eps(0.05).center(true).ablate(1, 2, 5, 10).bootstrap(200).seed(7);
 * }</pre>
 *
 * @param eps            energy threshold of rank_eps (0.05)
 * @param center         whether directions, curves and intervals use the centered shift
 * @param ablate         numbers of directions to ablate (empty: no ablation curve)
 * @param downstream     score of ablated activations, or null for the default (mean projection on
 *                       the refusal direction, or the retained energy share without one)
 * @param randomDraws    random rank-k projectors per k (10)
 * @param bootstrap      bootstrap resamples for the rho_eps intervals (0: none)
 * @param level          confidence level of the intervals (0.95)
 * @param topDirections  leading directions compared with the refusal direction (5)
 * @param seed           seed of the bootstrap and the random projectors
 */
public record AuditOptions(double eps, boolean center, int[] ablate, ToDoubleFunction<DMatrixRMaj> downstream,
        int randomDraws, int bootstrap, double level, int topDirections, long seed) {

    public AuditOptions {
        EffectiveRank.requireEps(eps);
        ablate = ablate.clone();
        for (int k : ablate) {
            if (k < 0) {
                throw new IllegalArgumentException("ablation ranks must be >= 0 but one is " + k);
            }
        }
        if (randomDraws < 1) {
            throw new IllegalArgumentException("random draws must be >= 1 but is " + randomDraws);
        }
        if (bootstrap < 0) {
            throw new IllegalArgumentException("bootstrap resamples must be >= 0 but is " + bootstrap);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1) but is " + level);
        }
        if (topDirections < 1) {
            throw new IllegalArgumentException("topDirections must be >= 1 but is " + topDirections);
        }
    }

    /** eps 0.05, uncentered, no ablation, no bootstrap, seed 0. */
    public static AuditOptions defaults() {
        return new AuditOptions(EffectiveRank.DEFAULT_EPS, false, new int[0], null, 10, 0, 0.95, 5, 0);
    }

    @Override
    public int[] ablate() {
        return ablate.clone();
    }

    public AuditOptions eps(double value) {
        return new AuditOptions(value, center, ablate, downstream, randomDraws, bootstrap, level, topDirections, seed);
    }

    public AuditOptions center(boolean value) {
        return new AuditOptions(eps, value, ablate, downstream, randomDraws, bootstrap, level, topDirections, seed);
    }

    public AuditOptions ablate(int... ks) {
        return new AuditOptions(eps, center, ks, downstream, randomDraws, bootstrap, level, topDirections, seed);
    }

    public AuditOptions downstream(ToDoubleFunction<DMatrixRMaj> f) {
        return new AuditOptions(eps, center, ablate, f, randomDraws, bootstrap, level, topDirections, seed);
    }

    public AuditOptions randomDraws(int value) {
        return new AuditOptions(eps, center, ablate, downstream, value, bootstrap, level, topDirections, seed);
    }

    public AuditOptions bootstrap(int resamples) {
        return new AuditOptions(eps, center, ablate, downstream, randomDraws, resamples, level, topDirections, seed);
    }

    public AuditOptions level(double value) {
        return new AuditOptions(eps, center, ablate, downstream, randomDraws, bootstrap, value, topDirections, seed);
    }

    public AuditOptions seed(long value) {
        return new AuditOptions(eps, center, ablate, downstream, randomDraws, bootstrap, level, topDirections, value);
    }
}
