package lab.subspace.magics.npcosts;

import java.util.List;
import java.util.ArrayList;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.nn.Activation;
import lab.subspace.numerics.nn.Forward;
import lab.subspace.numerics.nn.Mlp;
import lab.subspace.numerics.nn.Optimizer;
import lab.subspace.numerics.nn.Optimizers;

/**
 * A neural process with second-order pooling: a feature network g(x) in R^k, the pooled
 * statistics S = sum_i g(x_i) g(x_i)^T and b = sum_i g(x_i) y_i, and the Bayesian linear
 * read-out A = I + S / s2, mu* = g*^T A^{-1} b / s2, v* = g*^T A^{-1} g* + s2. With the top-k
 * Mercer features for g it is exactly the rank-k truncated GP, so it can reach the information
 * bottleneck; mean pooling cannot form A^{-1}. This is the architecture "Three Costs of Amortizing
 * Gaussian Process Inference with Neural Processes" recommends to close the amortisation gap. Its
 * variance does not read the labels.
 *
 * <pre>{@code
 * SecondOrderNp np = SecondOrderNp.create(1, 8, 32, 0.01, 3e-3, 1);
 * for (int i = 0; i < 500; i++) np.step(batch);
 * }</pre>
 */
public final class SecondOrderNp implements Amortizer {

    private final int dx;
    private final int k;
    private final double s2;
    private final Mlp features;
    private final Optimizer adam;

    private SecondOrderNp(int dx, int k, int hidden, double s2, double lr, long seed) {
        this.dx = dx;
        this.k = k;
        this.s2 = s2;
        features = Mlp.of(new int[] {Embedding.width(dx), hidden, hidden, k}, Activation.TANH, Activation.IDENTITY, seed);
        adam = Optimizers.adam(lr);
    }

    /**
     * @param dx            input dimension
     * @param k             feature count (the representation is S and b: k (k + 1) / 2 + k numbers)
     * @param hidden        hidden units of the feature network (two hidden layers)
     * @param noiseVariance the known observation noise variance s2
     * @param learningRate  Adam learning rate
     * @param seed          initialisation seed
     */
    public static SecondOrderNp create(int dx, int k, int hidden, double noiseVariance, double learningRate, long seed) {
        if (dx < 1 || k < 1 || hidden < 1) {
            throw new IllegalArgumentException("dx, k and hidden must be >= 1 but are " + dx + ", " + k + ", " + hidden);
        }
        if (!(noiseVariance > 0)) {
            throw new IllegalArgumentException("the noise variance must be > 0 but is " + noiseVariance);
        }
        return new SecondOrderNp(dx, k, hidden, noiseVariance, learningRate, seed);
    }

    @Override
    public String name() {
        return "second-order pooling";
    }

    @Override
    public int representationSize() {
        return k * (k + 1) / 2 + k;
    }

    /** Feature count k. */
    public int features() {
        return k;
    }

    @Override
    public List<Marginals> predict(List<Task> tasks) {
        Forward f = features.forward(inputs(tasks));
        List<Marginals> out = new ArrayList<>();
        int[] offsets = offsets(tasks);
        for (int s = 0; s < tasks.size(); s++) {
            out.add(readOut(tasks.get(s), f.output(), offsets[s], offsets[tasks.size() + s], null, null));
        }
        return out;
    }

    @Override
    public double step(List<Task> batch) {
        double[] loss = new double[1];
        adam.step(features.parameters(), gradients(batch, loss));
        return loss[0];
    }

    /** The feature network. */
    Mlp network() {
        return features;
    }

    /** The loss into {@code lossOut[0]} and the gradients of the feature network's parameters. */
    List<DMatrixRMaj> gradients(List<Task> batch, double[] lossOut) {
        Forward f = features.forward(inputs(batch));
        DMatrixRMaj dg = new DMatrixRMaj(f.output().numRows, k);
        int[] offsets = offsets(batch);
        int total = 0;
        for (Task t : batch) {
            total += t.targets().numRows;
        }
        for (int s = 0; s < batch.size(); s++) {
            Interrupts.check();
            Gradient g = new Gradient(batch.get(s).gp(), dg, total, lossOut);
            readOut(batch.get(s), f.output(), offsets[s], offsets[batch.size() + s], g, dg);
        }
        return features.backward(f, dg).list();
    }

    /** Where the KL gradient of one task goes: its GP marginals, the shared output, the batch's target count. */
    private record Gradient(Marginals gp, DMatrixRMaj dg, int total, double[] loss) {
    }

