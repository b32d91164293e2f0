package lab.subspace.magics.featlearn;

import java.util.Locale;

import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Empirical feature kernels against Gaussian-weight limits ({@link FeatureLearning#kernels}). All
 * errors are relative Frobenius errors |K_empirical - K_model|_F / |K_empirical|_F on the same points.
 *
 * @param spikedError     after the step vs the spiked-Gaussian kernel
 * @param isotropicError  after the step vs the isotropic kernel of the same trace (a rescaled fixed kernel)
 * @param fullError       after the step vs the Gaussian kernel with the full empirical covariance
 * @param samplingFloor   N neurons drawn from the fitted spiked law vs its kernel (mean over draws): the error of a finite width alone
 * @param initialError    before the step vs the N(0, I/d) kernel
 * @param spiked          the fitted spiked covariance
 * @param index           beta^T x of the points
 * @param diagonalEmpirical k(x, x) of the post-step features
 * @param diagonalSpiked  k(x, x) of the spiked kernel
 * @param diagonalIsotropic k(x, x) of the isotropic kernel
 * @param pairs           sampled off-diagonal entries (empirical, spiked, isotropic)
 * @param points          number of points
 * @param width           neurons N
 * @param betaEstimated   whether beta is the estimated spike direction
 */
public record KernelResult(double spikedError, double isotropicError, double fullError, double samplingFloor,
        double initialError, SpikedCovariance spiked, double[] index, double[] diagonalEmpirical, double[] diagonalSpiked,
        double[] diagonalIsotropic, double[][] pairs, int points, int width, boolean betaEstimated) {

    public Table table() {
        return Tables.builder(String.format(Locale.ROOT,
                "Empirical feature kernel (N = %d neurons, %d points) vs Gaussian-weight kernels", width, points))
                .strings("empirical kernel", "model kernel").doubles("relative Frobenius error")
                .row("after one step", "spiked Gaussian N(0, bulk I + s v v^T)", spikedError)
                .row("after one step", "isotropic Gaussian, same trace", isotropicError)
                .row("after one step", "Gaussian, full covariance W^T W / N", fullError)
                .row("N draws from the spiked law (mean of " + KernelComparison.FLOOR_DRAWS + ")", "spiked Gaussian (finite-width floor)", samplingFloor)
                .row("random (before)", "N(0, I/d) random-features kernel", initialError)
                .build();
    }

    /** Off-diagonal kernel entries: empirical against the two models. */
    public Figure entriesFigure() {
        double[][] s = new double[pairs.length][];
        double[][] i = new double[pairs.length][];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < pairs.length; t++) {
            s[t] = new double[] {pairs[t][0], pairs[t][1]};
            i[t] = new double[] {pairs[t][0], pairs[t][2]};
            lo = Math.min(lo, Math.min(pairs[t][0], Math.min(pairs[t][1], pairs[t][2])));
            hi = Math.max(hi, Math.max(pairs[t][0], Math.max(pairs[t][1], pairs[t][2])));
        }
        return Plots.points("Kernel entries k(x, x'): empirical after the step vs Gaussian-weight models")
                .add("spiked Gaussian", s).add("isotropic (rescaled fixed kernel)", i)
                .add("y = x", new double[][] {{lo, lo}, {hi, hi}})
                .axes("empirical post-step kernel entry", "model kernel entry").markerSize(4).build();
    }

    /** k(x, x) against beta^T x: the spiked kernel grows with the target coordinate, the isotropic one cannot. */
    public Figure diagonalFigure() {
        double[][] e = new double[index.length][];
        double[][] s = new double[index.length][];
        double[][] i = new double[index.length][];
        for (int t = 0; t < index.length; t++) {
            e[t] = new double[] {index[t], diagonalEmpirical[t]};
            s[t] = new double[] {index[t], diagonalSpiked[t]};
            i[t] = new double[] {index[t], diagonalIsotropic[t]};
        }
        return Plots.points("Data-adaptive kernel: k(x, x) grows along the target direction")
                .add("empirical (after step)", e).add("spiked Gaussian", s).add("isotropic", i)
                .axes(betaEstimated ? "v^T x (estimated spike direction)" : "beta^T x", "k(x, x)").markerSize(4).build();
    }
}
