package lab.subspace.magics.npcosts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.nn.Mlp;
import lab.subspace.numerics.random.Rng;

/** Back-propagation through pooling and read-outs agrees with central finite differences of the loss. */
class AmortizerGradientTest {

    private static final double S2 = 0.01;

    private static List<Task> batch() {
        TaskSampler s = new TaskSampler(new PeriodicKernel(Kernel.of("se", 0.25, 1, 1)), 0.1, 5);
        Rng rng = new Rng(3);
        return List.of(s.sample(4, rng), s.sample(7, rng), s.sample(2, rng));
    }

    private static boolean moments;

    /** Mean over targets of the KL, or with {@link #moments} of cov part + 1/2 (m - mh)^2 / v (exact v). */
    private static double loss(Amortizer m, List<Task> tasks) {
        List<Marginals> out = m.predict(tasks);
        double sum = 0;
        int count = 0;
        for (int i = 0; i < tasks.size(); i++) {
            Marginals gp = tasks.get(i).gp();
            KlParts kl = gp.klTo(out.get(i));
            int nt = out.get(i).mean().length;
            double mean = 0;
            for (int t = 0; t < nt; t++) {
                double d = gp.mean()[t] - out.get(i).mean()[t];
                mean += 0.5 * d * d / gp.variance()[t] / nt;
            }
            sum += (moments ? kl.covariance() + mean : kl.total()) * nt;
            count += nt;
        }
        return sum / count;
    }

    private static void check(Amortizer m, List<Mlp> nets, List<List<DMatrixRMaj>> grads, double analyticLoss, List<Task> tasks) {
        assertEquals(loss(m, tasks), analyticLoss, 1e-10);
        Rng pick = new Rng(9);
        for (int n = 0; n < nets.size(); n++) {
            List<DMatrixRMaj> params = nets.get(n).parameters();
            for (int p = 0; p < params.size(); p++) {
                DMatrixRMaj w = params.get(p);
                for (int trial = 0; trial < 3; trial++) {
                    int idx = pick.nextInt(w.getNumElements());
                    double h = 1e-6;
                    double old = w.data[idx];
                    w.data[idx] = old + h;
                    double up = loss(m, tasks);
                    w.data[idx] = old - h;
                    double down = loss(m, tasks);
                    w.data[idx] = old;
                    double numeric = (up - down) / (2 * h);
                    double analytic = grads.get(n).get(p).data[idx];
                    assertEquals(numeric, analytic, 1e-6 * (1 + Math.abs(numeric)), "network " + n + " parameter " + p + "[" + idx + "]");
                }
            }
        }
    }

    @Test
    void meanPoolingGradientsMatchFiniteDifferences() {
        for (boolean matching : new boolean[] {false, true}) {
            moments = matching;
            for (boolean fromLocations : new boolean[] {false, true}) {
                MeanPoolingNp m = MeanPoolingNp.create(1, 4, 6, S2, fromLocations, matching, 1e-3, 2);
                double[] loss = new double[1];
                List<List<DMatrixRMaj>> g = m.gradients(batch(), loss);
                check(m, m.networks(), g, loss[0], batch());
            }
        }
        moments = false;
    }

    @Test
    void secondOrderGradientsMatchFiniteDifferences() {
        SecondOrderNp m = SecondOrderNp.create(1, 3, 6, S2, 1e-3, 2);
        double[] loss = new double[1];
        List<DMatrixRMaj> g = m.gradients(batch(), loss);
        List<List<DMatrixRMaj>> grads = new ArrayList<>();
        grads.add(g);
        check(m, List.of(m.network()), grads, loss[0], batch());
    }
}
