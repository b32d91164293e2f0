package lab.subspace.magics.fourier;

import java.time.Duration;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.display.Progress;

import lab.subspace.numerics.random.Rng;

/**
 * Learning curves that separate what a network takes from amplitudes and from phases: accuracy on
 * phase-scrambled test inputs (amplitude information only) and on amplitude-equalised test inputs
 * (phase information only) while online SGD runs. The claim of arXiv:2605.16913 (Ricci, Merger,
 * Goldt): amplitude information is learned first.
 *
 * <pre>{@code
 * CurvesResult r = AmplitudeBeforePhase.run(CurvesSpec.defaults());
 * long a = r.amplitudeCrossing(), p = r.phaseCrossing();   // a < p
 * }</pre>
 */
public final class AmplitudeBeforePhase {

    private AmplitudeBeforePhase() {
    }

    public static CurvesResult run(CurvesSpec spec) {
        Grid grid = Grid.of(spec.dims(), spec.side());
        Rng rng = new Rng(spec.seed());
        PhaseTask task = PhaseTask.of(grid, spec.alpha(), spec.contrast(), rng.nextLong());
        TestViews test = TestViews.of(task, spec.testPerClass(), true, new Rng(rng.nextLong()));
        double d = grid.size();
        SgdSpec sgd = spec.sgd().withLearningRate(spec.eta() / (d * d)).withMaxSteps(spec.steps()).withThreshold(spec.level());
        return new CurvesResult(spec, train(task.sampler(), test, sgd, rng.nextLong()));
    }

    /**
     * The same curves for a user's labelled signals: online SGD draws training rows at random (with
     * replacement) from {@code train}; the views are built from {@code test}.
     */
    public static CurvesResult run(Grid grid, DMatrixRMaj train, int[] trainLabels,
            DMatrixRMaj test, int[] testLabels, CurvesSpec spec) {
        Rng rng = new Rng(spec.seed());
        Datasets.requireLabels("training", train, trainLabels);
        Datasets.requireLabels("test", test, testLabels);
        TestViews views = TestViews.withViews(grid, test, testLabels, new Rng(rng.nextLong()));
        double d = grid.size();
        SgdSpec sgd = spec.sgd().withLearningRate(spec.eta() / (d * d)).withMaxSteps(spec.steps()).withThreshold(spec.level());
        return new CurvesResult(spec, train(Datasets.sampler(train, trainLabels), views, sgd, rng.nextLong()));
    }

    private static LearningCurve train(Sampler sampler, TestViews test, SgdSpec sgd, long seed) {
        try (Progress progress = Progress.start("online SGD", sgd.maxSteps(), Duration.ofSeconds(1))) {
            return OnlineSgd.train(sampler, test, sgd, false, seed, progress);
        }
    }
}
