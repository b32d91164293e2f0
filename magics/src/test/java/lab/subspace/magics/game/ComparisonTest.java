package lab.subspace.magics.game;

import static lab.subspace.magics.game.GroupMembershipTest.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import lab.subspace.data.MaskedMatrix;

class ComparisonTest {

    private static final SyntheticSpec TINY = SyntheticSpec.paper().withSize(60, 30).withGroups(3, 4).withSparseRate(0.15);

    @Test
    void userDataWithoutTruthReportsHeldOutErrorsOnly() {
        SyntheticData d = GroupedLowRank.sample(TINY, 1);
        ComparisonReport r = Comparison.run("mine", d.observed(), d.groups(), null, null,
                ComparisonOptions.defaults(Double.NaN).withScales(0.25, 0.0625).withGlobalShares(0, 0.5));
        assertEquals(4, r.results().size());
        assertEquals(Comparison.observedRms(d.observed()), r.sigma(), 1e-12);
        for (MethodResult m : r.results()) {
            assertTrue(Double.isNaN(m.rmse()) && Double.isNaN(m.groupSinTheta()[0]), m.method().label());
            assertTrue(m.heldOut() > 0 && Double.isFinite(m.heldOut()), m.method().label());
        }
        assertEquals(2, r.result(Method.GAME).validation().length);
        assertEquals(2, r.result(Method.GAME).validation()[0].length);
        assertEquals(1, r.result(Method.GLOBAL).validation().length);
        // GAME predicts held-out entries better than mean imputation
        assertTrue(r.result(Method.GAME).heldOut() < r.result(Method.MEAN).heldOut());
    }

    @Test
    void aSingleCandidateSkipsTheHoldout() {
        SyntheticData d = GroupedLowRank.sample(TINY, 2);
        ComparisonReport r = Comparison.synthetic(d, ComparisonOptions.defaults(0.1).withScales(0.5).withGlobalShares(0.5)
                .withMethods(List.of(Method.GAME)));
        MethodResult game = r.result(Method.GAME);
        assertEquals(0, game.validation().length);
        assertTrue(Double.isNaN(game.heldOut()));
        Lambdas l = Comparison.gameLambdas(d.observed(), d.groups(), 0.1, 0.5).scaled(0.5);
        GameFit direct = Game.fit(d.observed(), d.groups(), l, ComparisonOptions.defaults(0.1).game());
        assertTrue(java.util.Arrays.equals(direct.estimate().data, game.estimate().data));
        assertTrue(message(() -> r.result(Method.GLOBAL)).contains("global soft-impute was not run"));
    }

    @Test
    void rowsOutsideEveryGroupNeedAGlobalShare() {
        SyntheticData d = GroupedLowRank.sample(TINY, 3);
        GroupMembership partial = GroupMembership.of(60, d.groups().members(0), d.groups().members(1));
        MaskedMatrix y = d.observed();
        ComparisonOptions groupsOnly = ComparisonOptions.defaults(0.1).withScales(0.5).withGlobalShares(0);
        assertTrue(message(() -> Comparison.run("x", y, partial, null, null, groupsOnly)).contains("global share t > 0"));
        ComparisonReport r = Comparison.run("x", y, partial, d.truth(), null,
                ComparisonOptions.defaults(0.1).withScales(0.5).withGlobalShares(0, 0.5).withMethods(List.of(Method.GAME)));
        assertEquals(0.5, r.result(Method.GAME).globalShare()); // t = 0 was dropped
    }

    @Test
    void optionsAreValidated() {
        assertTrue(message(() -> ComparisonOptions.defaults(0.1).withScales(0.25, 0.5)).contains("must decrease"));
        assertTrue(message(() -> ComparisonOptions.defaults(0.1).withGlobalShares(1)).contains("[0, 1)"));
        assertTrue(message(() -> ComparisonOptions.defaults(-1)).contains("sigma"));
        assertTrue(message(() -> ComparisonOptions.defaults(0.1).withMethods(List.of())).contains("at least one method"));
        assertTrue(message(() -> ComparisonOptions.defaults(0.1).withHoldout(0)).contains("held-out fraction"));
        assertEquals(8, ComparisonOptions.defaults(Double.NaN).grid().length);
        assertEquals(3, ComparisonOptions.defaults(0.1).grid().length);
    }
}
