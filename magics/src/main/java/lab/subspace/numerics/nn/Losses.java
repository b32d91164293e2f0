package lab.subspace.numerics.nn;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.Softmax;

/**
 * Standard losses with their gradients; all are means over the batch so that the learning rate
 * does not depend on the batch size.
 *
 * <pre>{@code
 * LossValue l = Losses.bceWithLogits(logits, y);       // y in {0, 1} (or [0, 1])
 * LossValue c = Losses.softmaxCrossEntropy(logits, Losses.oneHot(labels, 10));
 * }</pre>
 */
public final class Losses {

    /** {@link #mse}. */
    public static final Loss MSE = Losses::mse;
    /** {@link #bceWithLogits}. */
    public static final Loss BCE_WITH_LOGITS = Losses::bceWithLogits;
    /** {@link #softmaxCrossEntropy(DMatrixRMaj, DMatrixRMaj)}. */
    public static final Loss SOFTMAX_CROSS_ENTROPY = Losses::softmaxCrossEntropy;

    private Losses() {
    }

    /** Mean squared error over all entries: mean((output - target)^2) (no factor 1/2). */
    public static LossValue mse(DMatrixRMaj output, DMatrixRMaj target) {
        Matrices.requireSameShape("output", output, "target", target);
        int n = output.getNumElements();
        DMatrixRMaj g = new DMatrixRMaj(output.numRows, output.numCols);
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double r = output.data[k] - target.data[k];
            sum += r * r;
            g.data[k] = 2 * r / n;
        }
        return new LossValue(n == 0 ? 0 : sum / n, g);
    }

    /**
     * Binary cross-entropy on logits z with targets t in [0, 1], averaged over all entries:
     * mean(max(z, 0) - z t + log(1 + exp(-|z|))), computed without overflow.
     */
    public static LossValue bceWithLogits(DMatrixRMaj logits, DMatrixRMaj target) {
        Matrices.requireSameShape("logits", logits, "target", target);
        int n = logits.getNumElements();
        DMatrixRMaj g = new DMatrixRMaj(logits.numRows, logits.numCols);
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double z = logits.data[k];
            double t = target.data[k];
            if (!(t >= 0 && t <= 1)) {
                throw new IllegalArgumentException("BCE targets must be in [0, 1] but target " + position(target, k)
                        + " = " + t);
            }
            sum += Math.max(z, 0) - z * t + Math.log1p(Math.exp(-Math.abs(z)));
            g.data[k] = (Activation.SIGMOID.apply(z) - t) / n;
        }
        return new LossValue(n == 0 ? 0 : sum / n, g);
    }

    /**
     * Softmax cross-entropy averaged over samples: -mean_i sum_c t_ic log softmax(z_i)_c. The
     * target is either n x C (one-hot rows or class probabilities) or n x 1 holding class
     * indices 0..C-1.
     */
    public static LossValue softmaxCrossEntropy(DMatrixRMaj logits, DMatrixRMaj target) {
        if (target.numCols == 1 && logits.numCols > 1) {
            Matrices.requireRows("target", target, logits.numRows);
            int[] labels = new int[target.numRows];
            for (int i = 0; i < labels.length; i++) {
                double v = target.get(i, 0);
                if (v != Math.rint(v)) {
                    throw new IllegalArgumentException("class index target[" + i + "] = " + v + " is not an integer");
                }
                labels[i] = (int) v;
            }
            return softmaxCrossEntropy(logits, labels);
        }
        Matrices.requireSameShape("logits", logits, "target", target);
        int n = logits.numRows;
        int c = logits.numCols;
        DMatrixRMaj logp = Softmax.logRows(logits);
        DMatrixRMaj g = new DMatrixRMaj(n, c);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double rowMass = 0;
            for (int j = 0; j < c; j++) {
                double t = target.get(i, j);
                rowMass += t;
                if (t != 0) {
                    sum -= t * logp.get(i, j);
                }
            }
            for (int j = 0; j < c; j++) {
                g.set(i, j, (Math.exp(logp.get(i, j)) * rowMass - target.get(i, j)) / n);
            }
        }
        return new LossValue(n == 0 ? 0 : sum / n, g);
    }

    /** Softmax cross-entropy with integer class labels in 0..C-1. */
    public static LossValue softmaxCrossEntropy(DMatrixRMaj logits, int[] labels) {
        return softmaxCrossEntropy(logits, oneHot(labels, logits.numCols));
    }

    /** n x classes matrix with a 1 at (i, labels[i]). */
    public static DMatrixRMaj oneHot(int[] labels, int classes) {
        DMatrixRMaj m = new DMatrixRMaj(labels.length, classes);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label " + labels[i] + " at index " + i + " is outside 0.." + (classes - 1));
            }
            m.set(i, labels[i], 1);
        }
        return m;
    }

    private static String position(DMatrixRMaj m, int k) {
        return "(" + k / m.numCols + ", " + k % m.numCols + ")";
    }
}
