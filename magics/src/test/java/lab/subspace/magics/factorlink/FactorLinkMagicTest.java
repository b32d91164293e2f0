package lab.subspace.magics.factorlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lab.subspace.data.Npy;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.MagicHarness;

class FactorLinkMagicTest {

    @TempDir
    Path dir;

    private double[][] withNaN(FactorData d) {
        int n = d.observed().rows();
        int p = d.observed().cols();
        double[][] y = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                y[i][j] = d.observed().isObserved(i, j) ? d.observed().values().get(i, j) : Double.NaN;
            }
        }
        return y;
    }

    @Test
    void fitsAVariableWithMissingEntries() throws Exception {
        FactorData d = SyntheticFactors.sample(new SyntheticSpec(60, 40, 2, Link.TANH, 0.3, 0), 1);
        Map<String, Object> vars = new HashMap<>();
        vars.put("Y", withNaN(d));
        vars.put("M", d.truth());
        Object r = new MagicHarness("factor-link", dir, vars).line(new FactorLinkMagic(),
                "fit --data Y --rank 2 --truth M --iterations 15");
        FactorLinkFit fit = (FactorLinkFit) r;
        assertEquals(60, fit.completed().numRows);
        assertTrue(fit.finalError() < 0.05, "error " + fit.finalError());
        Object oracle = new MagicHarness("factor-link", dir, vars).line(new FactorLinkMagic(),
                "fit --data Y --rank 2 --truth M --iterations 5 --link tanh");
        assertEquals("oracle link", ((FactorLinkFit) oracle).method());
    }

    @Test
    void readsANpyFile() throws Exception {
        FactorData d = SyntheticFactors.sample(new SyntheticSpec(40, 30, 2, Link.EXP, 0.2, 0), 2);
        Npy.write(dir.resolve("y.npy"), withNaN(d));
        Object r = new MagicHarness("factor-link", dir, Map.of()).line(new FactorLinkMagic(),
                "fit --data y.npy --rank 2 --iterations 3");
        assertEquals(30, ((FactorLinkFit) r).loadings().numRows);
    }

    @Test
    void runsTheExperimentsAtASmallSize() throws Exception {
        MagicHarness h = new MagicHarness("factor-link", dir, Map.of());
        ConvergenceReport c = (ConvergenceReport) h.line(new FactorLinkMagic(),
                "converge --rows 40 --cols 30 --rank 2 --links tanh,linear --noise 0 --iterations 4 --seed 3");
        assertEquals(2, c.runs().size());
        assertEquals(5, c.run(Link.LINEAR, 0).nonlinear().truthError().length);
        SweepReport m = (SweepReport) h.line(new FactorLinkMagic(),
                "missing --rows 40 --cols 30 --rank 2 --links cubic --rates 0.2,0.4 --iterations 3");
        assertEquals(3, m.series().size());
        SweepReport n = (SweepReport) h.line(new FactorLinkMagic(),
                "noise --rows 40 --cols 30 --rank 2 --links exp --levels 0.1,0.2 --iterations 3");
        assertEquals("noise level", n.parameter());
        SweepReport again = (SweepReport) h.line(new FactorLinkMagic(),
                "noise --rows 40 --cols 30 --rank 2 --links exp --levels 0.1,0.2 --iterations 3");
        assertEquals(n.series().get(0).errors()[1], again.series().get(0).errors()[1]);
    }

    @Test
    void explainsMisuse() {
        MagicHarness h = new MagicHarness("factor-link", dir, Map.of());
        assertThrows(UserError.class, () -> h.line(new FactorLinkMagic(), ""));
        assertThrows(UserError.class, () -> h.line(new FactorLinkMagic(), "fit --data nothing"));
    }
}
