package lab.subspace.magics.symopt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleSupplier;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.linalg.Softmax;
import lab.subspace.numerics.random.Rng;

class ToyModelsTest {

    @Test
    void bigramGradientsMatchFiniteDifferences() {
        BigramModel model = BigramModel.init(7, 3, 0.5, new Rng(41));
        int[] x = {0, 3, 3, 6, 1};
        int[] y = {2, 2, 5, 0, 6};
        List<DMatrixRMaj> grads = model.gradients(x, y);
        DoubleSupplier loss = () -> {
            model.gradients(x, y);
            return model.lastLoss();
        };
        for (int p = 0; p < 2; p++) {
            assertGradient(model.parameters().get(p), grads.get(p), loss, "parameter " + p);
        }
    }

    @Test
    void moeGradientsMatchFiniteDifferencesOfTheFullObjective() {
        RouterTask task = RouterTask.clusters(5, 3, 2, 2.0, 40, 42L);
        MoeSpec spec = new MoeSpec(3, 2, 10, 0.05, 0.1);
        MoeProblem p = MoeProblem.of(task, spec, 43L);
        // a router far from ties, so small perturbations do not change the top-k choice
        DMatrixRMaj w = p.router();
        Rng rng = new Rng(44);
        for (int k = 0; k < w.data.length; k++) {
            w.data[k] = rng.gaussian();
        }
        DMatrixRMaj x = task.trainX();
        DMatrixRMaj y = task.trainY();
        DMatrixRMaj xb = ToyModelsTest.rows(x, 10);
        DMatrixRMaj yb = ToyModelsTest.rows(y, 10);
        List<DMatrixRMaj> grads = p.gradients(xb, yb);
        double[] share = topShare(p, xb);
        DoubleSupplier loss = () -> objective(p, spec, xb, yb, share);
        List<DMatrixRMaj> params = p.parameters();
        for (int i = 0; i < params.size(); i++) {
            assertGradient(params.get(i), grads.get(i), loss, "parameter " + i);
        }
    }

    @Test
    void zipfianTaskIsADistributionWhoseFloorNoModelBeats() {
        BigramTask task = BigramTask.zipfian(20, 3, 1.0, 2.0, 45L);
        double sum = 0;
        for (double v : task.train()) {
            sum += v;
        }
        assertEquals(1, sum, 1e-12);
        double[] freq = task.tokenFrequencies();
        assertEquals(2, freq[0] / freq[1], 1e-9, "Zipf(1): the first token is twice as frequent as the second");
        for (long seed = 0; seed < 3; seed++) {
            assertTrue(BigramModel.init(20, 4, 1.0, new Rng(seed)).expectedLoss(task) > task.floor());
        }
        // a model that predicts the unigram-free uniform distribution pays log V
        assertEquals(Math.log(20), BigramModel.init(20, 4, 0.0 + 1e-300, new Rng(1)).expectedLoss(task), 1e-9);
    }

    @Test
    void bigramTrainingApproachesTheFloor() {
        BigramTask task = BigramTask.zipfian(24, 2, 1.0, 3.0, 46L);
        BigramProblem p = BigramProblem.of(task, 6, 128, 0.1, 1L);
        RunTrace r = ToyTraining.train("row-norm", p, LayerwiseOptimizer.of(0.05, 0, UpdateRules.rowNorm()), 200, 50, new Rng(2));
        double[] loss = r.loss();
        assertTrue(loss[loss.length - 1] < loss[0] - 0.1, "loss " + loss[0] + " -> " + loss[loss.length - 1]);
        assertTrue(r.finalLoss() - task.floor() < 0.1, "excess " + (r.finalLoss() - task.floor()));
        assertArrayEquals(new int[] {0, 50, 100, 150, 200}, r.steps());
    }

