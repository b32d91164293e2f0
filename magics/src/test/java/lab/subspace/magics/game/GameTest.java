package lab.subspace.magics.game;

import static lab.subspace.magics.game.GroupMembershipTest.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.data.MaskedMatrix;
import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.linalg.Shrinkage;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.random.Rng;

/** The ADMM solver against closed forms, limits, invariances and a second solver. */
class GameTest {

    private static final GameOptions TIGHT = GameOptions.defaults().withTolerance(1e-7).withAbsoluteTolerance(1e-9)
            .withMaxIterations(20000);

    static MaskedMatrix full(DMatrixRMaj y) {
        DMatrixRMaj mask = new DMatrixRMaj(y.numRows, y.numCols);
        CommonOps_DDRM.fill(mask, 1);
        return new MaskedMatrix(y.copy(), mask, y.getNumElements());
    }

    static MaskedMatrix sampled(DMatrixRMaj y, double rate, long seed) {
        Rng rng = new Rng(seed);
        DMatrixRMaj withNaN = y.copy();
        for (int k = 0; k < withNaN.data.length; k++) {
            if (rng.uniform() >= rate) {
                withNaN.data[k] = Double.NaN;
            }
        }
        return Matrices.masked("Y", withNaN);
    }

    static DMatrixRMaj lowRankPlusNoise(int n, int p, int r, double sigma, long seed) {
        Rng rng = new Rng(seed);
        DMatrixRMaj x = CommonOps_DDRM.mult(rng.gaussian(n, r), rng.gaussian(r, p), null);
        CommonOps_DDRM.addEquals(x, rng.gaussian(n, p, sigma));
        return x;
    }

    static double maxAbs(DMatrixRMaj a, DMatrixRMaj b) {
        double m = 0;
        for (int k = 0; k < a.data.length; k++) {
            m = Math.max(m, Math.abs(a.data[k] - b.data[k]));
        }
        return m;
    }

    @Test
    void fullyObservedSingleGroupIsSingularValueThresholding() {
        DMatrixRMaj y = lowRankPlusNoise(30, 20, 3, 0.3, 1);
        GroupMembership all = GroupMembership.chain(30, 1, 0);
        GameFit fit = Game.fit(full(y), all, new Lambdas(new double[] {4}, 0), TIGHT);
        assertTrue(fit.converged(), fit.toString());
        assertTrue(maxAbs(Shrinkage.svt(y, 4).value(), fit.estimate()) < 1e-5, fit.toString());
    }

    @Test
    void fullyObservedDisjointGroupsAreThresholdedSeparately() {
        DMatrixRMaj y = lowRankPlusNoise(24, 15, 4, 0.2, 2);
        GroupMembership g = GroupMembership.chain(24, 3, 0);
        double[] l = {1, 3, 6};
        GameFit fit = Game.fit(full(y), g, new Lambdas(l, 0), TIGHT);
        for (int k = 0; k < 3; k++) {
            DMatrixRMaj expected = Shrinkage.svt(RowOps.select(y, g.members(k)), l[k]).value();
            assertTrue(maxAbs(expected, RowOps.select(fit.estimate(), g.members(k))) < 1e-5, "group " + k);
        }
    }

    @Test
    void globalPenaltyAloneIsSingularValueThresholding() {
        DMatrixRMaj y = lowRankPlusNoise(20, 16, 3, 0.3, 3);
        GroupMembership g = GroupMembership.chain(20, 2, 3);
        GameFit fit = Game.fit(full(y), g, new Lambdas(new double[] {0, 0}, 3), TIGHT);
        assertTrue(maxAbs(Shrinkage.svt(y, 3).value(), fit.estimate()) < 1e-5, fit.toString());
    }

    @Test
    void oneGroupOverAllRowsAgreesWithSoftImpute() {
        DMatrixRMaj x = lowRankPlusNoise(40, 25, 2, 0.1, 4);
        MaskedMatrix y = sampled(x, 0.5, 5);
        double lambda = 2;
        GameFit fit = Game.fit(y, GroupMembership.chain(40, 1, 0), new Lambdas(new double[] {lambda}, 0), TIGHT);
        Completion c = SoftImpute.complete(y, lambda, CompletionOptions.defaults().withTolerance(1e-9).withMaxIterations(20000), null);
        assertTrue(c.converged());
        double scale = CommonOps_DDRM.elementMaxAbs(c.estimate());
        assertTrue(maxAbs(c.estimate(), fit.estimate()) < 1e-4 * scale, maxAbs(c.estimate(), fit.estimate()) + " vs " + scale);
        assertEquals(c.objective()[c.objective().length - 1], fit.objectiveValue(), 1e-6 * fit.objectiveValue());
    }

