package lab.subspace.magics.audit;

import lab.subspace.numerics.stats.Interval;

/**
 * The audit of one shift variant.
 *
 * @param variant    which shift
 * @param uncentered rank profile of the shift
 * @param centered   rank profile after removing the mean shift
 * @param cosines    |cos| of the leading shift directions (of the centered shift when the audit is
 *                   centered) with the refusal direction, leading first; empty without a direction
 * @param interval   bootstrap interval of rho_eps (of the centered shift when centered), or null
 * @param gap        kappa_lb of this variant on Ds against the same variant on Dc, or null
 */
public record VariantAudit(ShiftVariant variant, RankProfile uncentered, RankProfile centered, double[] cosines,
        Interval interval, GapDiagnostic gap) {

    public VariantAudit {
        cosines = cosines.clone();
    }

    @Override
    public double[] cosines() {
        return cosines.clone();
    }

    /** |cos(v_1, refusal direction)|, NaN without a direction. */
    public double leadingCosine() {
        return cosines.length == 0 ? Double.NaN : cosines[0];
    }

    /** Largest |cos| among the leading directions, NaN without a direction. */
    public double bestCosine() {
        return cosines.length == 0 ? Double.NaN : cosines[bestIndex()];
    }

    /** 0-based index of the leading direction most aligned with the refusal direction (-1 without one). */
    public int bestIndex() {
        int best = cosines.length == 0 ? -1 : 0;
        for (int i = 1; i < cosines.length; i++) {
            if (cosines[i] > cosines[best]) {
                best = i;
            }
        }
        return best;
    }

    /** centered rank_eps / uncentered rank_eps (NaN when the uncentered rank is 0). */
    public double centeringRatio() {
        return uncentered.rankEps() == 0 ? Double.NaN : (double) centered.rankEps() / uncentered.rankEps();
    }
}
