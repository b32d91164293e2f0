package lab.subspace.magics.symopt;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.numerics.linalg.Softmax;
import lab.subspace.numerics.random.Rng;

/**
 * A toy sparse mixture of experts trained on a {@link RouterTask}: a router W (E x d) gives gates
 * g = softmax(W x) over E linear experts B_e (o x d); each token goes to its top-k experts and the
 * output is sum over them of g_e B_e x (Switch-style, the gate carries the router's gradient).
 * Loss: 0.5 |y_hat - y|^2, plus the router z-loss c_z (log sum_e exp z_e)^2 of ST-MoE (the one
 * term not invariant under W + 1 c^T) and the Switch load-balancing loss alpha E sum_e f_e P_e
 * (f_e: share of the batch whose top-1 expert is e, P_e: mean gate of e). Parameters:
 * [W, B_1, ..., B_E].
 *
 * <p>The router's symmetry: relabelling experts permutes W's rows (with the experts), rotating
 * the input space rotates its columns, and softmax ignores W + 1 c^T. Load imbalance is
 * E max_e load_e - 1 over the held-out tokens' top-1 experts (0 = balanced, E - 1 = collapse).
 *
 * <pre>{@code
 * MoeProblem p = MoeProblem.of(RouterTask.clusters(16, 8, 4, 3.0, 4096, 7L), MoeSpec.defaults(), 1L);
 * }</pre>
 */
public final class MoeProblem implements ToyProblem {

    private final DMatrixRMaj trainX;
    private final DMatrixRMaj trainY;
    private final DMatrixRMaj testX;
    private final DMatrixRMaj testY;
    private final DMatrixRMaj router;
    private final List<DMatrixRMaj> experts;
    private final MoeSpec spec;

    private MoeProblem(RouterTask task, DMatrixRMaj router, List<DMatrixRMaj> experts, MoeSpec spec) {
        this.trainX = task.trainX();
        this.trainY = task.trainY();
        this.testX = task.testX();
        this.testY = task.testY();
        this.router = router;
        this.experts = experts;
        this.spec = spec;
    }

    /**
     * @param seed seed of the initial weights (router N(0, 0.01/d), experts N(0, 1/d))
     */
    public static MoeProblem of(RouterTask task, MoeSpec spec, long seed) {
        Rng rng = new Rng(seed);
        int d = task.inputDim();
        DMatrixRMaj w = rng.gaussian(spec.experts(), d, 0.1 / Math.sqrt(d));
        List<DMatrixRMaj> b = new ArrayList<>();
        for (int e = 0; e < spec.experts(); e++) {
            b.add(rng.gaussian(task.outputDim(), d, 1 / Math.sqrt(d)));
        }
        return new MoeProblem(task, w, b, spec);
    }

    /** The router W (live). */
    public DMatrixRMaj router() {
        return router;
    }

    @Override
    public List<DMatrixRMaj> parameters() {
        List<DMatrixRMaj> p = new ArrayList<>();
        p.add(router);
        p.addAll(experts);
        return p;
    }

    @Override
    public List<DMatrixRMaj> sampleGradients(Rng rng) {
        int d = trainX.numCols;
        int o = trainY.numCols;
        DMatrixRMaj x = new DMatrixRMaj(spec.batch(), d);
        DMatrixRMaj y = new DMatrixRMaj(spec.batch(), o);
        for (int b = 0; b < spec.batch(); b++) {
            int i = rng.nextInt(trainX.numRows);
            System.arraycopy(trainX.data, i * d, x.data, b * d, d);
            System.arraycopy(trainY.data, i * o, y.data, b * o, o);
        }
        return gradients(x, y);
    }

