package lab.subspace.magics.factorlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The notebook's claims at a small size. */
class ClaimsTest {

    private static final SyntheticSpec SMALL = new SyntheticSpec(80, 60, 2, Link.TANH, 0.4, 0);

    @Test
    void nonlinearBeatsLinearForNonlinearLinksAndMatchesItForTheLinearOne() {
        SweepReport s = Experiments.missingSweep(SMALL.withNoise(0.05), List.of(Link.LINEAR, Link.TANH, Link.CUBIC),
                new double[] {0.3, 0.5}, 15, 0);
        for (Link g : List.of(Link.TANH, Link.CUBIC)) {
            double[] ours = s.errors(g, SweepReport.NONLINEAR);
            double[] lin = s.errors(g, SweepReport.LINEAR);
            for (int k = 0; k < ours.length; k++) {
                assertTrue(ours[k] < 0.5 * lin[k], g + ": " + ours[k] + " vs linear " + lin[k]);
            }
        }
        double[] ours = s.errors(Link.LINEAR, SweepReport.NONLINEAR);
        double[] lin = s.errors(Link.LINEAR, SweepReport.LINEAR);
        for (int k = 0; k < ours.length; k++) {
            assertTrue(ours[k] < 1.15 * lin[k], "linear link: " + ours[k] + " vs " + lin[k]);
        }
    }

    @Test
    void noisyErrorFloorScalesWithTheNoise() {
        SweepReport s = Experiments.noiseSweep(SMALL, List.of(Link.TANH), new double[] {0.03, 0.1, 0.3}, 15, 0);
        assertEquals(1, s.logLogSlope(Link.TANH, SweepReport.NONLINEAR), 0.25);
        assertEquals(1, s.logLogSlope(Link.TANH, SweepReport.ORACLE), 0.25);
    }

    @Test
    void linearBaselineRecoversALowRankMatrixWithOffset() {
        FactorData d = SyntheticFactors.sample(SMALL.withLink(Link.LINEAR), 6);
        LinearFit lin = LinearFactorModel.complete(d.observed(), 2);
        assertTrue(lin.converged());
        assertTrue(Errors.relative(lin.completed(), d.truth()) < 1e-6);
    }

    @Test
    void syntheticDesignHasTheRequestedMissingRateAndNoise() {
        FactorData d = SyntheticFactors.sample(new SyntheticSpec(200, 100, 3, Link.EXP, 0.3, 0.1), 8);
        assertEquals(0.7, d.observed().observedFraction(), 0.02);
        double s = 0;
        int c = 0;
        for (int k = 0; k < d.truth().data.length; k++) {
            if (d.observed().mask().data[k] != 0) {
                double e = d.observed().values().data[k] - d.truth().data[k];
                s += e * e;
                c++;
            }
        }
        assertEquals(d.noiseSd(), Math.sqrt(s / c), 0.05 * d.noiseSd());
    }
}
