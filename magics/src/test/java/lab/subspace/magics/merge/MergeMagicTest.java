package lab.subspace.magics.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lab.subspace.data.Matrices;
import lab.subspace.data.Npy;
import lab.subspace.display.Outputs;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.MagicHarness;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

class MergeMagicTest {

    @TempDir
    Path dir;

    private final Map<String, Object> variables = new HashMap<>();

    private Object run(String... args) throws Exception {
        return new MagicHarness("merge", dir, variables).run(new MergeMagic(), args);
    }

    private MergeProblem problem() {
        return RandomProblems.diagonal(4, 10, 1.0, 21);
    }

    private double[][] finetuned(MergeProblem p) {
        double[][] rows = new double[p.tasks()][];
        for (int t = 0; t < p.tasks(); t++) {
            rows[t] = p.parameters(p.taskVector(t));
        }
        return rows;
    }

    private double[][] diagonals(MergeProblem p) {
        return p.curvatures().stream().map(Curvature::diagonalEntries).toArray(double[][]::new);
    }

    @Test
    void runMergesNotebookVariables() throws Exception {
        MergeProblem p = problem();
        variables.put("theta0", p.base());
        variables.put("thetas", finetuned(p));
        variables.put("fisher", diagonals(p));
        MergeReport r = (MergeReport) run("run", "--base", "theta0", "--finetuned", "thetas", "--curvature", "fisher",
                "--ranks", "1,3", "--names", "a,b,c,d");
        assertArrayEquals(SubspaceMerge.epimer(p, 3).parameters(), r.merge(MergeMethod.EPIMER, 3).parameters(), 1e-10);
        assertArrayEquals(SubspaceMerge.fisher(p).parameters(), r.merge(MergeMethod.FISHER, 0).parameters(), 1e-10);
        assertEquals(List.of("a", "b", "c", "d"), r.problem().names());
        assertArrayEquals(new int[] {1, 3}, r.ranks());
    }

    @Test
    void runReadsNpyFilesAndTaskVectors() throws Exception {
        MergeProblem p = problem();
        Npy.write(dir.resolve("base.npy"), p.base());
        Npy.write(dir.resolve("tau.npy"), Matrices.toArray(p.taskVectors()));
        Npy.write(dir.resolve("fisher.npy"), diagonals(p));
        MergeReport r = (MergeReport) run("run", "--base", "base.npy", "--task-vectors", "tau.npy", "--curvature", "fisher.npy", "--ranks", "2");
        assertArrayEquals(SubspaceMerge.epimer(p, 2).delta(), r.merge(MergeMethod.EPIMER, 2).delta(), 1e-10);
    }

    @Test
    void runAcceptsProblemsAndFullCurvatureLists() throws Exception {
        MergeProblem p = RandomProblems.full(3, 6, 1.0, 22);
        variables.put("p", p);
        MergeReport a = (MergeReport) run("run", "--problem", "p", "--ranks", "2");
        assertArrayEquals(SubspaceMerge.epimer(p, 2).delta(), a.merge(MergeMethod.EPIMER, 2).delta(), 1e-10);
        variables.put("theta0", p.base());
        variables.put("tau", p.taskVectors());
        variables.put("hs", p.curvatures());
        MergeReport b = (MergeReport) run("run", "--base", "theta0", "--task-vectors", "tau", "--curvature", "hs", "--ranks", "2",
                "--damping", "0.5");
        assertArrayEquals(SubspaceMerge.epimer(p.damped(0.5), 2).delta(), b.merge(MergeMethod.EPIMER, 2).delta(), 1e-10);
    }

