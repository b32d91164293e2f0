package lab.subspace.magics.symopt;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.random.Rng;

/**
 * A {@link BigramModel} trained on a {@link BigramTask}: batches of (token, next token) pairs from
 * the training table, evaluation by the exact expected cross-entropy under the evaluation table.
 *
 * <pre>{@code
 * ToyProblem p = BigramProblem.of(BigramTask.zipfian(256, 8, 1.0, 3.0, 7L), 16, 256, 0.1, 1L);
 * }</pre>
 */
public final class BigramProblem implements ToyProblem {

    private final BigramTask task;
    private final BigramModel model;
    private final BigramSampler sampler;
    private final int[] x;
    private final int[] y;

    private BigramProblem(BigramTask task, BigramModel model, int batch) {
        this.task = task;
        this.model = model;
        this.sampler = task.sampler();
        this.x = new int[batch];
        this.y = new int[batch];
    }

    /**
     * @param width     model width d
     * @param batch     pairs per step
     * @param initScale standard deviation of the initial weights
     * @param seed      seed of the initial weights
     */
    public static BigramProblem of(BigramTask task, int width, int batch, double initScale, long seed) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be >= 1 but is " + batch);
        }
        return new BigramProblem(task, BigramModel.init(task.vocabulary(), width, initScale, new Rng(seed)), batch);
    }

    public BigramModel model() {
        return model;
    }

    @Override
    public List<DMatrixRMaj> parameters() {
        return model.parameters();
    }

    @Override
    public List<DMatrixRMaj> sampleGradients(Rng rng) {
        sampler.sample(rng, x, y);
        return model.gradients(x, y);
    }

    @Override
    public Evaluation evaluate() {
        return new Evaluation(model.expectedLoss(task), Double.NaN);
    }
}
