package lab.subspace.magics.grasp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.nn.Mlp;
import lab.subspace.numerics.random.Rng;

class LoraTuningTest {

    private static final TuneSpec SHORT = TuneSpec.defaults().withEpochs(5);
    private static LatentWorld world;
    private static Mlp pretrained;
    private static LatentWorld.Sample train;

    @BeforeAll
    static void pretrain() {
        world = LatentWorld.of(WorldSpec.defaults(), 1);
        pretrained = Pretraining.train(world, 24, 600, 5, 2);
        train = world.fineTuning(300, 0.9, new Rng(3));
    }

    private static FineTuned tune(Intervention intervention, long seed) {
        return LoraTuning.tune(pretrained, train.x(), train.targets(), Heads.task(4), SHORT, intervention, seed);
    }

    @Test
    void graspUpdatesAreExactlyOrthogonalToTheProjectedDirections() {
        DMatrixRMaj v = new Rng(4).orthonormal(32, 2);
        FineTuned grasp = tune(Intervention.grasp(v), 5);
        DMatrixRMaj update = grasp.update();
        assertTrue(NormOps_DDRM.normF(update) > 1e-3, "the fine-tune learned something");
        assertEquals(0, NormOps_DDRM.normF(CommonOps_DDRM.mult(update, v, null)) / NormOps_DDRM.normF(update), 1e-12);
        // the pretrained weights, and so their reading of V, are untouched
        assertArrayEquals(pretrained.layer(0).weight().data, grasp.model().layer(0).weight().data, 0);
        FineTuned naive = tune(Intervention.none(), 5);
        assertTrue(NormOps_DDRM.normF(CommonOps_DDRM.mult(naive.update(), v, null)) > 1e-3, "without projection the update reads V");
    }

    @Test
    void ablatedModelsIgnoreTheAblatedDirections() {
        DMatrixRMaj v = new Rng(6).orthonormal(32, 1);
        FineTuned ablation = tune(Intervention.ablate(v), 7);
        FineTuned steered = tune(Intervention.none(), 7).steered(v);
        DMatrixRMaj x = world.fineTuning(20, 0.5, new Rng(8)).x();
        DMatrixRMaj moved = x.copy();
        for (int i = 0; i < x.numRows; i++) {
            for (int j = 0; j < 32; j++) {
                moved.add(i, j, (i + 1) * 3.0 * v.get(j, 0));   // shift every sample along v
            }
        }
        for (FineTuned model : new FineTuned[] {ablation, steered}) {
            assertArrayEquals(model.predict(x).data, model.predict(moved).data, 1e-10);
        }
    }

    @Test
    void fineTuningLeavesThePretrainedModelAloneAndIsDeterministic() {
        double[] before = pretrained.predict(train.x()).data.clone();
        FineTuned a = tune(Intervention.none(), 9);
        FineTuned b = tune(Intervention.none(), 9);
        assertArrayEquals(before, pretrained.predict(train.x()).data, 0);
        assertFalse(pretrained.layer(0).hasAdapter());
        assertArrayEquals(a.update().data, b.update().data, 0);
        assertArrayEquals(a.loss(), b.loss(), 0);
        assertEquals(SHORT.epochs(), a.loss().length);
        assertTrue(a.finalLoss() < a.loss()[0], "the training loss falls");
        FineTuned other = tune(Intervention.none(), 10);
        assertFalse(java.util.Arrays.equals(a.update().data, other.update().data));
    }

    @Test
    void rejectsInputsOfTheWrongShape() {
        assertEquals("x must have 32 columns but has 31 (it is 300 x 31)", assertThrows(IllegalArgumentException.class,
                () -> LoraTuning.tune(pretrained, CommonOps_DDRM.extract(train.x(), 0, 300, 0, 31), train.targets(), Heads.task(4), SHORT,
                        Intervention.none(), 1)).getMessage());
        assertEquals("the directions V must have 32 rows but has 16 (it is 16 x 1)", assertThrows(IllegalArgumentException.class,
                () -> tune(Intervention.grasp(new Rng(1).orthonormal(16, 1)), 1)).getMessage());
        DMatrixRMaj notUnit = new DMatrixRMaj(32, 1);
        notUnit.set(0, 0, 2);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Intervention.grasp(notUnit)).getMessage()
                .startsWith("the directions V (32 x 1) does not have orthonormal columns"));
        assertThrows(IllegalArgumentException.class, () -> new Intervention(Intervention.Kind.ABLATE, null));
        assertThrows(IllegalArgumentException.class, () -> new TuneSpec(0, 0.2, 1, 10, 0.1, 0.9));
        assertThrows(IllegalArgumentException.class, () -> new TuneSpec(4, 0.2, 1, 10, 0.1, 1.0));
    }
}
