package lab.subspace.magics.grasp;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.nn.Loss;
import lab.subspace.numerics.nn.LossValue;
import lab.subspace.numerics.nn.Losses;

/**
 * The two heads of a {@link LatentWorld} model: outputs 0..K-1 are the class logits of the task,
 * output K the logit of the second task (the sign of the spurious factor). Pretraining trains both;
 * fine-tuning only the task, so the second head is never trained on the fine-tuning data.
 *
 * <pre>{@code
 * FineTuned ft = LoraTuning.tune(pretrained, train.x(), train.targets(), Heads.task(4), TuneSpec.defaults(), Intervention.none(), 1);
 * double ood = Heads.taskAccuracy(ft.predict(test.x()), test.labels(), 4);
 * }</pre>
 */
public final class Heads {

    private Heads() {
    }

    /** n x (K + 1): one-hot classes, then the second-task label. */
    static DMatrixRMaj targets(int[] labels, int[] second, int classes) {
        if (labels.length != second.length) {
            throw new IllegalArgumentException(labels.length + " class labels but " + second.length + " second-task labels");
        }
        DMatrixRMaj t = new DMatrixRMaj(labels.length, classes + 1);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label " + labels[i] + " at index " + i + " is outside 0.." + (classes - 1));
            }
            t.unsafe_set(i, labels[i], 1);
            t.unsafe_set(i, classes, second[i]);
        }
        return t;
    }

    /** Softmax cross-entropy on the class logits plus binary cross-entropy on the second head. */
    public static Loss pretraining(int classes) {
        return (out, target) -> {
            LossValue task = taskLoss(out, target, classes);
            int n = out.numRows;
            DMatrixRMaj logit = CommonOps_DDRM.extract(out, 0, n, classes, classes + 1);
            DMatrixRMaj label = CommonOps_DDRM.extract(target, 0, n, classes, classes + 1);
            LossValue second = Losses.bceWithLogits(logit, label);
            DMatrixRMaj g = task.gradient();
            CommonOps_DDRM.insert(second.gradient(), g, 0, classes);
            return new LossValue(task.value() + second.value(), g);
        };
    }

    /** Softmax cross-entropy on the class logits only (the second head gets no gradient). */
    public static Loss task(int classes) {
        return (out, target) -> taskLoss(out, target, classes);
    }

    private static LossValue taskLoss(DMatrixRMaj out, DMatrixRMaj target, int classes) {
        Matrices.requireSameShape("output", out, "target", target);
        Matrices.requireCols("output", out, classes + 1);
        int n = out.numRows;
        LossValue ce = Losses.softmaxCrossEntropy(CommonOps_DDRM.extract(out, 0, n, 0, classes),
                CommonOps_DDRM.extract(target, 0, n, 0, classes));
        DMatrixRMaj g = new DMatrixRMaj(n, classes + 1);
        CommonOps_DDRM.insert(ce.gradient(), g, 0, 0);
        return new LossValue(ce.value(), g);
    }

    /** Fraction of rows whose largest class logit is the label's. */
    public static double taskAccuracy(DMatrixRMaj out, int[] labels, int classes) {
        requireRows(out, labels.length, classes);
        int right = 0;
        for (int i = 0; i < out.numRows; i++) {
            int best = 0;
            for (int j = 1; j < classes; j++) {
                if (out.unsafe_get(i, j) > out.unsafe_get(i, best)) {
                    best = j;
                }
            }
            if (best == labels[i]) {
                right++;
            }
        }
        return (double) right / out.numRows;
    }

    /** Fraction of rows whose second-task logit has the label's sign. */
    public static double secondAccuracy(DMatrixRMaj out, int[] second, int classes) {
        requireRows(out, second.length, classes);
        int right = 0;
        for (int i = 0; i < out.numRows; i++) {
            if ((out.unsafe_get(i, classes) > 0) == (second[i] == 1)) {
                right++;
            }
        }
        return (double) right / out.numRows;
    }

    private static void requireRows(DMatrixRMaj out, int labels, int classes) {
        Matrices.requireCols("the outputs", out, classes + 1);
        if (out.numRows != labels || labels == 0) {
            throw new IllegalArgumentException("the outputs have " + out.numRows + " rows but there are " + labels + " labels");
        }
    }
}