    @Test
    void tokensAreCountedIntoTrainAndHeldOutTables() {
        int[] tokens = new int[41];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = i % 4;
        }
        BigramTask t = BigramTask.fromTokens(tokens, 0);
        assertEquals(4, t.vocabulary());
        assertEquals(36.0 / 36, t.train()[0 * 4 + 1] * 4, 0.05);
        assertTrue(Double.isNaN(t.floor()));
        assertThrows(IllegalArgumentException.class, () -> BigramTask.fromTokens(new int[5], 0));
        int[] negative = tokens.clone();
        negative[3] = -1;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BigramTask.fromTokens(negative, 0)).getMessage().contains("tokens[3]"));
        assertThrows(IllegalArgumentException.class, () -> BigramTask.fromTokens(tokens, 3));
    }

    @Test
    void samplerDrawsPairsWithTheirProbabilities() {
        double[] joint = {0.5, 0, 0.2, 0.3};
        BigramSampler s = new BigramSampler(joint, 2);
        int[] x = new int[20000];
        int[] y = new int[20000];
        s.sample(new Rng(47), x, y);
        int[] counts = new int[4];
        for (int b = 0; b < x.length; b++) {
            counts[x[b] * 2 + y[b]]++;
        }
        assertEquals(0, counts[1]);
        for (int k : new int[] {0, 2, 3}) {
            assertEquals(joint[k], counts[k] / 20000.0, 0.015);
        }
    }

    @Test
    void routerLoadsAndImbalanceAreConsistent() {
        RouterTask task = RouterTask.clusters(6, 4, 2, 3.0, 200, 48L);
        MoeProblem p = MoeProblem.of(task, new MoeSpec(4, 1, 16, 0, 0), 1L);
        double[] load = p.loads();
        double max = 0;
        double sum = 0;
        for (double l : load) {
            max = Math.max(max, l);
            sum += l;
        }
        assertEquals(1, sum, 1e-12);
        assertEquals(4 * max - 1, p.evaluate().imbalance(), 1e-12);
        // a zero router ties every expert; ties go to the lowest index, so every token lands on expert 0: collapse, E - 1
        java.util.Arrays.fill(p.router().data, 0);
        assertEquals(3, p.evaluate().imbalance(), 1e-12);
        assertEquals(1, p.loads()[0], 1e-12);
    }

    @Test
    void misuseIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new MoeSpec(1, 1, 8, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new MoeSpec(4, 5, 8, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new MoeSpec(4, 1, 8, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> BigramTask.zipfian(1, 1, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> BigramTask.zipfian(10, 0, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> RouterTask.clusters(4, 2, 2, -1, 20, 0));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RouterTask.of(new DMatrixRMaj(10, 2), new DMatrixRMaj(9, 1)))
                .getMessage().contains("10"));
        BigramModel m = BigramModel.init(5, 2, 0.1, new Rng(1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> m.gradients(new int[] {5}, new int[] {0})).getMessage().contains("x[0]"));
        assertThrows(IllegalArgumentException.class, () -> m.gradients(new int[] {1, 2}, new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> ToyTraining.train("x", BigramProblem.of(BigramTask.zipfian(5, 1, 1, 1, 0), 2, 4, 0.1, 1),
                LayerwiseOptimizer.of(0.1, 0, UpdateRules.rowNorm()), 0, 1, new Rng(1)));
    }

    private static void assertGradient(DMatrixRMaj param, DMatrixRMaj grad, DoubleSupplier loss, String what) {
        double h = 1e-6;
        for (int k = 0; k < param.data.length; k++) {
            double keep = param.data[k];
            param.data[k] = keep + h;
            double up = loss.getAsDouble();
            param.data[k] = keep - h;
            double down = loss.getAsDouble();
            param.data[k] = keep;
            double numeric = (up - down) / (2 * h);
            assertEquals(numeric, grad.data[k], 1e-6 * Math.max(1, Math.abs(numeric)), what + " entry " + k);
        }
    }

    /** Reference objective written independently of MoeProblem: task loss + z-loss + balance loss (shares held fixed). */
    private static double objective(MoeProblem p, MoeSpec spec, DMatrixRMaj x, DMatrixRMaj y, double[] share) {
        List<DMatrixRMaj> params = p.parameters();
        DMatrixRMaj w = params.get(0);
        int n = x.numRows;
        int e = w.numRows;
        double total = 0;
        double[] meanGate = new double[e];
        for (int i = 0; i < n; i++) {
            double[] z = new double[e];
            for (int k = 0; k < e; k++) {
                for (int j = 0; j < x.numCols; j++) {
                    z[k] += w.get(k, j) * x.get(i, j);
                }
            }
            double lse = Softmax.logSumExp(z);
            double[] g = Softmax.of(z);
            int[] order = topK(g, spec.topK());
            double[] out = new double[y.numCols];
            for (int c : order) {
                DMatrixRMaj b = params.get(1 + c);
                for (int a = 0; a < y.numCols; a++) {
                    double s = 0;
                    for (int j = 0; j < x.numCols; j++) {
                        s += b.get(a, j) * x.get(i, j);
                    }
                    out[a] += g[c] * s;
                }
            }
            for (int a = 0; a < y.numCols; a++) {
                double r = out[a] - y.get(i, a);
                total += 0.5 * r * r / n;
            }
            total += spec.zLoss() * lse * lse / n;
            for (int k = 0; k < e; k++) {
                meanGate[k] += g[k] / n;
            }
        }
        for (int k = 0; k < e; k++) {
            total += spec.balanceLoss() * e * share[k] * meanGate[k];
        }
        return total;
    }

    private static double[] topShare(MoeProblem p, DMatrixRMaj x) {
        DMatrixRMaj w = p.router();
        double[] share = new double[w.numRows];
        for (int i = 0; i < x.numRows; i++) {
            double[] z = new double[w.numRows];
            for (int k = 0; k < w.numRows; k++) {
                for (int j = 0; j < x.numCols; j++) {
                    z[k] += w.get(k, j) * x.get(i, j);
                }
            }
            share[topK(z, 1)[0]] += 1.0 / x.numRows;
        }
        return share;
    }

    private static int[] topK(double[] v, int k) {
        int[] idx = new int[k];
        boolean[] used = new boolean[v.length];
        for (int c = 0; c < k; c++) {
            int best = -1;
            for (int j = 0; j < v.length; j++) {
                if (!used[j] && (best < 0 || v[j] > v[best])) {
                    best = j;
                }
            }
            used[best] = true;
            idx[c] = best;
        }
        return idx;
    }

    static DMatrixRMaj rows(DMatrixRMaj m, int n) {
        DMatrixRMaj out = new DMatrixRMaj(n, m.numCols);
        System.arraycopy(m.data, 0, out.data, 0, n * m.numCols);
        return out;
    }
}
