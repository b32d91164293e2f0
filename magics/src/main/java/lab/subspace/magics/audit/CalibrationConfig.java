package lab.subspace.magics.audit;

import java.util.Arrays;

/**
 * Settings of the constructive calibration ({@link Calibration}). {@link #paper()} is the paper's
 * protocol; {@link #notebook()} and {@link #quick()} are scaled-down versions that fit a notebook
 * and a unit test on a laptop (fewer samples and epochs, a larger Adam step so that the shorter
 * runs reach comparable fits; widths, depth, task, eps and lambdas unchanged).
 *
 * <pre>{@code
 * CalibrationConfig c = CalibrationConfig.paper().withLambdas(5, 50).withSeed(3);
 * }</pre>
 *
 * @param inputs            input dimension (20)
 * @param width             units per hidden layer (128)
 * @param hiddenLayers      hidden ReLU layers (3)
 * @param trainSamples      N_train (4000)
 * @param probeSamples      N_probe (800), drawn like the training set
 * @param safetyFraction    share of samples forced into the safety region (0.3)
 * @param threshold         the safety region is {x1, x2, x3 &gt; threshold} (1)
 * @param baseEpochs        full-batch Adam epochs of the base model (300)
 * @param fineTuneEpochs    epochs of the full fine-tune and of the steering vector (400)
 * @param distributedEpochs epochs of the distributed (regularised) fine-tunes (600)
 * @param learningRate      Adam step (1e-3)
 * @param lambdas           weights of the rank-maximisation regulariser, one variant each ({5, 50})
 * @param stableRankTarget  target of the stable-rank loss (64)
 * @param eps               energy threshold of rank_eps (0.05)
 * @param ablationRanks     numbers r of directions ablated in the sweep
 * @param randomDraws       random rank-r projectors averaged per r
 * @param seed              seed of data, initialisation and random projectors
 */
