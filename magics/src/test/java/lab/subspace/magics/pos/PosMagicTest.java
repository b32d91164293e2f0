package lab.subspace.magics.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lab.subspace.data.Npy;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.MagicHarness;
import lab.subspace.numerics.random.Rng;

class PosMagicTest {

    @TempDir
    Path dir;

    private final Map<String, Object> variables = new HashMap<>();

    /** Parses the line the way the kernel does (picocli, sub-commands) and runs the leaf command. */
    private Object run(String... args) throws Exception {
        return new MagicHarness("pos", dir, variables).run(new PosMagic(), args);
    }

    @Test
    void estimateReadsYourDataFromFilesAndVariables() throws Exception {
        UnionOfSubspaces u = UnionOfSubspaces.random(10, new int[] {2, 2}, 1);
        UnionSample s = u.sample(40, 0.02, new Rng(2));
        Npy.write(dir.resolve("acts.npy"), s.points());
        double[] y = new double[s.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = s.labels()[i];
        }
        Npy.write(dir.resolve("y.npy"), y);
        EstimateReport fromFile = (EstimateReport) run("estimate", "--data", "acts.npy", "--labels", "y.npy");
        assertEquals(2, fromFile.count());
        assertTrue(fromFile.labelPurity() > 0.95);
        assertNull(fromFile.recovery());
        variables.put("X", s.points());
        variables.put("labels", s.labels());
        EstimateReport fromVar = (EstimateReport) run("estimate", "--data", "X", "--labels", "labels", "--subspaces", "2", "--dim", "2",
                "--affinity", "local_pca", "--center");
        assertEquals(2, fromVar.count());
        assertTrue(fromVar.structure().centered());
        assertEquals(Affinity.LOCAL_PCA, fromVar.structure().options().affinity());
        assertEquals(fromVar.outputs().size(), 5);
        assertThrows(UserError.class, () -> run("estimate", "--data", "X", "--labels", "short"));
        variables.put("short", new int[] {0, 1});
        assertThrows(UserError.class, () -> run("estimate", "--data", "X", "--labels", "short"));
        variables.put("fractional", new double[] {0.5});
        assertThrows(UserError.class, () -> run("estimate", "--data", "X", "--labels", "fractional"));
        assertThrows(UserError.class, () -> run("estimate", "--labels", "labels"));
        assertThrows(IllegalArgumentException.class, () -> run("estimate", "--data", "X", "--neighbors", "0"));
    }

    @Test
    void syntheticEstimateComparesWithTheTruthAndIsDeterministic() throws Exception {
        EstimateReport a = (EstimateReport) run("estimate", "--ambient", "12", "--dims", "2,3", "--points", "50", "--seed", "4");
        EstimateReport b = (EstimateReport) run("estimate", "--ambient", "12", "--dims", "2,3", "--points", "50", "--seed", "4");
        assertTrue(a.recovery().structureRecovered());
        assertEquals(a.labelPurity(), b.labelPurity(), 0);
        assertEquals(a.recovery().worstAngle(), b.recovery().worstAngle(), 0);
        assertEquals(6, a.outputs().size());
    }

    @Test
    void experimentsRunFromTheirOptions() throws Exception {
        PatternReport p = (PatternReport) run("patterns", "--ambient", "10", "--dims", "2,2", "--points", "20", "--hidden", "8",
                "--epochs", "5", "--seed", "1");
        assertEquals(8, p.spec().hidden());
        assertEquals(3, p.table().rowCount());
        p.purityFigure();
        p.profilesFigure();
        p.trainingFigure();
        ContractionReport c = (ContractionReport) run("contract", "--ambient", "10", "--dims", "2,2", "--train-points", "40",
                "--points", "10", "--layers", "4", "--eta", "0.5");
        assertEquals(5, c.hard().length);
        assertEquals(0.25, c.predictedRate(), 1e-12);
        c.figure();
        assertEquals(3, c.table().rowCount());
        AnomalyReport a = (AnomalyReport) run("anomaly", "--ambient", "10", "--dims", "2,2", "--train-points", "40", "--points", "10",
                "--count", "20");
        assertEquals(2, a.rocFigures().size());
        assertEquals(4, a.outputs().size());
        assertThrows(IllegalArgumentException.class, () -> run("contract", "--eta", "1"));
    }

    @Test
    void yourOwnActivationsAndAnomalies() throws Exception {
        int[] labels = new int[60];
        DMatrixRMaj h = new DMatrixRMaj(60, 6);
        for (int i = 0; i < 60; i++) {
            labels[i] = i % 3;
            h.set(i, 2 * labels[i], 1 + i % 5);
        }
        variables.put("H", h);
        variables.put("y", labels);
        PatternPurity p = (PatternPurity) run("purity", "--activations", "H", "--labels", "y");
        assertEquals(1, p.purity(), 1e-12);
        assertEquals(4, p.table().rowCount());
        p.figure();
        UnionOfSubspaces u = UnionOfSubspaces.random(10, new int[] {2, 2}, 1);
        variables.put("train", u.sample(40, 0.02, new Rng(2)).points());
        DMatrixRMaj test = new DMatrixRMaj(30, 10);
        org.ejml.dense.row.CommonOps_DDRM.insert(u.sample(10, 0.02, new Rng(3)).points(), test, 0, 0);
        org.ejml.dense.row.CommonOps_DDRM.insert(u.ambientOutliers(10, 2, new Rng(4)), test, 20, 0);
        variables.put("test", test);
        double[] flags = new double[30];
        for (int i = 20; i < 30; i++) {
            flags[i] = 1;
        }
        variables.put("flags", flags);
        AnomalyReport a = (AnomalyReport) run("anomaly", "--train", "train", "--test", "test", "--outliers", "flags");
        assertEquals(1, a.kinds().size());
        assertNull(a.recovery());
        assertTrue(a.auroc(0, 0) > 0.99);
        assertThrows(UserError.class, () -> run("anomaly", "--train", "train"));
        variables.put("twos", new double[] {2, 0});
        assertThrows(UserError.class, () -> run("anomaly", "--train", "train", "--test", "test", "--outliers", "twos"));
        assertThrows(UserError.class, () -> run("anomaly", "--train", "train", "--test", "test", "--outliers", "y"));
        variables.put("shortFlags", new double[] {0, 1, 0});
        assertThrows(IllegalArgumentException.class,
                () -> run("anomaly", "--train", "train", "--test", "test", "--outliers", "shortFlags"));
        assertThrows(UserError.class, () -> run("purity", "--activations", "H", "--labels", "flags"));
    }

    @Test
    void theParentCommandAsksForAnExperiment() throws Exception {
        assertThrows(UserError.class, () -> run());
    }
}
