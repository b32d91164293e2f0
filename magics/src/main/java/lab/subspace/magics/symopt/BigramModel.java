package lab.subspace.magics.symopt;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.numerics.linalg.Softmax;
import lab.subspace.numerics.random.Rng;

/**
 * A bigram language model with an embedding E (V x d) and an LM head H (V x d): the logits of the
 * next token after x are H E_x. Both blocks have rows indexed by tokens, so their symmetry group
 * is S(V) x O(d): permuting the vocabulary and rotating the hidden space. The parameters are the
 * list [E, H], updated in place by any {@link lab.subspace.numerics.nn.Optimizer}.
 *
 * <p>Products run on the calling thread ({@code CommonOps_DDRM}): comparisons train several models in
 * parallel.
 *
 * <pre>{@code
 * BigramModel model = BigramModel.init(256, 16, 0.1, new Rng(1));
 * List<DMatrixRMaj> grads = model.gradients(x, y);  // and the batch loss in model.lastLoss()
 * double loss = model.expectedLoss(task);           // exact cross-entropy under the task
 * }</pre>
 */
public final class BigramModel {

    private final DMatrixRMaj embedding;
    private final DMatrixRMaj head;
    private double lastLoss = Double.NaN;

    private BigramModel(DMatrixRMaj embedding, DMatrixRMaj head) {
        this.embedding = embedding;
        this.head = head;
    }

    /** Entries i.i.d. N(0, scale^2). */
    public static BigramModel init(int vocabulary, int width, double scale, Rng rng) {
        if (vocabulary < 2 || width < 1) {
            throw new IllegalArgumentException("need vocabulary >= 2 and width >= 1 but got " + vocabulary + " and " + width);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("init scale must be finite and > 0 but is " + scale);
        }
        return new BigramModel(rng.gaussian(vocabulary, width, scale), rng.gaussian(vocabulary, width, scale));
    }

    /** [E, H], the live matrices. */
    public List<DMatrixRMaj> parameters() {
        return List.of(embedding, head);
    }

    /** Mean cross-entropy of the last {@link #gradients} batch. */
    public double lastLoss() {
        return lastLoss;
    }

    /** Gradients [dE, dH] of the mean cross-entropy of predicting y[b] after x[b]. */
    public List<DMatrixRMaj> gradients(int[] x, int[] y) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("x and y must be non-empty and equally long but have " + x.length + " and " + y.length);
        }
        int v = embedding.numRows;
        int d = embedding.numCols;
        DMatrixRMaj h = new DMatrixRMaj(x.length, d);
        for (int b = 0; b < x.length; b++) {
            if (x[b] < 0 || x[b] >= v) {
                throw new IllegalArgumentException("token x[" + b + "] = " + x[b] + " is outside 0.." + (v - 1));
            }
            System.arraycopy(embedding.data, x[b] * d, h.data, b * d, d);
        }
        // softmax in place, then p - onehot(y): one exp per logit, no one-hot matrix
        DMatrixRMaj probs = CommonOps_DDRM.multTransB(h, head, null);
        Softmax.rowsInPlace(probs);
        double loss = 0;
        for (int b = 0; b < x.length; b++) {
            if (y[b] < 0 || y[b] >= v) {
                throw new IllegalArgumentException("token y[" + b + "] = " + y[b] + " is outside 0.." + (v - 1));
            }
            int k = b * v + y[b];
            loss -= Math.log(Math.max(probs.data[k], Double.MIN_NORMAL));
            probs.data[k] -= 1;
        }
        CommonOps_DDRM.scale(1.0 / x.length, probs);
        lastLoss = loss / x.length;
        DMatrixRMaj dHead = CommonOps_DDRM.multTransA(probs, h, null);
        DMatrixRMaj dh = CommonOps_DDRM.mult(probs, head, null);
        DMatrixRMaj dEmbedding = new DMatrixRMaj(v, d);
        for (int b = 0; b < x.length; b++) {
            int row = x[b] * d;
            for (int j = 0; j < d; j++) {
                dEmbedding.data[row + j] += dh.data[b * d + j];
            }
        }
        return List.of(dEmbedding, dHead);
    }

    /** Exact expected cross-entropy -sum_{x,y} P(x, y) log q(y | x) under the task's evaluation table. */
    public double expectedLoss(BigramTask task) {
        int v = embedding.numRows;
        if (task.vocabulary() != v) {
            throw new IllegalArgumentException("the task has " + task.vocabulary() + " tokens but the model " + v);
        }
        DMatrixRMaj logp = Softmax.logRows(CommonOps_DDRM.multTransB(embedding, head, null));
        double loss = 0;
        for (int x = 0; x < v; x++) {
            for (int y = 0; y < v; y++) {
                double p = task.evaluation(x, y);
                if (p > 0) {
                    loss -= p * logp.data[x * v + y];
                }
            }
        }
        return loss;
    }
}