    /** Gradients [dW, dB_1, ..., dB_E] of the batch loss (mean over rows of x). */
    public List<DMatrixRMaj> gradients(DMatrixRMaj x, DMatrixRMaj y) {
        int n = x.numRows;
        int d = x.numCols;
        int o = y.numCols;
        int e = router.numRows;
        DMatrixRMaj z = CommonOps_DDRM.multTransB(x, router, null);
        double[] lse = Softmax.logSumExpRows(z);
        DMatrixRMaj g = Softmax.rows(z);
        DMatrixRMaj dz = new DMatrixRMaj(n, e);
        List<DMatrixRMaj> dB = new ArrayList<>();
        for (int k = 0; k < e; k++) {
            dB.add(new DMatrixRMaj(o, d));
        }
        int topK = spec.topK();
        int[][] chosenAll = new int[n][];
        double[] share = new double[e];   // f_e: fraction of the batch whose top-1 expert is e
        for (int i = 0; i < n; i++) {
            chosenAll[i] = top(g, i, topK);
            share[chosenAll[i][0]] += 1.0 / n;
        }
        double[] out = new double[o];
        double[] residual = new double[o];
        double[][] f = new double[topK][o];
        double[] dGate = new double[e];
        for (int i = 0; i < n; i++) {
            int[] chosen = chosenAll[i];
            java.util.Arrays.fill(out, 0);
            for (int c = 0; c < topK; c++) {
                expertOutput(experts.get(chosen[c]), x, i, f[c]);
                double gate = g.unsafe_get(i, chosen[c]);
                for (int a = 0; a < o; a++) {
                    out[a] += gate * f[c][a];
                }
            }
            for (int a = 0; a < o; a++) {
                residual[a] = (out[a] - y.unsafe_get(i, a)) / n;
            }
            java.util.Arrays.fill(dGate, 0);
            for (int c = 0; c < topK; c++) {
                double dot = 0;
                for (int a = 0; a < o; a++) {
                    dot += residual[a] * f[c][a];
                }
                dGate[chosen[c]] = dot;
                double gate = g.unsafe_get(i, chosen[c]);
                DMatrixRMaj db = dB.get(chosen[c]);
                for (int a = 0; a < o; a++) {
                    double s = gate * residual[a];
                    for (int j = 0; j < d; j++) {
                        db.data[a * d + j] += s * x.data[i * d + j];
                    }
                }
            }
            // softmax backward; the z-loss adds 2 c_z lse g_k / n, the balance loss alpha E f_k g_k / n
            // through P_k = mean_i g_ik (its softmax backward is folded into dGate)
            double mean = 0;
            for (int k = 0; k < e; k++) {
                dGate[k] += spec.balanceLoss() * e * share[k] / n;
                mean += g.unsafe_get(i, k) * dGate[k];
            }
            for (int k = 0; k < e; k++) {
                double gk = g.unsafe_get(i, k);
                dz.unsafe_set(i, k, gk * (dGate[k] - mean) + 2 * spec.zLoss() * lse[i] * gk / n);
            }
        }
        List<DMatrixRMaj> grads = new ArrayList<>();
        grads.add(CommonOps_DDRM.multTransA(dz, x, null));
        grads.addAll(dB);
        return grads;
    }

    /** Fraction of held-out tokens whose top-1 expert is e. */
    public double[] loads() {
        DMatrixRMaj g = Softmax.rows(CommonOps_DDRM.multTransB(testX, router, null));
        double[] load = new double[router.numRows];
        for (int i = 0; i < g.numRows; i++) {
            load[top(g, i, 1)[0]] += 1.0 / g.numRows;
        }
        return load;
    }

    /** Held-out task loss 0.5 mean |y_hat - y|^2 (the z-loss is a regulariser, not reported) and imbalance. */
    @Override
    public Evaluation evaluate() {
        DMatrixRMaj g = Softmax.rows(CommonOps_DDRM.multTransB(testX, router, null));
        int o = testY.numCols;
        double[] f = new double[o];
        double loss = 0;
        double[] load = new double[router.numRows];
        for (int i = 0; i < g.numRows; i++) {
            int[] chosen = top(g, i, spec.topK());
            load[chosen[0]] += 1;
            double[] out = new double[o];
            for (int c : chosen) {
                expertOutput(experts.get(c), testX, i, f);
                for (int a = 0; a < o; a++) {
                    out[a] += g.unsafe_get(i, c) * f[a];
                }
            }
            for (int a = 0; a < o; a++) {
                double r = out[a] - testY.unsafe_get(i, a);
                loss += 0.5 * r * r;
            }
        }
        double max = 0;
        for (double l : load) {
            max = Math.max(max, l);
        }
        return new Evaluation(loss / g.numRows, router.numRows * max / g.numRows - 1);
    }

    private static void expertOutput(DMatrixRMaj b, DMatrixRMaj x, int row, double[] out) {
        int d = b.numCols;
        for (int a = 0; a < b.numRows; a++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                s += b.data[a * d + j] * x.data[row * d + j];
            }
            out[a] = s;
        }
    }

    /** Indices of the k largest entries of row i (ties: lowest index first). */
    static int[] top(DMatrixRMaj g, int i, int k) {
        int e = g.numCols;
        int[] idx = new int[k];
        boolean[] used = new boolean[e];
        for (int c = 0; c < k; c++) {
            int best = -1;
            for (int j = 0; j < e; j++) {
                if (!used[j] && (best < 0 || g.unsafe_get(i, j) > g.unsafe_get(i, best))) {
                    best = j;
                }
            }
            used[best] = true;
            idx[c] = best;
        }
        return idx;
    }
}
