package lab.subspace.magics.npcosts;

import lab.subspace.numerics.stats.LineFit;

/**
 * KL(GP || rank-d GP) per target against the representation dimension d for one kernel.
 *
 * @param family         the kernel
 * @param ranks          d values
 * @param kl             expected KL per target (mean over context sets and labels)
 * @param klCovariance   its covariance part
 * @param klMean         its mean part
 * @param truncation     the truncation term tau(d) / (2 noise^2), tau(d) = sum_{j &gt; d} lambda_j: the
 *                       large-n limit of the KL per target
 * @param fit            SE: semi-log fit of the KL on d^{2/dx}; Matern: log-log fit on d
 * @param truncationFit  the same fit of the truncation term
 * @param alternativeR2  SE only: R^2 of the semi-log fit on d^{1/dx} (the wrong axis), else NaN
 * @param predictedSlope Matern: -2 nu / dx; SE: NaN
 */
public record BottleneckCurve(KernelFamily family, int[] ranks, double[] kl, double[] klCovariance, double[] klMean,
        double[] truncation, LineFit fit, LineFit truncationFit, double alternativeR2, double predictedSlope) {

    public BottleneckCurve {
        ranks = ranks.clone();
        kl = kl.clone();
        klCovariance = klCovariance.clone();
        klMean = klMean.clone();
        truncation = truncation.clone();
    }

    @Override
    public int[] ranks() {
        return ranks.clone();
    }

    @Override
    public double[] kl() {
        return kl.clone();
    }

    @Override
    public double[] klCovariance() {
        return klCovariance.clone();
    }

    @Override
    public double[] klMean() {
        return klMean.clone();
    }

    @Override
    public double[] truncation() {
        return truncation.clone();
    }

    /** The fitted slope of the KL (per unit d^{2/dx} for SE, log-log for Matern). */
    public double slope() {
        return fit.slope();
    }

    /** Whether this is the SE kernel (semi-log axes). */
    public boolean exponential() {
        return family == KernelFamily.SE;
    }
}
