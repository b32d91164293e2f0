package lab.subspace.magics.twistedsmc;

import lab.subspace.numerics.random.Rng;
import org.ejml.data.DMatrixRMaj;

/**
 * A Gaussian mixture sum_j w_j N(mu_j, S_j) in d dimensions: the data distribution of the diffusion
 * model, and (via {@link #tilted}) the analytic reward-tilted target p(x) exp(r(x) / beta) / Z for a
 * {@link GaussianReward}.
 *
 * <pre>{@code
 * Mixture data = Mixture.isotropic(new double[] {0.8, 0.2}, new double[][] {{-2}, {2}}, new double[] {0.5, 0.5});
 * Mixture target = data.tilted(Reward.gaussian(new double[] {2.5}, 1), 0.25);
 * double logZ = data.logNormaliser(Reward.gaussian(new double[] {2.5}, 1), 0.25);   // log E_p[exp(r / beta)]
 * }</pre>
 */
public final class Mixture {

    private final int d;
    private final double[] weights;
    private final double[][] means;
    private final double[][] covariances;
    private final double[][] precisions;
    private final double[][] chols;
    private final double[] logNorms; // log w_j - d/2 log 2 pi - 1/2 log det S_j

    private Mixture(double[] weights, double[][] means, double[][] covariances) {
        int k = weights.length;
        if (k == 0) {
            throw new IllegalArgumentException("a mixture needs at least one component");
        }
        if (means.length != k || covariances.length != k) {
            throw new IllegalArgumentException("the mixture has " + k + " weights but " + means.length + " means and "
                    + covariances.length + " covariances");
        }
        this.d = means[0].length;
        if (d == 0) {
            throw new IllegalArgumentException("means must have at least one coordinate");
        }
        double total = 0;
        for (int j = 0; j < k; j++) {
            if (!(weights[j] >= 0) || Double.isInfinite(weights[j])) {
                throw new IllegalArgumentException("mixture weights must be finite and >= 0 but weight " + j + " is " + weights[j]);
            }
            total += weights[j];
            if (means[j].length != d) {
                throw new IllegalArgumentException("mean 0 has " + d + " coordinates but mean " + j + " has " + means[j].length);
            }
            for (int i = 0; i < d; i++) {
                if (!Double.isFinite(means[j][i])) {
                    throw new IllegalArgumentException("mean " + j + " is not finite at index " + i + ": " + means[j][i]);
                }
            }
            if (covariances[j].length != d * d) {
                throw new IllegalArgumentException("covariance " + j + " must be " + d + " x " + d);
            }
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("mixture weights must not all be 0");
        }
        this.weights = new double[k];
        this.means = new double[k][];
        this.covariances = new double[k][];
        this.precisions = new double[k][];
        this.chols = new double[k][];
        this.logNorms = new double[k];
        for (int j = 0; j < k; j++) {
            this.weights[j] = weights[j] / total;
            this.means[j] = means[j].clone();
            this.covariances[j] = covariances[j].clone();
            double[] l = SmallSpd.requireCholesky("covariance " + j, this.covariances[j], d);
            chols[j] = l;
            precisions[j] = SmallSpd.inverse(l, d);
            logNorms[j] = Math.log(this.weights[j]) - 0.5 * d * Math.log(2 * Math.PI) - 0.5 * SmallSpd.logDet(l, d);
        }
    }

    /**
     * A mixture with full covariances.
     *
     * @param weights     w_j &gt;= 0 (normalised here)
     * @param means       mu_j, one row per component
     * @param covariances S_j, d x d symmetric positive definite
     */
    public static Mixture of(double[] weights, double[][] means, DMatrixRMaj... covariances) {
        double[][] c = new double[covariances.length][];
        for (int j = 0; j < c.length; j++) {
            DMatrixRMaj s = covariances[j];
            int d = means.length > 0 ? means[0].length : 0;
            if (s.numRows != d || s.numCols != d) {
                throw new IllegalArgumentException("covariance " + j + " is " + s.numRows + " x " + s.numCols + " but the means have "
                        + d + " coordinates");
            }
            c[j] = s.data.clone();
        }
        return new Mixture(weights.clone(), means, c);
    }

    /** A mixture of isotropic components N(mu_j, sd_j^2 I). */
    public static Mixture isotropic(double[] weights, double[][] means, double[] sds) {
        if (sds.length != weights.length) {
            throw new IllegalArgumentException("the mixture has " + weights.length + " weights but " + sds.length + " standard deviations");
        }
        int d = means.length > 0 ? means[0].length : 0;
        double[][] c = new double[sds.length][];
        for (int j = 0; j < sds.length; j++) {
            if (!(sds[j] > 0) || Double.isInfinite(sds[j])) {
                throw new IllegalArgumentException("standard deviation " + j + " must be positive and finite but is " + sds[j]);
            }
            c[j] = SmallSpd.identity(d, sds[j] * sds[j]);
        }
        return new Mixture(weights.clone(), means, c);
    }

    /** The 1-D data of the notebook: 0.8 N(-2, 0.5^2) + 0.2 N(2, 0.5^2) (the reward favours the rare mode). */
    public static Mixture bimodal1d() {
        return isotropic(new double[] {0.8, 0.2}, new double[][] {{-2}, {2}}, new double[] {0.5, 0.5});
    }