    @Test
    void solutionIsOptimalAgainstPerturbations() {
        DMatrixRMaj x = lowRankPlusNoise(30, 20, 2, 0.1, 6);
        MaskedMatrix y = sampled(x, 0.4, 7);
        GroupMembership g = GroupMembership.chain(30, 3, 3);
        Lambdas l = new Lambdas(new double[] {0.5, 1, 2}, 0.7);
        GameFit fit = Game.fit(y, g, l, TIGHT);
        double f = objective(y, g, l, fit.estimate());
        assertEquals(f, fit.objectiveValue(), 1e-9 * f);
        Rng rng = new Rng(8);
        for (int trial = 0; trial < 5; trial++) {
            DMatrixRMaj moved = fit.estimate().copy();
            CommonOps_DDRM.addEquals(moved, rng.gaussian(30, 20, 1e-2));
            assertTrue(objective(y, g, l, moved) > f - 1e-6 * f, "a perturbation lowered the objective");
        }
    }

    @Test
    void largePenaltyGivesZeroAndScalingIsEquivariant() {
        DMatrixRMaj x = lowRankPlusNoise(20, 12, 2, 0.1, 9);
        MaskedMatrix y = sampled(x, 0.6, 10);
        GroupMembership g = GroupMembership.chain(20, 2, 2);
        double big = Spectra.singularValues(y.values())[0] * 1.01;
        GameFit zero = Game.fit(y, g, new Lambdas(new double[] {big, big}, 0), TIGHT);
        assertTrue(CommonOps_DDRM.elementMaxAbs(zero.estimate()) < 1e-6, zero.toString());

        Lambdas l = new Lambdas(new double[] {0.8, 1.5}, 0.4);
        GameFit base = Game.fit(y, g, l, TIGHT);
        DMatrixRMaj y3 = y.values().copy();
        CommonOps_DDRM.scale(3, y3);
        GameFit scaled = Game.fit(new MaskedMatrix(y3, y.mask(), y.observed()), g, l.scaled(3), TIGHT);
        DMatrixRMaj expected = base.estimate().copy();
        CommonOps_DDRM.scale(3, expected);
        assertTrue(maxAbs(expected, scaled.estimate()) < 1e-4, "Y -> 3Y with lambda -> 3 lambda gives X -> 3X");
    }

    @Test
    void rowPermutationPermutesTheEstimate() {
        DMatrixRMaj x = lowRankPlusNoise(18, 10, 2, 0.1, 11);
        MaskedMatrix y = sampled(x, 0.5, 12);
        GroupMembership g = GroupMembership.of(18, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, new int[] {8, 9, 10, 11, 12, 13, 14, 15, 16, 17});
        int[] perm = new Rng(13).permutation(18);
        int[] inverse = new int[18];
        for (int i = 0; i < 18; i++) {
            inverse[perm[i]] = i;
        }
        MaskedMatrix yp = new MaskedMatrix(RowOps.select(y.values(), perm), RowOps.select(y.mask(), perm), y.observed());
        int[][] members = new int[2][];
        for (int k = 0; k < 2; k++) {
            members[k] = java.util.Arrays.stream(g.members(k)).map(i -> inverse[i]).toArray();
        }
        Lambdas l = new Lambdas(new double[] {1, 0.5}, 0);
        GameFit a = Game.fit(y, g, l, TIGHT);
        GameFit b = Game.fit(yp, GroupMembership.of(18, members), l, TIGHT);
        assertTrue(maxAbs(RowOps.select(a.estimate(), perm), b.estimate()) < 1e-5);
    }

    @Test
    void residualsEndBelowTheirTolerancesAndWarmStartsHelp() {
        SyntheticData d = GroupedLowRank.sample(SyntheticSpec.paper().withSize(80, 40).withGroups(4, 4), 3);
        Lambdas l = Lambdas.fromNoise(d.observed(), d.groups(), 0.1);
        GameFit fit = Game.fit(d.observed(), d.groups(), l);
        assertTrue(fit.converged());
        assertTrue(fit.finalPrimal() <= fit.finalPrimalTolerance() && fit.finalDual() <= fit.finalDualTolerance());
        assertEquals(fit.iterations(), fit.primalResidual().length);
        assertEquals(fit.iterations(), fit.objective().length);
        GameFit cold = Game.fit(d.observed(), d.groups(), l.scaled(0.8));
        GameFit warm = Game.fit(d.observed(), d.groups(), l.scaled(0.8), GameOptions.defaults(), fit);
        assertTrue(warm.iterations() < cold.iterations(), warm.iterations() + " warm vs " + cold.iterations() + " cold");
        double gap = Evaluation.rmse(warm.estimate(), cold.estimate()) / Evaluation.rmse(cold.estimate(), new DMatrixRMaj(80, 40));
        assertTrue(gap < 0.01, "warm and cold starts end " + gap + " apart (relative RMS)");
        GamePath path = Game.path(d.observed(), d.groups(), l, new double[] {1, 0.8}, GameOptions.defaults());
        assertArrayEquals(fit.estimate().data, path.fits().get(0).estimate().data, 0);
        assertArrayEquals(warm.estimate().data, path.fits().get(1).estimate().data, 0);
        assertTrue(path.allConverged());
    }

