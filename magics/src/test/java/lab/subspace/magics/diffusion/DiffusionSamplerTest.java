package lab.subspace.magics.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class DiffusionSamplerTest {

    private static final ScoreModel STANDARD_NORMAL = (x, t) -> {
        DMatrixRMaj s = x.copy();
        CommonOps_DDRM.scale(-1, s);
        return s;
    };

    @Test
    void aSingleTrainingPointIsReproducedExactlyByEverySampler() {
        // the denoiser is constant, so every step is exact and the output is the point itself
        DMatrixRMaj point = new DMatrixRMaj(new double[][] {{0.5, -1, 2}});
        for (SamplerMethod m : SamplerMethod.values()) {
            Generated g = DiffusionSampler.sample(EmpiricalScore.of(point), 10, 3,
                    SamplerOptions.defaults(1e-3).withMethod(m).withSteps(7), 1);
            DMatrixRMaj x = g.points();
            for (int i = 0; i < 10; i++) {
                assertArrayEquals(point.data, new double[] {x.get(i, 0), x.get(i, 1), x.get(i, 2)}, 1e-12, m.name());
            }
        }
    }

    @Test
    void aUserScoreForTheStandardNormalGivesUnitVariance() {
        for (SamplerMethod m : SamplerMethod.values()) {
            // ancestral steps with the plug-in mean lose variance: DDPM needs many more steps
            int steps = m == SamplerMethod.DDPM ? 1000 : 60;
            Generated g = DiffusionSampler.sample(STANDARD_NORMAL, 3000, 2, SamplerOptions.defaults(1e-3).withMethod(m)
                    .withSteps(steps), 2);
            double[] v = g.points().data;
            double mean = Arrays.stream(v).average().orElseThrow();
            double var = Arrays.stream(v).map(x -> (x - mean) * (x - mean)).average().orElseThrow();
            assertEquals(0, mean, 0.05, m.name());
            // E[x0 | x_t0] = a_t0 x_t0 for N(0, I): variance a_t0^2 = 0.998
            assertEquals(1, var, 0.06, m.name());
        }
    }

    @Test
    void secondOrderSolverConvergesFasterThanDdim() {
        // error of the unit variance after 8 steps: DPM-Solver++(2M) is much closer than DDIM
        double ddim = Math.abs(1 - variance(SamplerMethod.DDIM, 8));
        double dpm = Math.abs(1 - variance(SamplerMethod.DPM_SOLVER_2M, 8));
        assertTrue(dpm < ddim / 2, "DPM-Solver++(2M) " + dpm + " vs DDIM " + ddim);
    }

    private static double variance(SamplerMethod m, int steps) {
        // deterministic samplers: the same initial noise, so only the discretisation differs
        Generated g = DiffusionSampler.sample(STANDARD_NORMAL, 4000, 1, SamplerOptions.defaults(1e-3).withMethod(m)
                .withSteps(steps), 3);
        Generated fine = DiffusionSampler.sample(STANDARD_NORMAL, 4000, 1, SamplerOptions.defaults(1e-3).withMethod(m)
                .withSteps(400), 3);
        double a = Arrays.stream(g.points().data).map(x -> x * x).sum();
        double b = Arrays.stream(fine.points().data).map(x -> x * x).sum();
        return a / b;
    }

    @Test
    void sameSeedSameNumbers() {
        DMatrixRMaj train = SubspaceMixture.random(8, 2, 2, SubgaussianLaw.UNIFORM, 1).sample(50, 2).points();
        SamplerOptions o = SamplerOptions.defaults(0.01);
        DMatrixRMaj a = DiffusionSampler.sample(EmpiricalScore.of(train), 20, 8, o, 5).points();
        DMatrixRMaj b = DiffusionSampler.sample(EmpiricalScore.of(train), 20, 8, o, 5).points();
        DMatrixRMaj c = DiffusionSampler.sample(EmpiricalScore.of(train), 20, 8, o, 6).points();
        assertArrayEquals(a.data, b.data, 0);
        assertFalse(Arrays.equals(a.data, c.data));
    }

    @Test
    void badModelsAndSizesAreNamed() {
        ScoreModel wrongShape = (x, t) -> new DMatrixRMaj(x.numRows, x.numCols + 1);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> DiffusionSampler.sample(wrongShape, 3, 2, SamplerOptions.defaults(0.1), 1)).getMessage()
                .contains("returned 3 x 3 for 3 x 2 points"));
        ScoreModel nan = (x, t) -> {
            DMatrixRMaj s = new DMatrixRMaj(x.numRows, x.numCols);
            s.set(1, 0, Double.NaN);
            return s;
        };
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> DiffusionSampler.sample(nan, 3, 2, SamplerOptions.defaults(0.1), 1)).getMessage()
                .contains("NaN at point 1, coordinate 0"));
        assertThrows(IllegalArgumentException.class, () -> DiffusionSampler.sample(STANDARD_NORMAL, 0, 2, SamplerOptions.defaults(0.1), 1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SamplerOptions.defaults(20)).getMessage().contains("t0 < tMax"));
        assertThrows(IllegalArgumentException.class, () -> SamplerOptions.defaults(0.1).withSteps(0));
    }
}
