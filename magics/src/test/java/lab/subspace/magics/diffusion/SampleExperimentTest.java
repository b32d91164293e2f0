package lab.subspace.magics.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SampleExperimentTest {

    @Test
    void generatedPointsLieOnTheSubspaces() {
        SubspaceMixture mix = SubspaceMixture.random(10, 2, 3, SubgaussianLaw.UNIFORM, 1);
        SampleResult r = SampleExperiment.run(mix, null, 120, RateOptions.defaults().sampler(120, 2), 2);
        // on a subspace to rounding, except near the intersection where neighbours from two planes are averaged
        double s0 = ForwardProcess.sigma(r.options().t0());
        assertTrue(r.distanceQuantile(0.5) < 1e-9, "median distance " + r.distanceQuantile(0.5));
        assertTrue(r.fractionOnUnion(1e-6) > 0.7, "on the union: " + r.fractionOnUnion(1e-6));
        assertTrue(r.maxDistanceToUnion() < 3 * s0, "max distance " + r.maxDistanceToUnion() + " vs s0 " + s0);
        assertEquals(6, r.spanDimension());
        assertTrue(r.w1() > 0 && r.w1() < 2 * r.w1TrainingSet() + 0.1);
        assertEquals(3, r.view().numCols);
        assertNotNull(r.projectionFigure());
        assertNotNull(r.subspaceFigure());
        assertTrue(r.table().rowCount() >= 10);
    }

    @Test
    void userScoresAndUserSamplesAreAccepted() {
        SubspaceMixture mix = SubspaceMixture.random(6, 1, 3, SubgaussianLaw.GAUSSIAN, 3);
        SampleResult exact = SampleExperiment.run(mix, mix.exactScore(), 200, SamplerOptions.defaults(1e-4), 4);
        assertEquals(-1, exact.spanDimension());
        assertTrue(exact.maxDistanceToUnion() < 3 * ForwardProcess.sigma(1e-4), "the exact score puts points on the lines: "
                + exact.maxDistanceToUnion());
        assertNotNull(exact.subspaceFigure());   // a histogram for k = 1

        SamplePool pool = SamplePool.of(mix.sample(300, 5).points());
        SampleResult mine = SampleExperiment.run(pool, null, 100, SamplerOptions.defaults(1e-3), 6);
        assertNull(mine.mixture());
        assertTrue(Double.isNaN(mine.maxDistanceToUnion()));
        assertNotNull(mine.projectionFigure());
    }

    @Test
    void samplerStepsExperimentConvergesWithSteps() {
        SubspaceMixture mix = SubspaceMixture.random(20, 1, 3, SubgaussianLaw.UNIFORM, 7);
        StepsResult r = StepsExperiment.run(mix, null, 150, new int[] {3, 12, 48},
                List.of(SamplerMethod.DDIM, SamplerMethod.DPM_SOLVER_2M), ForwardProcess.earlyStop(150, 1, 1), 1, 8);
        assertEquals(6, r.rows().size());
        for (SamplerMethod m : List.of(SamplerMethod.DDIM, SamplerMethod.DPM_SOLVER_2M)) {
            double coarse = Math.abs(r.w1(m, "empirical", 3) - r.w1(m, "empirical", 48));
            double mid = Math.abs(r.w1(m, "empirical", 12) - r.w1(m, "empirical", 48));
            assertTrue(mid < coarse, m + ": " + mid + " vs " + coarse);
        }
        assertNotNull(r.figure());
        assertEquals(6, r.table().rowCount());
    }
}