    @Test
    void sameInputsGiveIdenticalNumbers() {
        SyntheticData d = GroupedLowRank.sample(SyntheticSpec.paper().withSize(60, 30).withGroups(3, 3), 5);
        Lambdas l = Lambdas.fromNoise(d.observed(), d.groups(), 0.1).withGlobal(0.5);
        GameFit a = Game.fit(d.observed(), d.groups(), l);
        GameFit b = Game.fit(d.observed(), d.groups(), l);
        assertArrayEquals(a.estimate().data, b.estimate().data, 0);
        assertArrayEquals(a.primalResidual(), b.primalResidual(), 0);
    }

    @Test
    void misuseIsNamed() {
        MaskedMatrix y = full(new DMatrixRMaj(4, 3));
        GroupMembership partial = GroupMembership.of(4, new int[] {0, 1});
        assertTrue(message(() -> Game.fit(y, partial, new Lambdas(new double[] {1}, 0))).contains("2 rows belong to no group"));
        Game.fit(y, partial, new Lambdas(new double[] {1}, 1)); // a global penalty covers them
        assertTrue(message(() -> Game.fit(y, partial, new Lambdas(new double[] {1, 2}, 0))).contains("2 group lambdas for 1 groups"));
        assertTrue(message(() -> Game.fit(y, GroupMembership.of(5, new int[] {0}), new Lambdas(new double[] {1}, 1)))
                .contains("the groups describe 5 rows but Y has 4"));
        assertTrue(message(() -> new Lambdas(new double[] {-1}, 0)).contains("lambda of group 0 must be finite and >= 0"));
        assertTrue(message(() -> new Lambdas(new double[] {1}, Double.NaN)).contains("lambda_0"));
        assertTrue(message(() -> GameOptions.defaults().withRelaxation(2)).contains("over-relaxation"));
        assertTrue(message(() -> GameOptions.defaults().withRho(0)).contains("rho"));
        assertTrue(message(() -> GameOptions.defaults().withMaxIterations(0)).contains("maxIterations"));
        assertTrue(message(() -> Lambdas.fromNoise(y, partial, 0)).contains("sigma"));
        assertTrue(message(() -> Game.path(y, partial, new Lambdas(new double[] {1}, 1), new double[0], GameOptions.defaults()))
                .contains("at least one scale"));
        DMatrixRMaj withNaN = new DMatrixRMaj(4, 3);
        withNaN.set(2, 1, Double.NaN);
        MaskedMatrix unzeroed = new MaskedMatrix(withNaN, new DMatrixRMaj(4, 3), 0);
        assertTrue(message(() -> Game.fit(unzeroed, partial, new Lambdas(new double[] {1}, 1)))
                .contains("Y holds NaN at (2, 1) where its mask says missing"));
        assertTrue(message(() -> SoftImpute.complete(unzeroed, 1)).contains("Matrices.masked"));
        DMatrixRMaj badMask = new DMatrixRMaj(4, 3);
        badMask.set(0, 0, 2);
        assertTrue(message(() -> SoftImpute.complete(new MaskedMatrix(new DMatrixRMaj(4, 3), badMask, 1), 1))
                .contains("the mask of Y holds 2.0 at (0, 0)"));
    }

    @Test
    void lambdaRuleFollowsSamplingRateAndGroupSize() {
        DMatrixRMaj v = new DMatrixRMaj(8, 4);
        DMatrixRMaj mask = new DMatrixRMaj(8, 4);
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < 4; i++) {
                mask.set(i, j, 1);                 // rows 0-3 fully observed
            }
            mask.set(4 + j, j, 1);                  // rows 4-7: one entry each
        }
        MaskedMatrix y = new MaskedMatrix(v, mask, 20);
        GroupMembership g = GroupMembership.chain(8, 2, 0);
        Lambdas l = Lambdas.fromNoise(y, g, 2);
        assertEquals(2 * 1 * (2 + 2), l.groups()[0], 1e-12);
        assertEquals(2 * Math.sqrt(0.25) * (2 + 2), l.groups()[1], 1e-12);
        assertEquals(2 * Math.sqrt(20 / 32.0) * (Math.sqrt(8) + 2), Lambdas.globalFromNoise(y, 2), 1e-12);
    }

    /** 1/2 |P_Omega(Y - X)|^2 + sum_g lambda_g |X_g|_* + lambda_0 |X|_*, by brute force. */
    static double objective(MaskedMatrix y, GroupMembership g, Lambdas l, DMatrixRMaj x) {
        double f = 0;
        for (int k = 0; k < x.data.length; k++) {
            double r = y.mask().data[k] * (y.values().data[k] - x.data[k]);
            f += 0.5 * r * r;
        }
        for (int k = 0; k < g.count(); k++) {
            f += l.groups()[k] * nuclear(RowOps.select(x, g.members(k)));
        }
        return f + l.global() * nuclear(x);
    }

    static double nuclear(DMatrixRMaj m) {
        double s = 0;
        for (double v : Spectra.spectrum(m, Spectra.Method.SVD).values()) {
            s += v;
        }
        return s;
    }
}
