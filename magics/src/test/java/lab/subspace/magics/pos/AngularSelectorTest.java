package lab.subspace.magics.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.nn.Activation;
import lab.subspace.numerics.nn.Forward;
import lab.subspace.numerics.nn.Mlp;
import lab.subspace.numerics.nn.PenaltyValue;
import lab.subspace.numerics.nn.TrainResult;
import lab.subspace.numerics.random.Rng;

class AngularSelectorTest {

    @Test
    void l1PenaltyIsLambdaTimesTheMeanRowSumWithItsGradient() {
        Mlp net = Mlp.of(new int[] {5, 7, 2}, Activation.RELU, Activation.IDENTITY, 1);
        Forward f = net.forward(new Rng(2).gaussian(6, 5));
        PenaltyValue p = AngularSelector.l1Penalty(0.3).evaluate(f, new int[] {0, 1, 2, 3, 4, 5});
        DMatrixRMaj h = f.activation(0);
        double sum = 0;
        for (double v : h.data) {
            sum += v;
        }
        assertEquals(0.3 * sum / 6, p.value(), 1e-12);
        DMatrixRMaj g = p.activationGradients().get(0);
        for (int t = 0; t < g.data.length; t++) {
            assertEquals(h.data[t] > 0 ? 0.3 / 6 : 0, g.data[t], 1e-15);
        }
        // finite difference of the penalty along h: d(lambda/n sum |h|) / dh = lambda/n for h > 0
        double eps = 1e-6;
        int t = 0;
        while (h.data[t] <= 0) {
            t++;
        }
        assertEquals((0.3 * (sum + eps) / 6 - 0.3 * sum / 6) / eps, g.data[t], 1e-6);
    }

    @Test
    void trainingTellsTheSubspacesApartAndSparsityShrinksTheActiveShare() {
        UnionOfSubspaces u = UnionOfSubspaces.random(12, new int[] {2, 2}, 3);
        UnionSample s = u.sample(60, 0.02, new Rng(4));
        Mlp sparse = Mlp.of(new int[] {12, 16, 2}, Activation.RELU, Activation.IDENTITY, 5);
        Mlp dense = sparse.copy();
        TrainResult fs = AngularSelector.train(sparse, s.points(), s.labels(), 150, 0.01, 0.05);
        AngularSelector.train(dense, s.points(), s.labels(), 150, 0.01, 0);
        assertTrue(fs.finalLoss() < fs.loss()[0]);
        assertTrue(AngularSelector.accuracy(sparse, s.points(), s.labels()) > 0.9);
        double active = active(AngularSelector.hidden(sparse, s.points()));
        double activeDense = active(AngularSelector.hidden(dense, s.points()));
        assertTrue(active < activeDense, "active share " + active + " vs " + activeDense);
    }

    @Test
    void misuseIsNamed() {
        Mlp net = Mlp.of(new int[] {3, 4, 2}, Activation.RELU, Activation.IDENTITY, 1);
        DMatrixRMaj x = new Rng(1).gaussian(5, 3);
        assertThrows(IllegalArgumentException.class, () -> AngularSelector.train(net, x, new int[4], 3, 0.01, 0));
        assertThrows(IllegalArgumentException.class, () -> AngularSelector.train(net, x, new int[5], 3, 0.01, -1));
        assertThrows(IllegalArgumentException.class, () -> new PatternSpec(8, new int[] {2}, 10, 0, true, 4, 2, 0.01, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> new PatternSpec(8, new int[] {2, 2}, 10, 0, true, 4, 2, 0.01, 0, 1));
    }

    private static double active(DMatrixRMaj h) {
        int on = 0;
        for (double v : h.data) {
            on += v > 0 ? 1 : 0;
        }
        return (double) on / h.data.length;
    }
}
