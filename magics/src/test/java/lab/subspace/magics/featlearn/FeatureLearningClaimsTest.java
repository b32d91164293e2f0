package lab.subspace.magics.featlearn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The paper's claims at a small size (d = 30, N = 300, n = 1000). */
class FeatureLearningClaimsTest {

    private static final OneStepConfig SMALL = OneStepConfig.defaults().withSizes(30, 300, 1000, 1000);
    private static OneStepRun run;

    @BeforeAll
    static void step() {
        run = FeatureLearning.oneStep(SMALL, 11L);
    }

    @Test
    void weightCovarianceHasOneOutlierAlongBeta() {
        CovarianceResult c = FeatureLearning.covariance(run);
        assertTrue(c.alignment() > 0.9, "|cos| = " + c.alignment());
        assertTrue(c.after().outlierRatio() > 5, "top / 2nd = " + c.after().outlierRatio());
        assertTrue(c.before().outlierRatio() < 2, "before: top / 2nd = " + c.before().outlierRatio());
        // first-order prediction theta^2 = (eta mu1 c1)^2 within 30 %
        assertEquals(1, c.after().spike() / c.predictedSpike(), 0.3);
    }

    @Test
    void topEigenvalueGrowsAndTheTopEigenspaceAlignsWithTheTarget() {
        SpectrumResult s = FeatureLearning.spectra(run, 5);
        assertTrue(s.topGrowth() > 2, "growth " + s.topGrowth());
        assertTrue(s.after().capture("target y", 3) > 0.5, "after " + s.after().capture("target y", 3));
        assertTrue(s.before().capture("target y", 3) < 0.2, "before " + s.before().capture("target y", 3));
        int l = s.after().bestAligned("linear beta^T x");
        assertTrue(l < 3 && s.after().cos2(l, "linear beta^T x") > 0.5, "eigenvector " + l);
        // the top (constant / radial) mode mixes with the quadratic harmonic only after the step
        assertTrue(s.after().cos2(0, "quadratic (beta^T x)^2") > 0.03, "after " + s.after().cos2(0, "quadratic (beta^T x)^2"));
        assertTrue(s.before().cos2(0, "quadratic (beta^T x)^2") < 0.01);
    }

    @Test
    void spikedKernelMatchesTheEmpiricalOne() {
        KernelResult k = FeatureLearning.kernels(run, 150, 3L);
        assertTrue(k.spikedError() < 0.25, "error " + k.spikedError());
        // the spike is all a Gaussian law can capture: the full covariance does not do better
        assertTrue(k.spikedError() < 1.1 * k.fullError(), k.spikedError() + " vs full " + k.fullError());
        assertTrue(k.samplingFloor() < k.spikedError(), "floor " + k.samplingFloor());
        assertTrue(k.isotropicError() > 3 * k.spikedError(), k.isotropicError() + " vs " + k.spikedError());
    }

    @Test
    void postStepFeaturesBeatRandomFeatures() {
        RidgeResult r = FeatureLearning.ridge(SMALL, new int[] {100, 400, 1600}, 800, 1e-3, 5L);
        for (RidgeResult.Row row : r.rows()) {
            assertTrue(row.postStep() < row.random(), "n = " + row.n() + ": " + row.postStep() + " vs " + row.random());
        }
        assertTrue(r.largest().random() / r.largest().postStep() > 2);
    }

    @Test
    void sameSeedSameNumbers() {
        OneStepRun again = FeatureLearning.oneStep(SMALL, 11L);
        assertArrayEquals(run.after().w().data, again.after().w().data, 0);
        assertArrayEquals(FeatureLearning.spectra(run, 2).after().eigenvalues(),
                FeatureLearning.spectra(again, 2).after().eigenvalues(), 0);
        OneStepRun other = FeatureLearning.oneStep(SMALL, 12L);
        assertTrue(other.after().w().data[0] != run.after().w().data[0]);
    }
}