public record CalibrationConfig(int inputs, int width, int hiddenLayers, int trainSamples, int probeSamples,
        double safetyFraction, double threshold, int baseEpochs, int fineTuneEpochs, int distributedEpochs,
        double learningRate, double[] lambdas, double stableRankTarget, double eps, int[] ablationRanks,
        int randomDraws, long seed) {

    private static final int[] SWEEP = {0, 1, 2, 5, 10, 20, 40, 60, 80};

    public CalibrationConfig {
        lambdas = lambdas.clone();
        ablationRanks = ablationRanks.clone();
        positive("inputs", inputs);
        positive("width", width);
        positive("hiddenLayers", hiddenLayers);
        positive("trainSamples", trainSamples);
        positive("probeSamples", probeSamples);
        if (inputs < 7) {
            throw new IllegalArgumentException("the task uses x1..x7, so inputs must be >= 7 but is " + inputs);
        }
        if (!(safetyFraction > 0 && safetyFraction < 1)) {
            throw new IllegalArgumentException("safetyFraction must be in (0, 1) but is " + safetyFraction);
        }
        if (baseEpochs < 0 || fineTuneEpochs < 0 || distributedEpochs < 0) {
            throw new IllegalArgumentException("epochs must be >= 0 but are " + baseEpochs + ", " + fineTuneEpochs + ", "
                    + distributedEpochs);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be finite and > 0 but is " + learningRate);
        }
        for (int i = 0; i < lambdas.length; i++) {
            if (!(lambdas[i] >= 0) || Double.isInfinite(lambdas[i])) {
                throw new IllegalArgumentException("lambda " + i + " must be finite and >= 0 but is " + lambdas[i]);
            }
        }
        if (!(stableRankTarget > 0)) {
            throw new IllegalArgumentException("stableRankTarget must be > 0 but is " + stableRankTarget);
        }
        if (!(eps >= 0 && eps < 1)) {
            throw new IllegalArgumentException("eps must be in [0, 1) but is " + eps);
        }
        for (int r : ablationRanks) {
            if (r < 0 || r > width) {
                throw new IllegalArgumentException("ablation rank " + r + " must be in [0, width = " + width + "]");
            }
        }
        positive("randomDraws", randomDraws);
    }

    /** The paper's protocol (about 8 CPU-minutes: 3-5 minutes on two idle cores). */
    public static CalibrationConfig paper() {
        return new CalibrationConfig(20, 128, 3, 4000, 800, 0.3, 1.0, 300, 400, 600, 1e-3, new double[] {5, 50},
                RankRegularizer.PAPER_STABLE_RANK_TARGET, 0.05, SWEEP, 5, 0);
    }

    /**
     * The notebook's scaled-down run (about a sixth of the paper's compute): N_train 800, N_probe 600,
     * epochs 100 / 140 / 160 at lr 4e-3.
     */
    public static CalibrationConfig notebook() {
        return new CalibrationConfig(20, 128, 3, 800, 600, 0.3, 1.0, 100, 140, 160, 4e-3, new double[] {5, 50},
                RankRegularizer.PAPER_STABLE_RANK_TARGET, 0.05, SWEEP, 5, 0);
    }

    /** The unit-test size: N_train 400, N_probe 300, epochs 60 / 80 / 100 at lr 4e-3. */
    public static CalibrationConfig quick() {
        return new CalibrationConfig(20, 128, 3, 400, 300, 0.3, 1.0, 60, 80, 100, 4e-3, new double[] {5, 50},
                RankRegularizer.PAPER_STABLE_RANK_TARGET, 0.05, SWEEP, 3, 0);
    }

    public CalibrationConfig withLambdas(double... values) {
        return new CalibrationConfig(inputs, width, hiddenLayers, trainSamples, probeSamples, safetyFraction, threshold,
                baseEpochs, fineTuneEpochs, distributedEpochs, learningRate, values, stableRankTarget, eps, ablationRanks,
                randomDraws, seed);
    }

    public CalibrationConfig withSeed(long value) {
        return new CalibrationConfig(inputs, width, hiddenLayers, trainSamples, probeSamples, safetyFraction, threshold,
                baseEpochs, fineTuneEpochs, distributedEpochs, learningRate, lambdas, stableRankTarget, eps, ablationRanks,
                randomDraws, value);
    }

    public CalibrationConfig withEps(double value) {
        return new CalibrationConfig(inputs, width, hiddenLayers, trainSamples, probeSamples, safetyFraction, threshold,
                baseEpochs, fineTuneEpochs, distributedEpochs, learningRate, lambdas, stableRankTarget, value, ablationRanks,
                randomDraws, seed);
    }

    public CalibrationConfig withAblationRanks(int... values) {
        return new CalibrationConfig(inputs, width, hiddenLayers, trainSamples, probeSamples, safetyFraction, threshold,
                baseEpochs, fineTuneEpochs, distributedEpochs, learningRate, lambdas, stableRankTarget, eps, values,
                randomDraws, seed);
    }

    /** Same protocol with other sample counts and epochs (base, fine-tune, distributed) and Adam step. */
    public CalibrationConfig withSchedule(int train, int probe, int base, int fineTune, int distributed, double lr) {
        return new CalibrationConfig(inputs, width, hiddenLayers, train, probe, safetyFraction, threshold, base, fineTune,
                distributed, lr, lambdas, stableRankTarget, eps, ablationRanks, randomDraws, seed);
    }

    @Override
    public double[] lambdas() {
        return lambdas.clone();
    }

    @Override
    public int[] ablationRanks() {
        return ablationRanks.clone();
    }

    /** Total training epochs (base + fine-tune + steering + one distributed run per lambda). */
    public long totalEpochs() {
        return baseEpochs + 2L * fineTuneEpochs + (long) distributedEpochs * lambdas.length;
    }

    @Override
    public String toString() {
        return "CalibrationConfig[N_train " + trainSamples + ", N_probe " + probeSamples + ", " + hiddenLayers + " x "
                + width + ", epochs " + baseEpochs + "/" + fineTuneEpochs + "/" + distributedEpochs + ", lr " + learningRate
                + ", lambdas " + Arrays.toString(lambdas) + ", eps " + eps + ", seed " + seed + "]";
    }

    private static void positive(String name, int v) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " must be >= 1 but is " + v);
        }
    }
}
