package lab.subspace.numerics.linalg;

import java.util.Arrays;

/**
 * The singular values of a matrix (descending) and what the papers derive from them.
 *
 * <pre>{@code
 * Spectrum sp = Spectra.spectrum(M);
 * int r = sp.energyRank(0.05);       // smallest k keeping 95% of sum s_i^2
 * double[] curve = sp.cumulativeEnergy();
 * }</pre>
 *
 * @param values singular values, descending (length min(rows, cols)); not copied
 * @param rows   rows of the matrix
 * @param cols   columns of the matrix
 * @param method how they were computed: {@link Spectra.Method#GRAM} values below about
 *               {@code 1e-7 * s_1} carry only absolute accuracy
 */
public record Spectrum(double[] values, int rows, int cols, Spectra.Method method) {

    /** Sum of squared singular values (= squared Frobenius norm). */
    public double totalEnergy() {
        return Spectra.totalEnergy(values);
    }

    /** See {@link Spectra#energyRank(double[], double)}. */
    public int energyRank(double eps) {
        return Spectra.energyRank(values, eps);
    }

    /** See {@link Spectra#cumulativeEnergy(double[])}. */
    public double[] cumulativeEnergy() {
        return Spectra.cumulativeEnergy(values);
    }

    /** See {@link Spectra#stableRank(double[])}. */
    public double stableRank() {
        return Spectra.stableRank(values);
    }

    /**
     * Number of singular values above {@code max(rows, cols) * 2^-52 * s_1} (NumPy's
     * {@code matrix_rank} rule); with the Gram path the threshold is {@code sqrt} of that, the
     * accuracy that path has for small values.
     */
    public int numericalRank() {
        if (values.length == 0 || values[0] == 0) {
            return 0;
        }
        double rel = Math.max(rows, cols) * Math.ulp(1.0);
        double tol = (method == Spectra.Method.GRAM ? Math.sqrt(rel) : rel) * values[0];
        int r = 0;
        while (r < values.length && values[r] > tol) {
            r++;
        }
        return r;
    }

    /** Largest singular value (0 for an empty matrix). */
    public double max() {
        return values.length == 0 ? 0 : values[0];
    }

    @Override
    public String toString() {
        return "Spectrum[" + rows + " x " + cols + ", " + method + ", s="
                + Arrays.toString(Arrays.copyOf(values, Math.min(8, values.length)))
                + (values.length > 8 ? "..." : "") + "]";
    }
}
