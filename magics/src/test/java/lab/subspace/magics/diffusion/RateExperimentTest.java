package lab.subspace.magics.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import lab.subspace.numerics.random.Rng;
import lab.subspace.numerics.stats.Interval;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class RateExperimentTest {

    private static final int[] SIZES = {40, 80, 160};

    private static RateResult small(long seed) {
        List<RateCurve> curves = List.of(
                RateCurve.mixture(5, 1, 3, SubgaussianLaw.UNIFORM, 1),
                RateCurve.mixture(40, 1, 3, SubgaussianLaw.UNIFORM, 2),
                RateCurve.mixture(5, 4, 3, SubgaussianLaw.UNIFORM, 3),
                RateCurve.mixture(40, 4, 3, SubgaussianLaw.UNIFORM, 4));
        return RateExperiment.run(curves, SIZES, 4, RateOptions.defaults().withResamples(200), seed);
    }

    @Test
    void claimsAtASmallSize() {
        RateResult r = small(11);
        // the rate depends on k: k = 1 decays much faster than k = 4
        for (String d : new String[] {"5", "40"}) {
            double fast = r.fit("k=1, D=" + d).slope();
            double slow = r.fit("k=4, D=" + d).slope();
            assertTrue(fast < -0.25 && fast > -0.8, "k = 1, D = " + d + ": " + fast);
            assertTrue(slow < -0.1 && slow > -0.4, "k = 4, D = " + d + ": " + slow);
            assertTrue(slow - fast > 0.05, "k = 4 slower than k = 1: " + slow + " vs " + fast);
        }
        // ... and not on D: the D = 5 and D = 40 intervals overlap
        for (int k : new int[] {1, 4}) {
            Interval a = r.fit("k=" + k + ", D=5").slopeInterval();
            Interval b = r.fit("k=" + k + ", D=40").slopeInterval();
            assertTrue(a.lower() <= b.upper() && b.lower() <= a.upper(), "k = " + k + ": " + a + " vs " + b);
        }
        // the diffusion model stays within a constant factor of its own training set
        for (String label : r.labels()) {
            double[] g = r.geometricMeans(label);
            double[] t = r.trainingSetGeometricMeans(label);
            for (int j = 0; j < g.length; j++) {
                assertTrue(g[j] / t[j] > 0.8 && g[j] / t[j] < 1.6, label + " n = " + SIZES[j] + ": " + g[j] / t[j]);
            }
        }
    }

    private static RateResult tiny(long seed) {
        List<RateCurve> curves = List.of(RateCurve.mixture(5, 1, 2, SubgaussianLaw.UNIFORM, 1),
                RateCurve.mixture(8, 2, 2, SubgaussianLaw.GAUSSIAN, 2));
        return RateExperiment.run(curves, new int[] {15, 30, 60}, 2, RateOptions.defaults().withResamples(50), seed);
    }

    @Test
    void sameSeedSameNumbersAndTheDesignIsAsDocumented() {
        RateResult a = tiny(5);
        RateResult b = tiny(5);
        double[] wa = a.runs().stream().mapToDouble(RateRun::w1).toArray();
        double[] wb = b.runs().stream().mapToDouble(RateRun::w1).toArray();
        assertArrayEquals(wa, wb, 0);
        assertTrue(wa[0] != tiny(6).runs().get(0).w1());
        // 2 runs at n = 60, ceil(2 sqrt 2) = 3 at 30, 4 at 15, per curve
        assertEquals(2 * (2 + 3 + 4), a.runs().size());
        assertEquals(4, a.runs().stream().filter(x -> x.curve() == 0 && x.n() == 15).count());
        assertEquals(9, RateExperiment.repetitions(400, 800, 6));
        assertEquals(24, RateExperiment.repetitions(50, 800, 6));
        assertEquals(6, RateExperiment.repetitions(800, 800, 6));
        assertTrue(a.runs().stream().allMatch(x -> x.t0() == ForwardProcess.earlyStop(x.n(), a.ks()[x.curve()], 1)));
        assertEquals(2, a.table().rowCount());
        assertEquals(3, a.costTable().rowCount());
        assertEquals(a.runs().size(), a.runsTable().rowCount());
        assertTrue(a.cpuSeconds() > 0);
        for (RateFit f : a.fits()) {
            // the stratified bootstrap and the Welch interval bracket the same estimate with comparable widths
            assertTrue(f.bootstrapInterval().contains(f.slope()) && f.slopeInterval().contains(f.slope()), f.label());
            double ratio = f.bootstrapInterval().width() / f.slopeInterval().width();
            assertTrue(ratio > 0.2 && ratio < 3, f.label() + ": bootstrap / Welch width " + ratio);
            assertEquals(f.fit().slope(), f.slope());
            // log(W1 gen / W1 train) is a difference of logs, and the fit is linear in the level means
            assertEquals(f.slope() - f.trainingSetFit().slope(), f.excessFit().slope(), 1e-12, f.label());
        }
        Interval d = a.excessSlopeDifference(a.labels().get(1), a.labels().get(0), 0.95);
        assertEquals(a.fits().get(1).excessFit().slope() - a.fits().get(0).excessFit().slope(), d.estimate(), 1e-12);
        assertTrue(d.lower() < d.estimate() && d.estimate() < d.upper());
        assertNotNull(a.figure());
        assertNotNull(a.slopeFigure());
        assertNotNull(a.ratioFigure());
    }

    @Test
    void w1IsExactForATranslation() {
        // W1(mu, mu + v) = |v| (the potential f(x) = <x, v / |v|> certifies it)
        DMatrixRMaj x = new Rng(1).gaussian(60, 3);
        DMatrixRMaj y = x.copy();
        for (int i = 0; i < 60; i++) {
            y.add(i, 0, 0.3);
            y.add(i, 2, -0.4);
        }
        assertEquals(0.5, RateExperiment.w1(x, y), 1e-12);
        assertEquals(0, RateExperiment.w1(x, x), 1e-15);
    }

    @Test
    void userSamplesRunThroughTheSamePipeline() {
        DMatrixRMaj data = SubspaceMixture.random(12, 2, 2, SubgaussianLaw.GAUSSIAN, 8).sample(400, 9).points();
        RateResult r = RateExperiment.run(List.of(new RateCurve("mine", SamplePool.of(data), 2)), new int[] {50, 100},
                2, RateOptions.defaults().withResamples(50), 3);
        assertTrue(r.fit("mine").slope() < 0);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> RateExperiment.run(List.of(new RateCurve("mine", SamplePool.of(data), 2)), new int[] {50, 250}, 2,
                        RateOptions.defaults(), 3)).getMessage().contains("the pool has 400 samples"));
    }

    @Test
    void misuseIsNamed() {
        RateCurve c = RateCurve.mixture(5, 1, 2, SubgaussianLaw.UNIFORM, 1);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> RateExperiment.run(List.of(c), new int[] {50, 50}, 3, RateOptions.defaults(), 1)).getMessage()
                .contains("at least 2 distinct sample sizes"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> RateExperiment.run(List.of(c), new int[] {50, 100}, 1, RateOptions.defaults(), 1)).getMessage()
                .contains("must be >= 2"));
        assertEquals("two curves are labelled 'k=1, D=5'", assertThrows(IllegalArgumentException.class,
                () -> RateExperiment.run(List.of(c, c), new int[] {50, 100}, 2, RateOptions.defaults(), 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RateExperiment.run(List.of(), new int[] {50, 100}, 2,
                RateOptions.defaults(), 1));
        assertThrows(IllegalArgumentException.class, () -> RateOptions.defaults().withLevel(1));
        assertThrows(IllegalArgumentException.class, () -> RateOptions.defaults().withStepDensity(0));
        assertEquals(-0.5, c.predictedSlope());
        assertEquals(-0.25, RateCurve.mixture(5, 4, 2, SubgaussianLaw.UNIFORM, 1).predictedSlope());
    }

    @Test
    void logFactorSlopeIsTheLocalSlopeOfTheTwoDimensionalRate() {
        RateResult r = tiny(1);
        double[] n = {15, 30, 60};
        double[] y = {Math.sqrt(Math.log(15) / 15), Math.sqrt(Math.log(30) / 30), Math.sqrt(Math.log(60) / 60)};
        assertEquals(lab.subspace.numerics.stats.LineFit.logLog(n, y).slope(), r.logFactorSlope(), 1e-14);
        assertTrue(r.logFactorSlope() > -0.5 && r.logFactorSlope() < -0.3);
    }

    @Test
    void stepsFollowTheLengthOfTheTimeRange() {
        RateOptions o = RateOptions.defaults();
        SamplerOptions k1 = o.sampler(800, 1);
        SamplerOptions k4 = o.sampler(800, 4);
        assertEquals((int) Math.ceil(1.3 * Math.log(10 / k1.t0())), k1.steps());
        assertTrue(k1.steps() > 2 * k4.steps());
        assertEquals(RateOptions.MIN_STEPS, RateOptions.defaults().withStepDensity(0.1).sampler(100, 4).steps());
    }
}