    /** The 2-D data of the notebook: four isotropic components (sd 0.4) at (+-2, +-2), weights 0.4, 0.3, 0.2, 0.1. */
    public static Mixture fourModes2d() {
        return isotropic(new double[] {0.4, 0.3, 0.2, 0.1}, new double[][] {{-2, -2}, {2, -2}, {-2, 2}, {2, 2}},
                new double[] {0.4, 0.4, 0.4, 0.4});
    }

    public int dimension() {
        return d;
    }

    public int components() {
        return weights.length;
    }

    public double weight(int j) {
        return weights[j];
    }

    public double[] mean(int j) {
        return means[j].clone();
    }

    /** S_j as a d x d matrix (a copy). */
    public DMatrixRMaj covariance(int j) {
        return new DMatrixRMaj(d, d, true, covariances[j]);
    }

    double[] covarianceData(int j) {
        return covariances[j];
    }

    /** log p(x). */
    public double logDensity(double[] x) {
        if (x.length != d) {
            throw new IllegalArgumentException("the mixture is " + d + "-dimensional but x has " + x.length + " coordinates");
        }
        int k = weights.length;
        double[] lp = new double[k];
        double[] r = new double[d];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < d; i++) {
                r[i] = x[i] - means[j][i];
            }
            lp[j] = logNorms[j] - 0.5 * SmallSpd.quadratic(precisions[j], r, 0, d);
            max = Math.max(max, lp[j]);
        }
        double s = 0;
        for (int j = 0; j < k; j++) {
            s += Math.exp(lp[j] - max);
        }
        return max + Math.log(s);
    }

    /** n independent draws, one row each. */
    public double[][] sample(int n, Rng rng) {
        double[][] out = new double[n][d];
        for (int i = 0; i < n; i++) {
            int j = rng.categorical(weights);
            double[] l = chols[j];
            double[] z = rng.gaussianVector(d);
            for (int a = 0; a < d; a++) {
                double s = means[j][a];
                for (int b = 0; b <= a; b++) {
                    s += l[a * d + b] * z[b];
                }
                out[i][a] = s;
            }
        }
        return out;
    }

    /**
     * The tilted mixture p(x) exp(r(x) / beta) / Z: component j becomes N(m_j, V_j) with
     * V_j = (S_j^{-1} + I / tau)^{-1}, m_j = V_j (S_j^{-1} mu_j + c / tau), tau = beta width^2, and its
     * weight is proportional to w_j N(c; mu_j, S_j + tau I).
     */
    public Mixture tilted(GaussianReward reward, double beta) {
        double tau = tau(reward, beta);
        double[] c = reward.center();
        int k = weights.length;
        double[] w = new double[k];
        double[][] m = new double[k][];
        double[][] v = new double[k][];
        double[] logw = logPredictive(c, tau);
        double max = Double.NEGATIVE_INFINITY;
        for (double x : logw) {
            max = Math.max(max, x);
        }
        for (int j = 0; j < k; j++) {
            w[j] = Math.exp(logw[j] - max);
            double[] prec = precisions[j].clone();
            for (int i = 0; i < d; i++) {
                prec[i * d + i] += 1 / tau;
            }
            double[] vj = SmallSpd.inverse(SmallSpd.requireCholesky("tilted precision", prec, d), d);
            double[] h = new double[d];
            SmallSpd.multiply(precisions[j], means[j], 0, h, d);
            for (int i = 0; i < d; i++) {
                h[i] += c[i] / tau;
            }
            double[] mj = new double[d];
            SmallSpd.multiply(vj, h, 0, mj, d);
            m[j] = mj;
            v[j] = vj;
        }
        return new Mixture(w, m, v);
    }

    /** log Z = log E_p[exp(r(x) / beta)] = log sum_j w_j N(c; mu_j, S_j + tau I) + d/2 log(2 pi tau). */
    public double logNormaliser(GaussianReward reward, double beta) {
        double tau = tau(reward, beta);
        double[] lw = logPredictive(reward.center(), tau);
        double max = Double.NEGATIVE_INFINITY;
        for (double x : lw) {
            max = Math.max(max, x);
        }
        double s = 0;
        for (double x : lw) {
            s += Math.exp(x - max);
        }
        return max + Math.log(s) + 0.5 * d * Math.log(2 * Math.PI * tau);
    }

    /** log w_j + log N(c; mu_j, S_j + tau I) per component. */
    private double[] logPredictive(double[] c, double tau) {
        int k = weights.length;
        double[] out = new double[k];
        double[] r = new double[d];
        for (int j = 0; j < k; j++) {
            double[] s = covariances[j].clone();
            for (int i = 0; i < d; i++) {
                s[i * d + i] += tau;
                r[i] = c[i] - means[j][i];
            }
            double[] l = SmallSpd.requireCholesky("S + tau I", s, d);
            out[j] = Math.log(weights[j]) - 0.5 * d * Math.log(2 * Math.PI) - 0.5 * SmallSpd.logDet(l, d)
                    - 0.5 * SmallSpd.quadratic(SmallSpd.inverse(l, d), r, 0, d);
        }
        return out;
    }

    private double tau(GaussianReward reward, double beta) {
        if (reward.center().length != d) {
            throw new IllegalArgumentException("the reward centre has " + reward.center().length + " coordinates but the data has " + d);
        }
        AlignmentProblem.requireBeta(beta);
        return beta * reward.width() * reward.width();
    }
}
