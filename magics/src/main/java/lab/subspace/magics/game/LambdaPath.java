package lab.subspace.magics.game;

import java.time.Duration;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.MaskedMatrix;
import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;

/**
 * The lambda-path experiment: GAME and global soft-impute along decreasing penalty scales kappa
 * (the noise-level rule of {@link Lambdas} times kappa), with errors against the truth at every
 * point, and GAME's ADMM iterations with warm starts (each fit starts from the previous one)
 * against cold starts.
 *
 * <pre>{@code
 * PathReport p = LambdaPath.run(GroupedLowRank.sample(SyntheticSpec.paper(), 0), 0.1,
 *         new double[] {2, 1, 0.5, 0.25, 0.125}, 0.5, GameOptions.defaults(), CompletionOptions.defaults());
 * }</pre>
 */
public final class LambdaPath {

    private LambdaPath() {
    }

    /**
     * @param sigma       noise level of the lambda rule
     * @param scales      decreasing kappas
     * @param globalShare GAME's global share t in [0, 1)
     */
    public static PathReport run(SyntheticData d, double sigma, double[] scales, double globalShare, GameOptions game,
            CompletionOptions completion) {
        ComparisonOptions checked = ComparisonOptions.defaults(sigma).withScales(scales).withGlobalShares(globalShare);
        MaskedMatrix y = d.observed();
        int g = Math.max(0, d.spec().sparseGroup());
        Lambdas base = Comparison.gameLambdas(y, d.groups(), sigma, globalShare);
        GameAdmm admm = new GameAdmm(y, d.groups(), base);
        double globalBase = Lambdas.globalFromNoise(y, sigma);
        int k = checked.scales().length;
        double[] gameRmse = new double[k];
        double[] gameSparse = new double[k];
        double[] gameSin = new double[k];
        double[] softRmse = new double[k];
        double[] softSparse = new double[k];
        double[] softSin = new double[k];
        int[] warm = new int[k];
        int[] cold = new int[k];
        int[] softIterations = new int[k];
        GameFit previous = null;
        DMatrixRMaj previousSoft = null;
        try (Progress progress = Progress.start("GAME lambda path", 3L * k, Duration.ofSeconds(1))) {
            for (int i = 0; i < k; i++) {
                Interrupts.check();
                Lambdas l = base.scaled(scales[i]);
                previous = admm.solve(l, game, previous, null);
                warm[i] = previous.iterations();
                progress.step();
                cold[i] = admm.solve(l, game, null, null).iterations();
                progress.step();
                Completion c = SoftImpute.run(y, scales[i] * globalBase, completion, previousSoft, null);
                previousSoft = c.estimate();
                softIterations[i] = c.iterations();
                progress.step();
                gameRmse[i] = Evaluation.rmse(previous.estimate(), d.truth());
                gameSparse[i] = Evaluation.rmse(previous.estimate(), d.truth(), d.groups())[g];
                gameSin[i] = Evaluation.sinTheta(previous.estimate(), d.groups(), d.bases())[g];
                softRmse[i] = Evaluation.rmse(c.estimate(), d.truth());
                softSparse[i] = Evaluation.rmse(c.estimate(), d.truth(), d.groups())[g];
                softSin[i] = Evaluation.sinTheta(c.estimate(), d.groups(), d.bases())[g];
            }
        }
        return new PathReport(scales.clone(), globalShare, g, gameRmse, gameSparse, gameSin, softRmse, softSparse, softSin,
                warm, cold, softIterations);
    }
}
