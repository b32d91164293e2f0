package lab.subspace.magics.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.random.Rng;

class TaskSuiteTest {

    private static final SuiteSpec SMALL = SuiteSpec.regression().withTasks(4).withDimension(12).withSizes(200, 300);

    @Test
    void theSameSeedGivesTheSameSuiteAndScores() {
        TaskSuite a = TaskSuite.generate(SMALL.withSeed(5));
        TaskSuite b = TaskSuite.generate(SMALL.withSeed(5));
        TaskSuite c = TaskSuite.generate(SMALL.withSeed(6));
        for (int t = 0; t < 4; t++) {
            assertArrayEquals(a.tasks().get(t).finetuned(), b.tasks().get(t).finetuned(), 0.0);
        }
        double[] merged = SubspaceMerge.epimer(a.problem(), 2).parameters();
        assertArrayEquals(merged, SubspaceMerge.epimer(b.problem(), 2).parameters(), 0.0);
        assertArrayEquals(a.evaluate(merged).excess(), b.evaluate(merged).excess(), 0.0);
        assertFalse(java.util.Arrays.equals(a.tasks().get(0).finetuned(), c.tasks().get(0).finetuned()));
    }

    @Test
    void regressionObjectiveIsExactlyTheQuadraticModel() {
        TaskSuite s = TaskSuite.generate(SMALL.withSeed(1));
        MergeProblem p = s.problem();
        Rng rng = new Rng(2);
        for (int k = 0; k < 5; k++) {
            double[] delta = rng.gaussianVector(12);
            double[] actual = s.objectiveExcess(p.parameters(delta));
            for (int t = 0; t < 4; t++) {
                double quadratic = 0.5 * p.curvatures().get(t).quadratic(RandomProblems.minus(delta, p.taskVector(t)));
                assertEquals(quadratic, actual[t], 1e-9 * (1 + quadratic));
            }
        }
    }

    @Test
    void fineTunedModelsMinimiseTheirObjective() {
        for (SuiteSpec spec : new SuiteSpec[] {SMALL, SMALL.withKind(TaskKind.LOGISTIC)}) {
            TaskSuite s = TaskSuite.generate(spec.withSeed(3));
            assertTrue(s.converged());
            for (SyntheticTask task : s.tasks()) {
                double[] theta = task.finetuned();
                double j0 = FineTuning.objective(spec.kind(), task.trainX(), task.trainY(), s.base(), task.anchor(), theta);
                Rng rng = new Rng(4);
                for (int k = 0; k < 10; k++) {
                    double[] moved = theta.clone();
                    for (int i = 0; i < moved.length; i++) {
                        moved[i] += 1e-3 * rng.gaussian();
                    }
                    assertTrue(FineTuning.objective(spec.kind(), task.trainX(), task.trainY(), s.base(), task.anchor(), moved) >= j0);
                }
            }
        }
    }

    @Test
    void zeroHeterogeneityGivesIsotropicInputs() {
        TaskSuite s = TaskSuite.generate(SMALL.withHeterogeneity(0).withSizes(4000, 10).withSeed(7));
        for (SyntheticTask task : s.tasks()) {
            DMatrixRMaj cov = CommonOps_DDRM.multTransA(task.trainX(), task.trainX(), null);
            CommonOps_DDRM.scale(1.0 / task.trainX().numRows, cov);
            for (int i = 0; i < 12; i++) {
                for (int j = 0; j < 12; j++) {
                    assertEquals(i == j ? 1 : 0, cov.get(i, j), 0.1);
                }
            }
            // regression curvature = covariance + anchor * mean curvature
            assertEquals(task.anchor(), SMALL.anchor() * CommonOps_DDRM.trace(cov) / 12, 1e-9);
        }
    }

    @Test
    void scoresAreConsistent() {
        TaskSuite s = TaskSuite.generate(SMALL.withKind(TaskKind.LOGISTIC).withSeed(8));
        MergeProblem p = s.problem();
        TaskScores own = s.evaluate(s.tasks().get(0).finetuned());
        assertEquals(0, own.excess()[0], 1e-12);
        TaskScores base = s.evaluate(p.base());
        assertArrayEquals(base.gain(), base.excess(), 1e-12);
        TaskScores merged = s.evaluate(SubspaceMerge.fisher(p).parameters());
        for (int t = 0; t < 4; t++) {
            assertTrue(merged.accuracy()[t] > 0.5 && merged.accuracy()[t] <= 1);
            double logits = FineTuning.loss(TaskKind.LOGISTIC, s.tasks().get(t).testX(), s.tasks().get(t).testY(), p.parameters(SubspaceMerge.fisher(p).delta()));
            assertEquals(merged.loss()[t], logits, 1e-12);
        }
        assertEquals(max(merged.excess()), merged.worstExcess(), 0);
        assertTrue(Double.isNaN(s.evaluate(p.base()).worstAccuracy()) == false);
        assertTrue(Double.isNaN(TaskSuite.generate(SMALL).evaluate(new double[12]).worstAccuracy()));
        assertTrue(Matrices.shape(s.tasks().get(0).testX()).equals("300 x 12"));
    }

    private static double max(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            m = Math.max(m, v);
        }
        return m;
    }
}
