package lab.subspace.magics.grasp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class LatentWorldTest {

    private static final WorldSpec NOISELESS = new WorldSpec(16, 4, 2, 2.0, 0.3, 0.5, 0.0, 0.0);

    /** Fraction of samples whose sign of s agrees with the class's group. */
    private static double agreement(LatentWorld world, LatentWorld.Sample sample) {
        int s = world.spec().spuriousIndex();
        int[] labels = sample.labels();
        int agree = 0;
        for (int i = 0; i < sample.size(); i++) {
            if (Math.signum(sample.latent().get(i, s)) == world.group(labels[i])) {
                agree++;
            }
        }
        return (double) agree / sample.size();
    }

    @Test
    void representationsAreTheLatentFactorsInTheFactorBasis() {
        LatentWorld world = LatentWorld.of(NOISELESS, 1);
        LatentWorld.Sample sample = world.fineTuning(50, 0.9, new Rng(2));
        DMatrixRMaj back = CommonOps_DDRM.mult(sample.x(), world.factorBasis(), null); // U orthonormal: x U = z
        assertTrue(org.ejml.dense.row.MatrixFeatures_DDRM.isIdentical(sample.latent(), back, 1e-12));
        DMatrixRMaj loadings = world.loadings(world.spuriousDirection());
        for (int j = 0; j < NOISELESS.latents(); j++) {
            assertEquals(j == NOISELESS.spuriousIndex() ? 1 : 0, loadings.get(j, 0), 1e-12);
        }
        assertEquals("spurious s", world.latentNames().get(NOISELESS.spuriousIndex()));
    }

    @Test
    void theSpuriousFactorAgreesWithTheGroupAtTheRequestedRate() {
        LatentWorld world = LatentWorld.of(NOISELESS, 3);
        Rng rng = new Rng(4);
        assertEquals(0.9, agreement(world, world.fineTuning(20000, 0.9, rng)), 0.01);
        assertEquals(0.0, agreement(world, world.fineTuning(2000, 0.0, rng)), 0);
        assertEquals(1.0, agreement(world, world.fineTuning(2000, 1.0, rng)), 0);
        assertEquals(0.5, agreement(world, world.pretraining(20000, rng)), 0.015); // s independent of the class
    }

    @Test
    void fineTuningClassMeansTurnByTheTaskShift() {
        WorldSpec spec = new WorldSpec(16, 2, 1, 3.0, 0.5, 0.5, 0.25, 0.0);
        LatentWorld world = LatentWorld.of(spec, 5);
        LatentWorld.Sample sample = world.fineTuning(40000, 0.5, new Rng(6));
        double classMean = 0;
        double shiftMean = 0;
        int count = 0;
        for (int i = 0; i < sample.size(); i++) {
            if (sample.labels()[i] == 1) {
                classMean += sample.latent().get(i, 1);
                shiftMean += sample.latent().get(i, 3);
                count++;
            }
        }
        assertEquals(3 * Math.cos(0.5), classMean / count, 0.03);
        assertEquals(3 * Math.sin(0.5), shiftMean / count, 0.03);
    }

    @Test
    void targetsHoldOneHotClassesAndTheSecondLabel() {
        LatentWorld world = LatentWorld.of(NOISELESS, 7);
        LatentWorld.Sample sample = world.pretraining(30, new Rng(8));
        DMatrixRMaj t = sample.targets();
        assertEquals(5, t.numCols);
        for (int i = 0; i < 30; i++) {
            assertEquals(1, t.get(i, sample.labels()[i]));
            assertEquals(1, t.get(i, 0) + t.get(i, 1) + t.get(i, 2) + t.get(i, 3));
            assertEquals(sample.latent().get(i, NOISELESS.spuriousIndex()) > 0 ? 1 : 0, t.get(i, 4));
        }
    }

    @Test
    void sameSeedsSameSamples() {
        LatentWorld.Sample a = LatentWorld.of(WorldSpec.defaults(), 9).fineTuning(100, 0.8, new Rng(10));
        LatentWorld.Sample b = LatentWorld.of(WorldSpec.defaults(), 9).fineTuning(100, 0.8, new Rng(10));
        assertArrayEquals(a.x().data, b.x().data, 0);
        assertArrayEquals(a.labels(), b.labels());
    }

    @Test
    void rejectsSettingsOutOfRange() {
        assertEquals("the number of classes K must be even and at least 2 (half of them form the group the spurious factor marks) "
                + "but is 3", assertThrows(IllegalArgumentException.class,
                        () -> new WorldSpec(32, 3, 3, 2, 0.3, 0.5, 0.25, 0.1)).getMessage());
        assertEquals("2K + 1 + nuisance = 12 latent factors need d >= 12 but d = 10", assertThrows(IllegalArgumentException.class,
                () -> new WorldSpec(10, 4, 3, 2, 0.3, 0.5, 0.25, 0.1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new WorldSpec(32, 4, 3, 2, 2.0, 0.5, 0.25, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new WorldSpec(32, 4, 3, 2, 0.3, 0, 0.25, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new WorldSpec(32, 4, 3, 2, 0.3, 0.5, -1, 0.1));
        LatentWorld world = LatentWorld.of(WorldSpec.defaults(), 1);
        assertEquals("the agreement between s and the group must be a probability in [0, 1] but is 1.5",
                assertThrows(IllegalArgumentException.class, () -> world.fineTuning(10, 1.5, new Rng(1))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> world.pretraining(0, new Rng(1)));
    }
}
