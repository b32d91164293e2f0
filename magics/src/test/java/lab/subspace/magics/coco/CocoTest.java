package lab.subspace.magics.coco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CocoTest {

    @Test
    void aFixedQuadraticIsReachedInOneStepSoTheRegretIsTheFirstLoss() {
        // eta_1 = 1/alpha lands exactly on c; afterwards the gradient is zero
        double[] c = {0.3, -0.2};
        CocoProblem p = new CocoProblem(Ball.centred(2, 1), 50, t -> Losses.quadratic(2, c),
                t -> new HalfSpace(new double[] {1, 0}, 0.9), new double[] {-0.5, 0.4});
        CocoRun r = Coco.run(p, Method.PROJECTION, CocoOptions.of(StepSize.stronglyConvex(2)).withCheckpoints(1, 10, 50));
        double first = (0.8 * 0.8 + 0.6 * 0.6);   // alpha/2 |x_1 - c|^2 with alpha = 2
        assertArrayEquals(new double[] {first, first, first}, r.regret(), 1e-9);
        assertArrayEquals(c, r.finalPoint(), 1e-12);
        assertEquals(0, r.ccv()[2]);
        assertEquals(1.0, r.pathLength()[2], 1e-12);
    }

    @Test
    void theBestFeasiblePointOfQuadraticsIsTheProjectionOfTheMeanCentre() {
        List<Loss> losses = new ArrayList<>();
        losses.add(Losses.quadratic(1, new double[] {2, 1}));
        losses.add(Losses.quadratic(1, new double[] {2, -3}));
        NestedRegion region = new NestedRegion(Ball.centred(2, 5), 1e-13, 100_000);
        region.add(new HalfSpace(new double[] {1, 0}, 1), 1);
        BestFeasible.Minimum m = BestFeasible.minimise(losses, 2, region, new double[2]);
        assertArrayEquals(new double[] {1, -1}, m.point(), 1e-8);
        assertEquals(0.5 * (1 + 4) + 0.5 * (1 + 4), m.value(), 1e-8);
        List<Loss> linear = List.of(Losses.linear(new double[] {-1, 0}));
        BestFeasible.Minimum l = BestFeasible.minimise(linear, 1, region, new double[2]);
        assertEquals(-1, l.value(), 1e-8, "max x_1 over the half-space within the ball");
        region.add(new HalfSpace(new double[] {0, 1}, 0.5), 2);
        BestFeasible.Minimum vertex = BestFeasible.minimise(List.of(Losses.linear(new double[] {-1, -1})), 1, region, new double[2]);
        assertArrayEquals(new double[] {1, 0.5}, vertex.point(), 1e-8);
        NestedRegion slab = new NestedRegion(Ball.centred(2, 5), 1e-12, 100_000);
        slab.add(new HalfSpace(new double[] {0, 1}, 0.5), 1);
        BestFeasible.Minimum onBall = BestFeasible.minimise(List.of(Losses.linear(new double[] {-1, 0})), 1, slab, new double[2]);
        assertEquals(-5, onBall.value(), 1e-8, "the ball's rightmost point (5, 0) is feasible");
    }

    @Test
    void everyPlayOfTheProjectionMethodIsInsideTheConstraintsRevealedBeforeIt() {
        Scenario s = Scenario.defaults(LossClass.STRONGLY_CONVEX).withHorizon(400).withSeed(2);
        CocoProblem p = s.problem();
        List<Constraint> seen = new ArrayList<>();
        double[][] plays = new double[p.horizon() + 1][];
        CocoProblem recording = new CocoProblem(p.domain(), p.horizon(), t -> p.losses().apply(t), t -> {
            Constraint g = p.constraints().apply(t);
            seen.add(g);
            return g;
        }, p.start());
        Learner learner = Learner.of(Method.PROJECTION, recording, s.options());
        for (int t = 1; t <= p.horizon(); t++) {
            plays[t] = learner.x;
            for (Constraint g : seen) {
                assertTrue(g.value(learner.x) <= 1e-8, "round " + t + " violates an earlier constraint by " + g.value(learner.x));
            }
            Loss f = recording.losses().apply(t);
            Constraint g = recording.constraints().apply(t);
            learner.update(t, f, g, Math.max(0, g.value(learner.x)));
        }
        assertEquals(0, learner.unconverged);
    }

    @Test
    void ccvIsAtMostGTimesThePathLengthForPlanesAndForALambdaConstraint() {
        for (LossClass c : LossClass.values()) {
            Scenario s = Scenario.defaults(c).withHorizon(1000).withSeed(7);
            CocoRun r = Coco.run(s.problem(), Method.PROJECTION, s.options());
            double[] ccv = r.ccv();
            double[] path = r.pathLength();
            for (int k = 0; k < ccv.length; k++) {
                assertTrue(ccv[k] <= path[k] + 1e-8, c + ": unit normals give G = 1, CCV " + ccv[k] + " path " + path[k]);
            }
            assertTrue(ccv[ccv.length - 1] > 0, "the sequence does violate some constraints");
        }
        // g_t(x) = |x - m_t|^2 - 1 with moving centres, G <= 2 (|x - m_t| + ...) on the radius-1 ball: 2 * 1.5
        CocoProblem p = new CocoProblem(Ball.centred(2, 1), 500, t -> Losses.quadratic(1, new double[] {Math.cos(t), 1}),
                t -> {
                    double[] m = {0.5 * Math.cos(0.1 * t), 0};
                    return Constraint.of(x -> (x[0] - m[0]) * (x[0] - m[0]) + x[1] * x[1] - 1,
                            x -> new double[] {2 * (x[0] - m[0]), 2 * x[1]});
                }, new double[2]);
        CocoRun r = Coco.run(p, Method.PROJECTION, CocoOptions.of(StepSize.stronglyConvex(1)));
        assertTrue(r.ccv()[r.ccv().length - 1] <= 3 * r.pathLength()[r.ccv().length - 1] + 1e-8);
    }

    @Test
    void stronglyConvexClaimsHoldAtASmallSize() {
        Scenario s = Scenario.defaults(LossClass.STRONGLY_CONVEX).withHorizon(3000).withSeed(1);
        CocoComparison c = Coco.compare(s.problem(), s.options(), s.title());
        CocoRun ours = c.ours();
        assertTrue(ours.logFit(ours.regret(), 100).r2() > 0.95, "regret ~ a + b log T");
        double[] ratio = ours.overSqrtT(ours.regret());
        assertTrue(ratio[ratio.length - 1] < 0.5 * ratio[ours.indexOf(100)], "regret / sqrt T falls");
        assertTrue(ours.logFit(ours.pathLength(), 100).r2() > 0.99, "path length ~ a + b log T");
        double[] ccv = ours.ccv();
        int k300 = ours.indexOf(251);
        assertTrue(ccv[ccv.length - 1] / Math.log(3000) <= ccv[k300] / Math.log(251), "CCV / log T does not grow");
        CocoRun base = c.baseline();
        assertTrue(base.growthExponent(base.ccv(), 300) > 0.2, "the baseline's CCV keeps growing");
        assertTrue(base.ccv()[ccv.length - 1] > 5 * ccv[ccv.length - 1]);
    }

    @Test
    void convexClaimsHoldAtASmallSize() {
        Scenario s = Scenario.defaults(LossClass.CONVEX).withHorizon(3000).withSeed(1);
        CocoComparison c = Coco.compare(s.problem(), s.options(), s.title());
        CocoRun ours = c.ours();
        double[] ccvOverSqrt = ours.overSqrtT(ours.ccv());
        int k100 = ours.indexOf(100);
        for (int k = k100 + 1; k < ccvOverSqrt.length; k++) {
            assertTrue(ccvOverSqrt[k] <= ccvOverSqrt[k - 1] + 1e-12, "CCV / sqrt T does not increase");
        }
        assertTrue(ours.growthExponent(ours.regret(), 300) < 0.75, "regret grows like sqrt T, not T");
        assertTrue(c.baseline().ccv()[ccvOverSqrt.length - 1] > ours.ccv()[ccvOverSqrt.length - 1]);
    }

    @Test
    void theSameSeedGivesTheSameNumbers() {
        Scenario s = Scenario.defaults(LossClass.STRONGLY_CONVEX).withHorizon(300).withSeed(9);
        CocoComparison a = Coco.compare(s.problem(), s.options(), "a");
        CocoComparison b = Coco.compare(s.problem(), s.options(), "b");
        assertArrayEquals(a.ours().regret(), b.ours().regret(), 0);
        assertArrayEquals(a.baseline().ccv(), b.baseline().ccv(), 0);
        CocoComparison other = Coco.compare(s.withSeed(10).problem(), s.options(), "c");
        assertFalse(java.util.Arrays.equals(a.ours().regret(), other.ours().regret()));
        assertEquals(a.ours().horizons().length, a.table().rowCount());
    }

    @Test
    void misuseIsReportedWithTheValues() {
        Ball x = Ball.centred(2, 1);
        assertEquals("start point is at distance 1.0 outside X", assertThrows(IllegalArgumentException.class,
                () -> new CocoProblem(x, 5, t -> null, t -> null, new double[] {2, 0})).getMessage());
        assertEquals("horizon T must be >= 1 but is 0", assertThrows(IllegalArgumentException.class,
                () -> new CocoProblem(x, 0, t -> null, t -> null, new double[2])).getMessage());
        CocoProblem p = new CocoProblem(x, 5, t -> Losses.linear(new double[] {1, 0}), t -> null, new double[2]);
        assertEquals("round 1 has no constraint", assertThrows(IllegalArgumentException.class,
                () -> Coco.run(p, Method.PROJECTION, CocoOptions.of(StepSize.stronglyConvex(1)))).getMessage());
        assertEquals("checkpoints must be non-empty and at most T = 5", assertThrows(IllegalArgumentException.class,
                () -> Coco.run(p, Method.PENALTY, CocoOptions.of(StepSize.stronglyConvex(1)).withCheckpoints(2, 9))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CocoOptions.of(t -> 1).withCheckpoints(3, 3));
        assertThrows(IllegalArgumentException.class, () -> StepSize.convex(0, 1));
        assertThrows(IllegalArgumentException.class, () -> Losses.quadratic(-1, new double[2]));
        double[][] targets = {{0, 0}, {1, 1}};
        assertEquals("order[1] = 3 is not a half-space index in [0, 1)", assertThrows(IllegalArgumentException.class,
                () -> Sequences.fromRows(x, LossClass.CONVEX, 1, targets, new double[][] {{1, 0, 1}}, new int[] {0, 3})).getMessage());
        assertEquals("half-space row 0 has 2 values but needs d + 1 = 3 (normal, then offset)", assertThrows(
                IllegalArgumentException.class, () -> Sequences.fromRows(x, LossClass.CONVEX, 1, targets, new double[][] {{1, 0}}, null))
                .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Scenario(0, 10, 20, 1, 0.5, 1, 2, LossClass.CONVEX, 0));
        Scenario huge = Scenario.defaults(LossClass.CONVEX).withHorizon(Integer.MAX_VALUE);
        assertTrue(assertThrows(IllegalArgumentException.class, huge::problem).getMessage().startsWith("the COCO sequence (T = 2147483647"));
    }
}