    @Test
    void runWithoutCurvatureIsFlat() throws Exception {
        MergeProblem p = problem();
        variables.put("theta0", p.base());
        variables.put("thetas", finetuned(p));
        MergeReport r = (MergeReport) run("run", "--base", "theta0", "--finetuned", "thetas");
        assertArrayEquals(new int[] {1, 2, 4}, r.ranks());
        assertArrayEquals(r.merge(MergeMethod.PROJECTED_MEAN, 2).delta(), r.merge(MergeMethod.EPIMER, 2).delta(), 1e-12);
        assertArrayEquals(new int[] {1, 2, 4, 6}, MergeRunCommand.defaultRanks(6));
        assertArrayEquals(new int[] {1}, MergeRunCommand.defaultRanks(1));
    }

    @Test
    void runExplainsMistakes() {
        MergeProblem p = problem();
        variables.put("theta0", p.base());
        variables.put("thetas", finetuned(p));
        variables.put("columns", Matrices.toArray(transpose(p.taskVectors())));
        variables.put("fisher", new double[][] {{1, 2}});
        assertMessage("give --base", () -> run("run", "--finetuned", "thetas"));
        assertMessage("exactly one of --finetuned", () -> run("run", "--base", "theta0", "--finetuned", "thetas", "--task-vectors", "thetas"));
        assertMessage("one model per ROW", () -> run("run", "--base", "theta0", "--finetuned", "columns"));
        assertMessage("must be 4 x 10", () -> run("run", "--base", "theta0", "--finetuned", "thetas", "--curvature", "fisher"));
        assertMessage("needs a sub-command", () -> run());
        variables.put("p", p);
        assertMessage("drop the other inputs", () -> run("run", "--problem", "p", "--base", "theta0"));
    }

    @Test
    void compareAndSweepPassTheirOptionsOn() throws Exception {
        ComparisonReport c = (ComparisonReport) run("compare", "--kind", "logistic", "--tasks", "4", "--dim", "10", "--train", "100",
                "--test", "100", "--replicates", "2", "--ranks", "1,2", "--heterogeneity", "1.5", "--seed", "7");
        assertEquals(TaskKind.LOGISTIC, c.spec().kind());
        assertEquals(1.5, c.spec().heterogeneity());
        assertEquals(7, c.spec().seed());
        assertEquals(2, c.replicates());
        assertEquals(0.2, c.spec().anchor());
        SweepReport s = (SweepReport) run("sweep", "--tasks", "4", "--dim", "10", "--train", "100", "--test", "100",
                "--replicates", "1", "--ranks", "2", "--heterogeneity", "0,1");
        assertEquals(2, s.cells().size());
        assertArrayEquals(new double[] {0, 1}, s.heterogeneities());
    }

    @Test
    void resultsArePresentedAsTablesAndFigures() {
        MergeProblem p = problem();
        MergeReport report = SubspaceMerge.compare(p, new int[] {1, 2}, 0.25);
        assertParts(MergeReportView.present(report), 2, 2);
        assertParts(MergeReportView.present(report.merges().get(0)), 1, 0);
        SuiteSpec small = SuiteSpec.regression().withTasks(4).withDimension(10).withSizes(100, 100);
        assertParts(ComparisonView.present(MergeComparison.run(small, new int[] {1, 2}, 2)), 1, 4);
        assertParts(ComparisonView.present(MergeComparison.run(small.withKind(TaskKind.LOGISTIC), new int[] {1, 2}, 2)), 1, 5);
        assertParts(SweepView.present(HeterogeneitySweep.run(small, new double[] {0, 1}, new int[] {1, 2}, 1)), 1, 2);
    }

    private static void assertParts(Outputs o, int tables, int figures) {
        assertEquals(tables, o.parts().stream().filter(Table.class::isInstance).count());
        assertEquals(figures, o.parts().stream().filter(Figure.class::isInstance).count());
    }

    private static void assertMessage(String fragment, org.junit.jupiter.api.function.Executable e) {
        UserError err = assertThrows(UserError.class, e);
        assertTrue(err.getMessage().contains(fragment), err.getMessage());
    }

    private static DMatrixRMaj transpose(DMatrixRMaj m) {
        return org.ejml.dense.row.CommonOps_DDRM.transpose(m, null);
    }
}
