package lab.subspace.magics.merge;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private static void fails(String fragment, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' should contain '" + fragment + "'");
    }

    @Test
    void curvaturesAreChecked() {
        fails("entry 1 is -1", () -> Curvature.diagonal(new double[] {1, -1}));
        fails("NaN at index 0", () -> Curvature.diagonal(new double[] {Double.NaN}));
        fails("not symmetric", () -> Curvature.full(new DMatrixRMaj(new double[][] {{1, 2}, {0, 1}})));
        fails("not positive semidefinite", () -> Curvature.full(new DMatrixRMaj(new double[][] {{1, 0}, {0, -1}})));
        fails("square", () -> Curvature.full(new DMatrixRMaj(2, 3)));
        fails("damping must be finite and >= 0", () -> Curvature.isotropic(3, 1).plusIdentity(-1));
    }

    @Test
    void problemsAreChecked() {
        double[] base = {0, 0, 0};
        DMatrixRMaj tau = new DMatrixRMaj(2, 3);
        List<Curvature> two = MergeProblem.flat(2, 3);
        fails("task vectors have 2 parameters (columns) but the base has 3", () -> MergeProblem.of(base, new DMatrixRMaj(2, 2), two));
        fails("2 tasks but 1 curvatures", () -> MergeProblem.of(base, tau, MergeProblem.flat(1, 3)));
        fails("curvature 1 has dimension 4", () -> MergeProblem.of(base, tau, List.of(Curvature.isotropic(3, 1), Curvature.isotropic(4, 1))));
        fails("2 tasks but 1 names", () -> MergeProblem.of(base, tau, two).withNames(List.of("a")));
        DMatrixRMaj bad = new DMatrixRMaj(2, 3);
        bad.set(1, 2, Double.POSITIVE_INFINITY);
        fails("task vectors contains Infinity at (1, 2)", () -> MergeProblem.of(base, bad, two));
        fails("one model per ROW", () -> MergeProblem.fromFinetuned(base, new DMatrixRMaj(3, 2), two));
        fails("curvature row 1", () -> MergeProblem.diagonals(new DMatrixRMaj(new double[][] {{1, 1}, {1, -2}})));
    }

    @Test
    void ranksAndOptionsAreChecked() {
        MergeProblem p = RandomProblems.diagonal(3, 5, 1.0, 1);
        fails("rank must be in [1, 3]", () -> SubspaceMerge.epimer(p, 4));
        fails("rank must be in [1, 3]", () -> SubspaceMerge.projectedMean(p, 0));
        fails("scale must be finite", () -> SubspaceMerge.taskArithmetic(p, Double.NaN));
        fails("3 tasks but 2 metrics", () -> SubspaceMerge.frechetMean(p, TaskBasis.of(p, 2), MergeProblem.flat(2, 5), MergeMethod.EPIMER));
        fails("give at least one rank", () -> SubspaceMerge.compare(p, new int[0], 1));
        fails("orthonormal", () -> TaskBasis.of(p, new DMatrixRMaj(5, 2)));
        fails("ranks must be in [1, 8]", () -> MergeComparison.run(SuiteSpec.regression(), new int[] {9}, 1));
        fails("replicates must be >= 1", () -> MergeComparison.run(SuiteSpec.regression(), new int[] {1}, 0));
        fails("give at least one heterogeneity", () -> HeterogeneitySweep.run(SuiteSpec.regression(), new double[0], new int[] {1}, 1));
    }

    @Test
    void suiteSpecsAreChecked() {
        SuiteSpec s = SuiteSpec.regression();
        fails("at least 2 tasks", () -> s.withTasks(1));
        fails("taskRank must be in [1, 50]", () -> s.withTaskRank(51));
        fails("heterogeneity must be finite and >= 0", () -> s.withHeterogeneity(-0.5));
        fails("logistic tasks need anchor > 0", () -> SuiteSpec.logistic().withAnchor(0));
        fails("trainSize must be >= 2", () -> s.withSizes(1, 10));
    }
}