    /**
     * The Bayesian linear read-out of one task from the feature rows (contexts at c0, targets at
     * t0); with a gradient sink, also accumulates dLoss/dg into its rows.
     */
    private Marginals readOut(Task t, DMatrixRMaj g, int c0, int t0, Gradient sink, DMatrixRMaj dg) {
        int n = t.size();
        int nt = t.targets().numRows;
        DMatrixRMaj a = CommonOps_DDRM.identity(k);
        DMatrixRMaj u = new DMatrixRMaj(k, 1);
        for (int i = 0; i < n; i++) {
            double y = t.labels()[i];
            for (int p = 0; p < k; p++) {
                double gp = g.unsafe_get(c0 + i, p);
                u.data[p] += gp * y / s2;
                for (int q = 0; q < k; q++) {
                    a.data[p * k + q] += gp * g.unsafe_get(c0 + i, q) / s2;
                }
            }
        }
        DMatrixRMaj l = Conditional.cholesky("I + S / s2", a);
        DMatrixRMaj beta = u.copy();
        Conditional.solveLower(l, beta);
        Conditional.solveLowerTransposed(l, beta);             // A^{-1} u
        DMatrixRMaj c = new DMatrixRMaj(k, nt);                 // A^{-1} g*_t as columns
        for (int j = 0; j < nt; j++) {
            for (int p = 0; p < k; p++) {
                c.unsafe_set(p, j, g.unsafe_get(t0 + j, p));
            }
        }
        Conditional.solveLower(l, c);
        Conditional.solveLowerTransposed(l, c);
        double[] mean = new double[nt];
        double[] var = new double[nt];
        for (int j = 0; j < nt; j++) {
            double m = 0;
            double v = 0;
            for (int p = 0; p < k; p++) {
                double gp = g.unsafe_get(t0 + j, p);
                m += gp * beta.data[p];
                v += gp * c.unsafe_get(p, j);
            }
            mean[j] = m;
            var[j] = v + s2;
        }
        if (sink != null) {
            backward(t, g, c0, t0, sink, dg, beta, c, mean, var, l);
        }
        return new Marginals(mean, var);
    }

    private void backward(Task t, DMatrixRMaj g, int c0, int t0, Gradient sink, DMatrixRMaj dg, DMatrixRMaj beta, DMatrixRMaj c,
            double[] mean, double[] var, DMatrixRMaj l) {
        int n = t.size();
        int nt = mean.length;
        DMatrixRMaj dBeta = new DMatrixRMaj(k, 1);
        DMatrixRMaj dA = new DMatrixRMaj(k, k);
        for (int j = 0; j < nt; j++) {
            double[] kl = Amortizer.klGradient(sink.gp().mean()[j], sink.gp().variance()[j], mean[j], var[j]);
            sink.loss()[0] += kl[0] / sink.total();
            double am = kl[1] / sink.total();
            double cv = kl[2] / sink.total();
            for (int p = 0; p < k; p++) {
                // mu = g*^T beta, v = g*^T A^{-1} g* + s2
                dg.add(t0 + j, p, am * beta.data[p] + 2 * cv * c.unsafe_get(p, j));
                dBeta.data[p] += am * g.unsafe_get(t0 + j, p);
                for (int q = 0; q < k; q++) {
                    dA.data[p * k + q] -= cv * c.unsafe_get(p, j) * c.unsafe_get(q, j);
                }
            }
        }
        // beta = A^{-1} u: dL/du = A^{-1} dL/dbeta, dL/dA -= (A^{-1} dL/dbeta) beta^T
        DMatrixRMaj du = dBeta.copy();
        Conditional.solveLower(l, du);
        Conditional.solveLowerTransposed(l, du);
        for (int p = 0; p < k; p++) {
            for (int q = 0; q < k; q++) {
                dA.data[p * k + q] -= du.data[p] * beta.data[q];
            }
        }
        // A = I + sum g_i g_i^T / s2, u = sum g_i y_i / s2
        for (int i = 0; i < n; i++) {
            double y = t.labels()[i];
            for (int p = 0; p < k; p++) {
                double s = du.data[p] * y;
                for (int q = 0; q < k; q++) {
                    s += (dA.data[p * k + q] + dA.data[q * k + p]) * g.unsafe_get(c0 + i, q);
                }
                dg.add(c0 + i, p, s / s2);
            }
        }
    }

    private DMatrixRMaj inputs(List<Task> tasks) {
        int rows = 0;
        for (Task t : tasks) {
            if (t.contexts().numCols != dx) {
                throw new IllegalArgumentException("a task has dx = " + t.contexts().numCols + " but the network takes dx = " + dx);
            }
            rows += t.size() + t.targets().numRows;
        }
        DMatrixRMaj in = new DMatrixRMaj(rows, Embedding.width(dx));
        int row = 0;
        for (Task t : tasks) {
            for (int i = 0; i < t.size(); i++) {
                Embedding.write(t.contexts(), i, in, row++, 0);
            }
        }
        for (Task t : tasks) {
            for (int j = 0; j < t.targets().numRows; j++) {
                Embedding.write(t.targets(), j, in, row++, 0);
            }
        }
        return in;
    }

    /** First feature row of each task's contexts, then of each task's targets. */
    private static int[] offsets(List<Task> tasks) {
        int[] out = new int[2 * tasks.size()];
        int row = 0;
        for (int s = 0; s < tasks.size(); s++) {
            out[s] = row;
            row += tasks.get(s).size();
        }
        for (int s = 0; s < tasks.size(); s++) {
            out[tasks.size() + s] = row;
            row += tasks.get(s).targets().numRows;
        }
        return out;
    }
}
