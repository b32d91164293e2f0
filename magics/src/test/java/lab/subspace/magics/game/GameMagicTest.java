package lab.subspace.magics.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.MagicHarness;

class GameMagicTest {

    private static final String SMALL = "--rows 60 --cols 30 --groups 3 --overlap 4 --scales 0.5 --shares 0.5 ";

    @TempDir
    Path dir;

    private Object run(String args, Map<String, Object> variables) throws Exception {
        return new MagicHarness("game", dir, variables).line(new GameMagic(), args);
    }

    @Test
    void fitTakesNotebookVariables() throws Exception {
        SyntheticData d = GroupedLowRank.sample(SyntheticSpec.paper().withSize(40, 20).withGroups(2, 3), 1);
        double[][] y = lab.subspace.data.Matrices.toArray(d.observed().values());
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[i].length; j++) {
                if (d.observed().mask().get(i, j) == 0) {
                    y[i][j] = Double.NaN;
                }
            }
        }
        int[][] groups = {d.groups().members(0), d.groups().members(1)};
        Object r = run("fit --data Y --groups G --truth X --sigma 0.1 --scales 0.5,0.25 --methods game,GLOBAL",
                Map.of("Y", y, "G", groups, "X", d.truth()));
        ComparisonReport report = (ComparisonReport) r;
        assertEquals(List.of(Method.GAME, Method.GLOBAL), report.results().stream().map(MethodResult::method).toList());
        assertTrue(report.rmse(Method.GAME, 0) < 1, report.title());
        assertTrue(report.title().startsWith("Y: 40 x 20"), report.title());
    }

    @Test
    void fitReadsCsvFilesWithEmptyCellsAndAMembershipTable() throws Exception {
        Files.writeString(dir.resolve("ratings.csv"), "a,b,c\n1,,3\n2,2,\n,1,1\n4,NaN,2\n");
        Files.writeString(dir.resolve("groups.csv"), "row,group\n0,x\n1,x\n2,y\n3,y\n1,y\n");
        ComparisonReport r = (ComparisonReport) run("fit --data ratings.csv --groups groups.csv --scales 1,0.5 "
                + "--methods game,mean --holdout 0.3", Map.of());
        assertEquals(2, r.groups().count());
        assertTrue(Double.isNaN(r.result(Method.GAME).rmse()));
        assertEquals(Comparison.observedRms(lab.subspace.data.Matrices.masked("r",
                lab.subspace.data.Csv.read(dir.resolve("ratings.csv")))), r.sigma(), 1e-12);
    }

    @Test
    void badGroupsAndMissingInputsAreNamed() {
        double[][] y = {{1, 2}, {3, Double.NaN}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run("fit --data Y --groups G", Map.of("Y", y, "G", new double[][] {{1}, {2}})));
        assertTrue(e.getMessage().contains("indicator entry (1, 0) is 2.0"), e.getMessage());
        UserError u = assertThrows(UserError.class, () -> run("fit --data Y --groups nope.csv", Map.of("Y", y)));
        assertTrue(u.getMessage().contains("nope.csv: no such file"), u.getMessage());
        u = assertThrows(UserError.class, () -> run("fit --data Y --groups H", Map.of("Y", y)));
        assertTrue(u.getMessage().contains("No notebook variable named 'H'"), u.getMessage());
        u = assertThrows(UserError.class, () -> run("", Map.of()));
        assertTrue(u.getMessage().contains("%game fit | structured | shared | sweep | path"), u.getMessage());
    }

    @Test
    void experimentsRunAtSmallSize() throws Exception {
        ComparisonReport structured = (ComparisonReport) run("structured " + SMALL + "--methods game,global", Map.of());
        assertTrue(structured.title().startsWith("Distinct subspaces, 60 x 30"), structured.title());
        ComparisonReport shared = (ComparisonReport) run("shared " + SMALL + "--methods game", Map.of());
        assertTrue(shared.title().startsWith("Shared"), shared.title());
        SweepReport sweep = (SweepReport) run("sweep --rates 0.1,0.4 " + SMALL + "--methods global,mean", Map.of());
        assertEquals(2, sweep.rates().length);
        PathReport path = (PathReport) run("path --rows 60 --cols 30 --groups 3 --overlap 4 --scales 1,0.5", Map.of());
        assertEquals(2, path.scales().length);
    }

    @Test
    void runMethodsDeclareTheirResultTypes() throws Exception {
        assertEquals(ComparisonReport.class, GameMagic.Fit.class.getMethod("run", MagicContext.class).getReturnType());
        assertEquals(ComparisonReport.class, GameMagic.Structured.class.getMethod("run", MagicContext.class).getReturnType());
        assertEquals(ComparisonReport.class, GameMagic.Shared.class.getMethod("run", MagicContext.class).getReturnType());
        assertEquals(SweepReport.class, GameMagic.Sweep.class.getMethod("run", MagicContext.class).getReturnType());
        assertEquals(PathReport.class, GameMagic.Path.class.getMethod("run", MagicContext.class).getReturnType());
    }
}
