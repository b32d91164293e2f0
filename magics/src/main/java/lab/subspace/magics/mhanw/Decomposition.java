package lab.subspace.magics.mhanw;

import lab.subspace.data.Matrices;

/**
 * The bias-variance-covariance decomposition of an averaging ensemble's mean squared error,
 * estimated by Monte Carlo over R independent training sets ("Multi-Head Attention as Ensemble
 * Nadaraya-Watson Estimation"):
 * <pre>
 *   MSE = bias^2 + Var(F),   Var(F) = mean_h Var(f_h) / H + (1 - 1/H) mean_{h != h'} Cov(f_h, f_h')
 * </pre>
 * with F = mean_h f_h, every moment taken over the training sets at a fixed query and then
 * averaged over the queries. Moments use 1/R (plug-in), so both equalities hold exactly for the
 * estimates.
 *
 * <pre>{@code
 * Decomposition d = Decomposition.of(predictions, truth);   // predictions[r][h][j]
 * d.mse(); d.bias2(); d.varianceTerm(); d.covarianceTerm(); d.correlation();
 * }</pre>
 *
 * @param heads          H
 * @param replicates     R training sets
 * @param queries        number of query points averaged over
 * @param bias2          mean_j (E F(q_j) - f(q_j))^2
 * @param variance       mean_j Var F(q_j): the ensemble's variance
 * @param meanVariance   mean_j mean_h Var f_h(q_j): a single head's variance
 * @param meanCovariance mean_j mean_{h != h'} Cov(f_h(q_j), f_h'(q_j)); NaN for one head
 * @param mse            mean_j E (F(q_j) - f(q_j))^2 = bias2 + variance
 */
public record Decomposition(int heads, int replicates, int queries, double bias2, double variance, double meanVariance,
        double meanCovariance, double mse) {

    /**
     * Estimates the decomposition.
     *
     * @param predictions {@code predictions[r][h][j]}: head h's estimate at query j from training set r
     * @param truth       the target f(q_j) at each query
     * @throws IllegalArgumentException for fewer than 2 replicates, ragged arrays or NaN
     */
    public static Decomposition of(double[][][] predictions, double[] truth) {
        int r = predictions.length;
        if (r < 2) {
            throw new IllegalArgumentException("a variance needs at least 2 training sets but got " + r);
        }
        int heads = predictions[0].length;
        int m = truth.length;
        if (heads < 1) {
            throw new IllegalArgumentException("predictions have no heads");
        }
        Matrices.requireFinite("truth", truth);
        for (int k = 0; k < r; k++) {
            if (predictions[k].length != heads) {
                throw new IllegalArgumentException("training set 0 has " + heads + " heads but training set " + k + " has "
                        + predictions[k].length);
            }
            for (int h = 0; h < heads; h++) {
                if (predictions[k][h].length != m) {
                    throw new IllegalArgumentException("there are " + m + " query targets but training set " + k + ", head " + h
                            + " has " + predictions[k][h].length + " predictions");
                }
                Matrices.requireFinite("predictions of training set " + k + ", head " + h, predictions[k][h]);
            }
        }
        double bias2 = 0;
        double variance = 0;
        double meanVariance = 0;
        double mse = 0;
        double[] headMean = new double[heads];
        for (int j = 0; j < m; j++) {
            double ensembleMean = 0;
            java.util.Arrays.fill(headMean, 0);
            for (int k = 0; k < r; k++) {
                for (int h = 0; h < heads; h++) {
                    headMean[h] += predictions[k][h][j] / r;
                }
            }
            for (int h = 0; h < heads; h++) {
                ensembleMean += headMean[h] / heads;
            }
            double varF = 0;
            double varHeads = 0;
            double err = 0;
            for (int k = 0; k < r; k++) {
                double f = 0;
                for (int h = 0; h < heads; h++) {
                    double c = predictions[k][h][j] - headMean[h];
                    varHeads += c * c;
                    f += predictions[k][h][j] / heads;
                }
                varF += (f - ensembleMean) * (f - ensembleMean);
                err += (f - truth[j]) * (f - truth[j]);
            }
            bias2 += (ensembleMean - truth[j]) * (ensembleMean - truth[j]);
            variance += varF / r;
            meanVariance += varHeads / (r * heads);
            mse += err / r;
        }
        bias2 /= m;
        variance /= m;
        meanVariance /= m;
        mse /= m;
        // sum_{h != h'} c_h c_h' = (sum_h c_h)^2 - sum_h c_h^2, averaged: the pairwise mean covariance
        double meanCovariance = heads < 2 ? Double.NaN : (heads * variance - meanVariance) / (heads - 1);
        return new Decomposition(heads, r, m, bias2, variance, meanVariance, meanCovariance, mse);
    }

    /** mean Var / H: what the ensemble variance would be with uncorrelated heads. */
    public double varianceTerm() {
        return meanVariance / heads;
    }

    /** (1 - 1/H) mean Cov: the variance correlation between heads keeps (0 for one head). */
    public double covarianceTerm() {
        return heads < 2 ? 0 : (1 - 1.0 / heads) * meanCovariance;
    }

    /** Mean covariance over mean variance: the heads' average error correlation (NaN for one head). */
    public double correlation() {
        return meanCovariance / meanVariance;
    }

    /** Ensemble variance over a single head's variance (1 for identical heads, 1/H for uncorrelated ones). */
    public double varianceReduction() {
        return variance / meanVariance;
    }
}
