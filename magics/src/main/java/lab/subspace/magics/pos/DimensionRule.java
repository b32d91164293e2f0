package lab.subspace.magics.pos;

import lab.subspace.numerics.linalg.Spectra;

/** How the dimension of a cluster's subspace is read off its singular values s_1 &gt;= s_2 &gt;= .... */
public enum DimensionRule {
    /**
     * The largest drop: argmax_d s_d / s_{d+1}. Robust to isotropic noise, which lifts all
     * trailing values alike; the rule for data near a union of subspaces.
     */
    GAP,
    /**
     * The energy rank: the smallest d keeping (1 - eps) of the squared norm. Readable for
     * activations without a clear gap, but noise energy counts as signal.
     */
    ENERGY;

    /**
     * @param s   singular values, descending
     * @param eps energy left out ({@link #ENERGY})
     * @param cap largest dimension allowed
     */
    int choose(double[] s, double eps, int cap) {
        int limit = Math.min(cap, s.length);
        if (limit <= 1) {
            return 1;
        }
        if (this == ENERGY) {
            return Math.max(1, Math.min(limit, Spectra.energyRank(s, eps)));
        }
        int best = 1;
        double bestRatio = -1;
        for (int d = 1; d <= limit && d < s.length; d++) {
            double ratio = s[d] > 0 ? s[d - 1] / s[d] : Double.POSITIVE_INFINITY;
            if (ratio > bestRatio) {
                bestRatio = ratio;
                best = d;
            }
            if (s[d] == 0) {
                break; // exact rank d: nothing beyond it
            }
        }
        return best;
    }
}
