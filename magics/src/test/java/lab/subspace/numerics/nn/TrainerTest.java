package lab.subspace.numerics.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CancellationException;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class TrainerTest {

    @Test
    void learnsXor() {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
        DMatrixRMaj y = new DMatrixRMaj(4, 1, true, 0, 1, 1, 0);
        Mlp net = Mlp.of(new int[] {2, 8, 1}, Activation.TANH, Activation.IDENTITY, 1);
        TrainResult r = Trainer.of(net, Losses.BCE_WITH_LOGITS, Optimizers.adam(0.05)).epochs(500).fit(x, y);
        assertEquals(500, r.epochs());
        assertTrue(r.finalLoss() < 0.05, "final loss " + r.finalLoss());
        DMatrixRMaj logits = net.predict(x);
        for (int i = 0; i < 4; i++) {
            assertEquals(y.get(i) > 0.5, logits.get(i) > 0, "sample " + i);
        }
    }

    @Test
    void recoversALinearTeacherWithMiniBatches() {
        Rng rng = new Rng(2);
        DMatrixRMaj w = new DMatrixRMaj(1, 5, true, 1, -2, 0.5, 0, 3);
        DMatrixRMaj x = rng.gaussian(200, 5);
        DMatrixRMaj y = CommonOps_DDRM.multTransB(x, w, null);
        Mlp net = Mlp.builder(5).layer(1, Activation.IDENTITY).build(3);
        TrainResult r = Trainer.of(net, Losses.MSE, Optimizers.sgd(0.05, 0.9)).epochs(60).batchSize(20).seed(4)
                .fit(x, y);
        assertEquals(600, r.steps());
        assertArrayEquals(w.data, net.layer(0).weight().data, 1e-4);
        assertEquals(0, net.layer(0).bias().get(0), 1e-4);
        assertTrue(r.loss()[59] < r.loss()[0] * 1e-6);
    }

    @Test
    void sameSeedSameTrainingAndOnlineSteps() {
        Rng rng = new Rng(5);
        DMatrixRMaj x = rng.gaussian(50, 3);
        DMatrixRMaj y = rng.uniform(50, 1, 0, 1);
        double[] w = new double[2];
        for (int rep = 0; rep < 2; rep++) {
            Mlp net = Mlp.of(new int[] {3, 6, 1}, Activation.RELU, Activation.IDENTITY, 6);
            Trainer.of(net, Losses.BCE_WITH_LOGITS, Optimizers.adam(0.01)).epochs(5).batchSize(8).seed(7).fit(x, y);
            w[rep] = net.layer(0).weight().get(2, 1);
        }
        assertEquals(w[0], w[1]);
        Mlp net = Mlp.of(new int[] {3, 4, 1}, Activation.TANH, Activation.IDENTITY, 8);
        Trainer online = Trainer.of(net, Losses.MSE, Optimizers.sgd(0.05));
        double first = online.step(new DMatrixRMaj(1, 3, true, 1, 2, 3), new DMatrixRMaj(1, 1, true, 1));
        for (int i = 0; i < 100; i++) {
            online.step(new DMatrixRMaj(1, 3, true, 1, 2, 3), new DMatrixRMaj(1, 1, true, 1));
        }
        assertTrue(online.step(new DMatrixRMaj(1, 3, true, 1, 2, 3), new DMatrixRMaj(1, 1, true, 1)) < first * 1e-3);
    }

    @Test
    void listenerStopsEarlyAndDivergenceIsReported() {
        Rng rng = new Rng(9);
        DMatrixRMaj x = rng.gaussian(20, 2);
        DMatrixRMaj y = rng.gaussian(20, 1);
        Mlp net = Mlp.of(new int[] {2, 1}, Activation.IDENTITY, Activation.IDENTITY, 1);
        TrainResult r = Trainer.of(net, Losses.MSE, Optimizers.sgd(0.01)).epochs(100)
                .onEpoch((e, l) -> e < 9).fit(x, y);
        assertEquals(10, r.epochs());
        assertTrue(r.stoppedEarly());
        CommonOps_DDRM.scale(1e3, y);
        TrainResult d = Trainer.of(net, Losses.MSE, Optimizers.sgd(1e3)).epochs(1000).fit(x, y);
        assertTrue(d.diverged());
        assertTrue(d.epochs() < 1000);
        assertFalse(Double.isFinite(d.finalLoss()));
    }

    @Test
    void interruptsStopTraining() {
        Mlp net = Mlp.of(new int[] {2, 1}, Activation.IDENTITY, Activation.IDENTITY, 1);
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> Trainer.of(net, Losses.MSE, Optimizers.sgd(0.1)).epochs(10)
                    .fit(new DMatrixRMaj(4, 2), new DMatrixRMaj(4, 1)));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void penaltyOnActivationsShrinksThem() {
        Rng rng = new Rng(10);
        DMatrixRMaj x = rng.gaussian(100, 4);
        DMatrixRMaj y = rng.uniform(100, 1, 0, 1);
        double[] energy = new double[2];
        for (int rep = 0; rep < 2; rep++) {
            double lambda = rep == 0 ? 0 : 1;
            Mlp net = Mlp.of(new int[] {4, 16, 1}, Activation.RELU, Activation.IDENTITY, 11);
            Trainer.of(net, Losses.BCE_WITH_LOGITS, Optimizers.adam(0.01)).epochs(100)
                    .penalty((f, rows) -> {
                        DMatrixRMaj h = f.activation(0);
                        DMatrixRMaj g = h.copy();
                        CommonOps_DDRM.scale(lambda / h.numRows, g);
                        return new PenaltyValue(0.5 * lambda * Math.pow(org.ejml.dense.row.NormOps_DDRM.normF(h), 2) / h.numRows, Map.of(0, g));
                    })
                    .fit(x, y);
            DMatrixRMaj h = net.forward(x).activation(0);
            energy[rep] = Math.pow(org.ejml.dense.row.NormOps_DDRM.normF(h), 2);
        }
        assertTrue(energy[1] < 0.2 * energy[0], energy[1] + " vs " + energy[0]);
    }
}
