package lab.subspace.magics.audit;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.linalg.Spectra;

/**
 * The spectral-gap diagnostic kappa_lb of "An Effective-Rank Audit of Alignment-Induced
 * Activation Shifts" (section on the limits of rank-based diagnostics): for shifts M^h and M^u
 * of the same prompts (e.g. a layer and a reference layer),
 * {@code kappa_lb = s_r(M^h - M^u)^2 / (eps (|M^h|_F^2 + |M^u|_F^2))}. Because
 * {@code r s_r(S)^2 <= |S|_F^2 <= 2 (|M^h|_F^2 + |M^u|_F^2)}, kappa_lb never exceeds 2 / (eps r):
 * the hypothesis kappa_lb &gt;= 1 is impossible once r &gt; 2 / eps (40 at eps = 0.05).
 *
 * <pre>{@code
 * GapDiagnostic g = SpectralGap.of(layer12, layer20, 0.05);    // r = rank_eps(layer12)
 * boolean holds = g.hypothesisHolds();                          // kappa_lb >= 1 ?
 * }</pre>
 */
public final class SpectralGap {

    private SpectralGap() {
    }

    /** kappa_lb with r = rank_eps(M^h) (at least 1). */
    public static GapDiagnostic of(DMatrixRMaj mh, DMatrixRMaj mu, double eps) {
        EffectiveRank.requireEps(eps);
        if (!(eps > 0)) {
            throw new IllegalArgumentException("kappa_lb divides by eps, which must be > 0 but is " + eps);
        }
        EffectiveRank.requireShift("M^h", mh);
        int r = Math.max(1, Spectra.spectrum(mh, Spectra.Method.AUTO).energyRank(eps));
        return of(mh, mu, eps, r);
    }

    /**
     * kappa_lb at a given r.
     *
     * @throws IllegalArgumentException when the shapes differ, r is outside [1, min(n, d)], eps is
     *                                  not in (0, 1), or both matrices are zero
     */
    public static GapDiagnostic of(DMatrixRMaj mh, DMatrixRMaj mu, double eps, int r) {
        if (!(eps > 0 && eps < 1)) {
            throw new IllegalArgumentException("eps must be in (0, 1) but is " + eps);
        }
        EffectiveRank.requireShift("M^h", mh);
        EffectiveRank.requireShift("M^u", mu);
        Matrices.requireSameShape("M^h", mh, "M^u", mu);
        int m = Math.min(mh.numRows, mh.numCols);
        if (r < 1 || r > m) {
            throw new IllegalArgumentException("r must be in [1, " + m + "] for " + Matrices.shape(mh)
                    + " shifts but is " + r);
        }
        double energy = EffectiveRank.energy(mh) + EffectiveRank.energy(mu);
        if (energy == 0) {
            throw new IllegalArgumentException("M^h and M^u are both zero: kappa_lb is undefined");
        }
        DMatrixRMaj s = CommonOps_DDRM.subtract(mh, mu, null);
        double sr = Spectra.spectrum(s, Spectra.Method.AUTO).values()[r - 1];
        double kappa = sr * sr / (eps * energy);
        return new GapDiagnostic(r, eps, sr * sr, energy, kappa, 2 / (eps * r));
    }

    /** One diagnostic for an ordered pair of layers. */
    public record LayerPair(int layer, int reference, GapDiagnostic gap) {
    }

    /**
     * kappa_lb for every ordered pair (layer, reference layer), layer != reference, with r the
     * layer's rank_eps. All shifts must have the same shape.
     */
    public static List<LayerPair> pairs(List<DMatrixRMaj> layers, double eps) {
        if (!(eps > 0 && eps < 1)) {
            throw new IllegalArgumentException("eps must be in (0, 1) but is " + eps);
        }
        List<LayerPair> out = new ArrayList<>();
        int[] ranks = new int[layers.size()];
        for (int i = 0; i < layers.size(); i++) {
            EffectiveRank.requireShift("layer " + i, layers.get(i));
            Matrices.requireSameShape("layer " + i, layers.get(i), "layer 0", layers.get(0));
            ranks[i] = Math.max(1, Spectra.spectrum(layers.get(i), Spectra.Method.AUTO).energyRank(eps));
        }
        for (int i = 0; i < layers.size(); i++) {
            for (int j = i + 1; j < layers.size(); j++) {
                Interrupts.check();
                // S is the same for (i, j) and (j, i) up to sign: one spectrum serves both orders
                DMatrixRMaj a = layers.get(i);
                DMatrixRMaj b = layers.get(j);
                double energy = EffectiveRank.energy(a) + EffectiveRank.energy(b);
                double[] s = Spectra.spectrum(CommonOps_DDRM.subtract(a, b, null), Spectra.Method.AUTO).values();
                out.add(new LayerPair(i, j, gap(s, ranks[i], eps, energy)));
                out.add(new LayerPair(j, i, gap(s, ranks[j], eps, energy)));
            }
        }
        out.sort((p, q) -> p.layer() != q.layer() ? Integer.compare(p.layer(), q.layer())
                : Integer.compare(p.reference(), q.reference()));
        return out;
    }

    private static GapDiagnostic gap(double[] s, int r, double eps, double energy) {
        double sr = r <= s.length ? s[r - 1] : 0;
        double kappa = energy == 0 ? 0 : sr * sr / (eps * energy);
        return new GapDiagnostic(r, eps, sr * sr, energy, kappa, 2 / (eps * r));
    }
}
