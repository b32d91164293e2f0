package lab.subspace.magics.game;

import java.util.Arrays;

/**
 * Results of the {@link LambdaPath} experiment, one entry per kappa.
 *
 * @param scales          the kappas, decreasing
 * @param globalShare     GAME's global share t
 * @param group           the group whose errors are reported separately (the under-sampled one)
 * @param gameRmse        GAME's RMSE over the whole matrix
 * @param gameGroupRmse   GAME's RMSE on {@code group}
 * @param gameSinTheta    GAME's sin-Theta distance on {@code group}
 * @param globalRmse      soft-impute's RMSE over the whole matrix
 * @param globalGroupRmse soft-impute's RMSE on {@code group}
 * @param globalSinTheta  soft-impute's sin-Theta distance on {@code group}
 * @param warmIterations  GAME's ADMM iterations, warm-started from the previous kappa
 * @param coldIterations  the same fits started from zero
 * @param globalIterations soft-impute's iterations (warm-started)
 */
public record PathReport(double[] scales, double globalShare, int group, double[] gameRmse, double[] gameGroupRmse,
        double[] gameSinTheta, double[] globalRmse, double[] globalGroupRmse, double[] globalSinTheta,
        int[] warmIterations, int[] coldIterations, int[] globalIterations) {

    /** Total warm-started ADMM iterations along the path. */
    public int totalWarm() {
        return Arrays.stream(warmIterations).sum();
    }

    /** Total cold-started ADMM iterations. */
    public int totalCold() {
        return Arrays.stream(coldIterations).sum();
    }

    /** Index of GAME's smallest whole-matrix RMSE. */
    public int bestGame() {
        return argmin(gameRmse);
    }

    /** Index of soft-impute's smallest whole-matrix RMSE. */
    public int bestGlobal() {
        return argmin(globalRmse);
    }

    private static int argmin(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] < v[best]) {
                best = i;
            }
        }
        return best;
    }
}
