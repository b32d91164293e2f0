package lab.subspace.magics.twistedsmc;

import lab.subspace.numerics.random.Rng;

/**
 * The Gaussian base kernel N(m, sigma^2 I) multiplied by the twist psi_s(y) = exp(-y^T A_s y / 2 + b_s^T y):
 * with P = I / sigma^2 + A_s and h = m / sigma^2 + b_s it is N(P^{-1} h, P^{-1}), and
 * log Zhat = h^T P^{-1} h / 2 - |m|^2 / (2 sigma^2) - d/2 log sigma^2 - 1/2 log det P.
 */
final class TwistedKernel {

    private final int d;
    private final double sigma2;
    private final double[] b;
    private final double[] covariance;
    private final double[] chol;
    private final double logDetP;
    private final double[] mean;

    TwistedKernel(GaussianTwist twist, int s, double sigma2, int d) {
        this.d = d;
        this.sigma2 = sigma2;
        this.b = twist.bData(s);
        double[] p = twist.aData(s).clone();
        for (int i = 0; i < d; i++) {
            p[i * d + i] += 1 / sigma2;
        }
        double[] lp = SmallSpd.cholesky(p, d);
        if (lp == null) {
            throw new IllegalArgumentException("the twisted kernel at step " + s + " is not normalisable: I / sigma^2 + A_" + s + " = "
                    + SmallSpd.format(p, d) + " is not positive definite");
        }
        logDetP = SmallSpd.logDet(lp, d);
        covariance = SmallSpd.inverse(lp, d);
        chol = SmallSpd.requireCholesky("P^-1", covariance, d);
        mean = new double[d];
    }

    /** log Zhat(m), and leaves h in scratch and the proposal mean ready for {@link #sample}. */
    double logNormaliser(double[] m, double[] scratch) {
        double m2 = 0;
        for (int i = 0; i < d; i++) {
            scratch[i] = m[i] / sigma2 + b[i];
            m2 += m[i] * m[i];
        }
        SmallSpd.multiply(covariance, scratch, 0, mean, d);
        double hph = 0;
        for (int i = 0; i < d; i++) {
            hph += scratch[i] * mean[i];
        }
        return 0.5 * hph - 0.5 * m2 / sigma2 - 0.5 * d * Math.log(sigma2) - 0.5 * logDetP;
    }

    /** Draws from the kernel whose mean {@link #logNormaliser} last set, into out[off .. off + d). */
    void sample(Rng rng, double[] z, double[] out, int off) {
        for (int i = 0; i < d; i++) {
            z[i] = rng.gaussian();
        }
        for (int i = 0; i < d; i++) {
            double s = mean[i];
            for (int k = 0; k <= i; k++) {
                s += chol[i * d + k] * z[k];
            }
            out[off + i] = s;
        }
    }
}
