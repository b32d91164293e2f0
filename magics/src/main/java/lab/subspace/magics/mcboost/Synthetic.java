package lab.subspace.magics.mcboost;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.Memory;
import lab.subspace.numerics.random.Rng;

/**
 * The synthetic designs of the experiments [reconstructed from the abstract; the paper's own data
 * sets are not public here].
 *
 * <ul>
 * <li>{@link #miscalibrated}: an accurate but miscalibrated classifier. x ~ N(0, I_6),
 * P(y = 1 | x) = sigmoid(f*(x)), f* = 1.2 x1 - x2 + 0.8 sin(2 x3) + 0.6 x4 x5; four overlapping groups
 * A = {x1 > 0}, B = {x2 > 0.5}, C = {x3 < -1} (about 16%), D = {x6 > 1} (about 16%). The base logit
 * is {@code sharpness} f* + shifts (C +0.9, D -0.7, B -0.4): it ranks like the Bayes predictor
 * inside each group but is over-confident and biased per group.</li>
 * <li>{@link #shifted}: regression under covariate shift. x ~ N(mu e1, I_d),
 * y = x1 + 0.5 x2 + 0.15 x1^2 + N(0, 0.5^2); the base predictor f0 = 0.6 (x1 + 0.5 x2) - 0.2 is shrunk
 * and misses the curvature: its error 0.4 x1 + 0.2 x2 + 0.15 x1^2 + 0.2 is mostly linear. After
 * multiaccuracy w.r.t. linear functions on the source, the population target bias is exactly
 * 0.15 mu^2 (the quadratic part against w - Pi w), against 0.4 mu + 0.15 (1 + mu^2) + 0.2 for f0.</li>
 * </ul>
 *
 * <pre>{@code
 * Synthetic.Sample s = Synthetic.miscalibrated(5000, 1.8, 7);
 * }</pre>
 */
public final class Synthetic {

    private Synthetic() {
    }

    /**
     * A sample and its ground truth.
     *
     * @param data  base predictions, labels, groups, features
     * @param truth the Bayes predictor E[y | x] on the prediction scale
     */
    public record Sample(McData data, double[] truth) {
    }

    static final String[] GROUPS = {"A", "B", "C", "D"};
    static final int MISCALIBRATED_DIMENSION = 6;

    /** The miscalibrated classifier design with {@code n} rows. */
    public static Sample miscalibrated(int n, double sharpness, long seed) {
        requireRows(n, MISCALIBRATED_DIMENSION);
        Rng rng = new Rng(seed);
        int d = MISCALIBRATED_DIMENSION;
        DMatrixRMaj x = rng.gaussian(n, d);
        boolean[][] member = new boolean[GROUPS.length][n];
        double[] base = new double[n];
        double[] labels = new double[n];
        double[] truth = new double[n];
        for (int i = 0; i < n; i++) {
            double x1 = x.get(i, 0), x2 = x.get(i, 1), x3 = x.get(i, 2), x4 = x.get(i, 3), x5 = x.get(i, 4), x6 = x.get(i, 5);
            member[0][i] = x1 > 0;
            member[1][i] = x2 > 0.5;
            member[2][i] = x3 < -1;
            member[3][i] = x6 > 1;
            double f = 1.2 * x1 - x2 + 0.8 * Math.sin(2 * x3) + 0.6 * x4 * x5;
            double shift = (member[2][i] ? 0.9 : 0) - (member[3][i] ? 0.7 : 0) - (member[1][i] ? 0.4 : 0);
            truth[i] = sigmoid(f);
            base[i] = sigmoid(sharpness * f + shift);
            labels[i] = rng.uniform() < truth[i] ? 1 : 0;
        }
        return new Sample(new McData(base, labels, new Groups(GROUPS.clone(), member), x), truth);
    }

    /** The covariate-shift regression design with {@code n} rows, d features, mean shift {@code mu} along x1. */
    public static Sample shifted(int n, int d, double mu, long seed) {
        if (d < 2) {
            throw new IllegalArgumentException("the shift design needs d >= 2 features but d = " + d);
        }
        requireRows(n, d);
        Rng rng = new Rng(seed);
        DMatrixRMaj x = rng.gaussian(n, d);
        double[] base = new double[n];
        double[] labels = new double[n];
        double[] truth = new double[n];
        for (int i = 0; i < n; i++) {
            double x1 = x.get(i, 0) + mu;
            x.set(i, 0, x1);
            double x2 = x.get(i, 1);
            truth[i] = x1 + 0.5 * x2 + 0.15 * x1 * x1;
            base[i] = 0.6 * (x1 + 0.5 * x2) - 0.2;
            labels[i] = truth[i] + 0.5 * rng.gaussian();
        }
        return new Sample(new McData(base, labels, Groups.none(), x), truth);
    }

    static double sigmoid(double s) {
        return s >= 0 ? 1 / (1 + Math.exp(-s)) : Math.exp(s) / (1 + Math.exp(s));
    }

    private static void requireRows(int n, int d) {
        if (n < 2) {
            throw new IllegalArgumentException("a sample needs at least 2 rows but n = " + n);
        }
        Memory.requireMatrices(n, d, 2, "synthetic sample (features and their copy in the data)");
    }
}
