package lab.subspace.magics.twistedsmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lab.subspace.numerics.random.Rng;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class MixtureTest {

    private final Mixture twoD = Mixture.of(new double[] {0.3, 0.7}, new double[][] {{-1, 0.5}, {2, -1}},
            new DMatrixRMaj(2, 2, true, 0.5, 0.2, 0.2, 0.4), new DMatrixRMaj(2, 2, true, 0.3, -0.1, -0.1, 0.6));

    @Test
    void tiltedMixtureIsTheNormalisedProductWithTheReward() {
        GaussianReward r = Reward.gaussian(new double[] {1.5, 0}, 0.8);
        double beta = 0.5;
        Mixture tilted = twoD.tilted(r, beta);
        double logZ = twoD.logNormaliser(r, beta);
        for (double[] x : new double[][] {{0, 0}, {1.7, -0.4}, {-2, 1}, {3, 3}}) {
            assertEquals(twoD.logDensity(x) + r.value(x) / beta - logZ, tilted.logDensity(x), 1e-10);
        }
    }

    @Test
    void gridQuadratureMatchesTheClosedFormNormaliser() {
        AlignmentProblem p = AlignmentProblem.of(Mixture.bimodal1d(), Reward.gaussian(new double[] {2.5}, 1), 0.25, 10);
        assertEquals(p.dataLogNormaliser(), p.target().logNormaliser(), 1e-4);
        AlignmentProblem user = AlignmentProblem.of(Mixture.bimodal1d(), x -> -Math.pow(x[0] - 2.5, 2) / 2, 0.25, 10);
        assertEquals(p.dataLogNormaliser(), user.dataLogNormaliser(), 1e-4);
        double total = 0;
        for (double m : p.target().masses()) {
            total += m;
        }
        assertEquals(1, total, 1e-12);
    }

    @Test
    void samplesHaveTheMixtureMean() {
        double[][] x = twoD.sample(20000, new Rng(3));
        double[] mean = new double[2];
        for (double[] row : x) {
            mean[0] += row[0] / x.length;
            mean[1] += row[1] / x.length;
        }
        assertEquals(0.3 * -1 + 0.7 * 2, mean[0], 0.03);
        assertEquals(0.3 * 0.5 + 0.7 * -1, mean[1], 0.03);
    }

    @Test
    void rejectsBadParameters() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Mixture.isotropic(new double[] {1, -1}, new double[][] {{0}, {1}}, new double[] {1, 1})).getMessage().contains("weight 1"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Mixture.isotropic(new double[] {1}, new double[][] {{0}}, new double[] {0})).getMessage().contains("standard deviation 0"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Mixture.of(new double[] {1}, new double[][] {{0, 0}}, new DMatrixRMaj(2, 2, true, 1, 2, 2, 1))).getMessage()
                .contains("positive definite"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> AlignmentProblem.of(Mixture.bimodal1d(), Reward.gaussian(new double[] {0, 0}, 1), 1, 10)).getMessage()
                .contains("2 coordinates"));
        assertThrows(IllegalArgumentException.class, () -> AlignmentProblem.of(Mixture.bimodal1d(), x -> 0, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> AlignmentProblem.of(Mixture.bimodal1d(), x -> 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Reward.gaussian(new double[] {0}, -1));
    }
}
