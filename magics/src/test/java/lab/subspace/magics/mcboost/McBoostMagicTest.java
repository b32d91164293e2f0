package lab.subspace.magics.mcboost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lab.subspace.data.Csv;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.MagicHarness;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class McBoostMagicTest {

    @TempDir
    Path dir;

    private final Map<String, Object> variables = new HashMap<>();

    private Object run(String line) throws Exception {
        return new MagicHarness("mcboost", dir, variables).line(new McBoostMagic(), line);
    }

    /** A user's table: predictions biased upwards in region=south. */
    private static Table table(int n) {
        Synthetic.Sample s = Synthetic.miscalibrated(n, 1.8, 21);
        String[] region = new String[n];
        double[] p = s.data().base().clone();
        for (int i = 0; i < n; i++) {
            region[i] = i % 3 == 0 ? "south" : "north";
            if (i % 3 == 0) {
                p[i] = Math.min(0.999, p[i] + 0.15);
            }
        }
        return Table.create("users", DoubleColumn.create("p", p), DoubleColumn.create("y", s.data().labels()),
                StringColumn.create("region", region), DoubleColumn.create("x1", column(s, 0)));
    }

    private static double[] column(Synthetic.Sample s, int j) {
        double[] v = new double[s.data().size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = s.data().features().get(i, j);
        }
        return v;
    }

    @Test
    void fitOnATableVariableRemovesTheGroupBias() throws Exception {
        variables.put("T", table(3000));
        McTables.Result r = assertInstanceOf(McTables.Result.class,
                run("fit --data T --prediction p --label y --groups region --stop holdout --seed 2"));
        CalibrationReport report = r.fit().test();
        int south = report.indexOf("region=south");
        assertTrue(south > 0, String.join(",", report.groups()));
        assertTrue(Math.abs(report.biasAfter()[south]) < 0.5 * Math.abs(report.biasBase()[south]),
                report.biasBase()[south] + " -> " + report.biasAfter()[south]);
        assertEquals(3000, r.scored().rowCount());
        assertTrue(r.scored().containsColumn("mcboost"));
        assertEquals(900, report.sizes()[0]);
        McBoostViews.tableResult(r); // the presenter builds its table and figure
    }

    @Test
    void fitReadsACsvFileAndLinearFeatures() throws Exception {
        Csv.write(table(600), dir.resolve("users.csv"));
        McTables.Result r = assertInstanceOf(McTables.Result.class, run("fit --data users.csv --prediction p --label y "
                + "--groups region --features x1 --audit linear --holdout 0 --stop target --alpha 1e-4"));
        assertTrue(r.fit().trace().violation()[r.fit().stopRound()] <= 1e-4);
        assertEquals(null, r.fit().test());
    }

    @Test
    void experimentsRunAtSmallSize() throws Exception {
        TradeoffReport t = assertInstanceOf(TradeoffReport.class, run("tradeoff --n 400 --test 400 --rounds 20"));
        assertEquals(20, t.fit().trace().rounds());
        McBoostViews.tradeoff(t);
        TransferReport s = assertInstanceOf(TransferReport.class, run("shift --source 500 --target 500 --shifts 0,1"));
        assertEquals(2, s.shifts().length);
        McBoostViews.transfer(s);
        ConvergenceReport c = assertInstanceOf(ConvergenceReport.class, run("converge --n 300 --rounds 10 --sizes 200,400"));
        assertEquals(11, c.squared().length);
        McBoostViews.convergence(c);
    }

    @Test
    void userErrorsNameTheProblem() {
        variables.put("T", table(50));
        var e = assertThrows(IllegalArgumentException.class, () -> run("fit --data T --prediction q --label y"));
        assertTrue(e.getMessage().contains("no column 'q'"), e.getMessage());
        var u = assertThrows(UserError.class, () -> run("fit --data nope --prediction p --label y"));
        assertTrue(u.getMessage().contains("nope"), u.getMessage());
        assertThrows(UserError.class, () -> run(""));
        assertThrows(UserError.class, () -> run("tradeoff --audit linear"));
        e = assertThrows(IllegalArgumentException.class, () -> run("fit --data T --prediction p --label y --groups region --holdout 1"));
        assertTrue(e.getMessage().contains("holdout fraction"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> run("tradeoff --n 2000000000"));
        assertTrue(e.getMessage().contains("GB"), e.getMessage());
    }

    @Test
    void groupsFromCategoricalAndIndicatorColumns() {
        Table t = Table.create("g", StringColumn.create("c", "a", "b", "a"), DoubleColumn.create("flag", 1, 0, 1),
                DoubleColumn.create("age", 30, 40, 35));
        Groups g = Groups.fromColumns(t, "c", "flag", "age");
        assertEquals(List.of("c=a", "c=b", "flag", "age=30", "age=40", "age=35"), List.of(g.names()));
        assertTrue(g.contains(0, 2) && !g.contains(0, 1) && g.contains(2, 0) && !g.contains(2, 1));
        var e = assertThrows(IllegalArgumentException.class, () -> Groups.fromColumns(t, "zip"));
        assertTrue(e.getMessage().contains("no column 'zip'"), e.getMessage());
    }
}
