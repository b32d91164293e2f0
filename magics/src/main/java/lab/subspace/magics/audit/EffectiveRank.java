package lab.subspace.magics.audit;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.Centering;
import lab.subspace.numerics.linalg.Gram;
import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.linalg.Spectrum;
import lab.subspace.numerics.linalg.SymmetricEigenvalues;
import lab.subspace.numerics.stats.Bootstrap;
import lab.subspace.numerics.stats.Interval;

/**
 * rank_eps and rho_eps of an activation-shift matrix, from "An Effective-Rank Audit of
 * Alignment-Induced Activation Shifts: Confound Control, Constructive Calibration, and Limits".
 *
 * <p>The shift matrix has one row per prompt and one column per activation coordinate (n x d,
 * as activations are exported from PyTorch / NumPy; the paper writes its transpose M in
 * R^{d x n}). rank_eps(M) = min{k : sum_{i&lt;=k} s_i^2 &gt;= (1 - eps) sum s_i^2} and
 * rho_eps = rank_eps / d. "Centered" removes the mean shift over prompts first. When one side is
 * at least twice the other the singular values come from the eigenvalues of the small Gram matrix
 * ({@link Spectra.Method#AUTO}; {@link Gram} and {@link SymmetricEigenvalues}): their relative error is about
 * 1e-16 (s_1 / s_i)^2, so every singular value above 1e-3 s_1 and the cumulative-energy curve agree
 * with the SVD to 1e-9 relative, and rank_eps is the same.
 *
 * <pre>{@code
 * RankProfile p = EffectiveRank.of(M, 0.05);              // uncentered, eps = 0.05
 * double rho = p.rho();                                    // rank_eps / d
 * RankProfile c = EffectiveRank.of(M, 0.05, true);        // centered
 * Interval ci = EffectiveRank.bootstrap(M, 0.05, false, 200, 0.95, 42);
 * }</pre>
 */
public final class EffectiveRank {

    /** The paper's energy threshold. */
    public static final double DEFAULT_EPS = 0.05;

    private EffectiveRank() {
    }

    /** Uncentered profile with the cheaper spectrum method. M is not modified. */
    public static RankProfile of(DMatrixRMaj shift, double eps) {
        return of(shift, eps, false, Spectra.Method.AUTO);
    }

    /** Profile, centered or not, with the cheaper spectrum method. */
    public static RankProfile of(DMatrixRMaj shift, double eps, boolean center) {
        return of(shift, eps, center, Spectra.Method.AUTO);
    }

    /**
     * @throws IllegalArgumentException when M is empty or holds NaN / infinite values, or eps is
     *                                  outside [0, 1)
     */
    public static RankProfile of(DMatrixRMaj shift, double eps, boolean center, Spectra.Method method) {
        requireEps(eps);
        requireShift("shift", shift);
        DMatrixRMaj m = center ? Centering.centerColumns(shift) : shift;
        Spectrum spectrum = Spectra.spectrum(m, method);
        return new RankProfile(shift.numRows, shift.numCols, eps, center, spectrum, spectrum.energyRank(eps));
    }

    /** rho_eps = rank_eps / d of the uncentered shift. */
    public static double rho(DMatrixRMaj shift, double eps) {
        return of(shift, eps).rho();
    }

    /**
     * Percentile-bootstrap interval for rho_eps, resampling prompts (rows) with replacement;
     * the estimate is rho_eps of M itself. Repeated rows cannot add rank, so the resampled values
     * lean low when n is not much larger than rank_eps.
     *
     * @param resamples bootstrap resamples (&gt;= 1)
     * @param level     confidence level in (0, 1)
     */
    public static Interval bootstrap(DMatrixRMaj shift, double eps, boolean center, int resamples, double level,
            long seed) {
        requireEps(eps);
        requireShift("shift", shift);
        int d = shift.numCols;
        return Bootstrap.interval(shift.numRows, idx -> {
            DMatrixRMaj m = RowOps.select(shift, idx);
            if (center) {
                m = Centering.centerColumns(m);
            }
            return (double) Spectra.spectrum(m).energyRank(eps) / d;
        }, resamples, level, seed);
    }

    /** Sum of squared entries (|M|_F^2). */
    static double energy(DMatrixRMaj m) {
        double acc = 0;
        for (int k = 0, n = m.getNumElements(); k < n; k++) {
            acc += m.data[k] * m.data[k];
        }
        return acc;
    }

    static void requireEps(double eps) {
        if (!(eps >= 0 && eps < 1)) {
            throw new IllegalArgumentException("eps must be in [0, 1) but is " + eps);
        }
    }

    static void requireShift(String name, DMatrixRMaj m) {
        Matrices.requireNonEmpty(name, m);
        Matrices.requireFinite(name, m);
    }
}
