package lab.subspace.magics.mhanw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lab.subspace.data.Matrices;
import lab.subspace.data.Npy;
import lab.subspace.data.NpyArray;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.MagicHarness;
import lab.subspace.numerics.random.Rng;

class MhaNwMagicTest {

    @TempDir
    Path dir;

    private final Map<String, Object> variables = new HashMap<>();

    /** Parses the line the way the kernel does (picocli, sub-commands) and runs the leaf command. */
    private Object run(String... args) throws Exception {
        return new MagicHarness("mha-nw", dir, variables).run(new MhaNwMagic(), args);
    }

    @Test
    void headsReadsOneLayerPerMatrixAndSeveralFromA3dNpy() throws Exception {
        Rng rng = new Rng(1);
        DMatrixRMaj w0 = rng.gaussian(16, 8);
        DMatrixRMaj w1 = rng.gaussian(16, 8);
        variables.put("wq0", w0);
        variables.put("layers", List.of(Matrices.toArray(w0), w1));
        double[] cube = new double[2 * 16 * 8];
        System.arraycopy(w0.data, 0, cube, 0, 128);
        System.arraycopy(w1.data, 0, cube, 128, 128);
        Npy.write(dir.resolve("wq.npy"), NpyArray.of(cube, 2, 16, 8), Npy.Precision.FLOAT64);
        DiversityReport fromFile = (DiversityReport) run("heads", "--wq", "wq.npy", "--heads", "4");
        DiversityReport fromList = (DiversityReport) run("heads", "--wq", "layers", "--heads", "4");
        DiversityReport mixed = (DiversityReport) run("heads", "--wq", "wq0,wq.npy", "--wk", "layers,wq0", "--heads", "4", "--layer", "2");
        assertEquals(List.of("wq[0]", "wq[1]"), fromFile.layers());
        assertEquals(HeadDiversity.ofProjection("x", w1, 4).hdi(), fromFile.hdi()[1], 1e-12);
        assertEquals(fromFile.hdi()[0], fromList.hdi()[0], 1e-12);
        assertEquals(3, mixed.layers().size());
        assertEquals(3, mixed.keys().size());
        assertEquals(2, mixed.shown());
        assertEquals(6, fromFile.queries().get(0).pairs().size());
        variables.put("path", dir.resolve("wq.npy").toString());
        variables.put("array", Npy.read(dir.resolve("wq.npy")));
        assertEquals(List.of("wq[0]", "wq[1]"), ((DiversityReport) run("heads", "--wq", "path", "--heads", "4")).layers());
        DiversityReport fromArray = (DiversityReport) run("heads", "--wq", "array", "--heads", "4");
        assertEquals(fromFile.hdi()[1], fromArray.hdi()[1], 0);
    }

    @Test
    void transposeReadsPyTorchLayout() throws Exception {
        DMatrixRMaj w = new Rng(2).gaussian(12, 6);
        variables.put("w", w);
        variables.put("wt", CommonOps_DDRM.transpose(w, null));
        DiversityReport a = (DiversityReport) run("heads", "--wq", "w", "--heads", "3");
        DiversityReport b = (DiversityReport) run("heads", "--wq", "wt", "--heads", "3", "--transpose");
        assertEquals(a.hdi()[0], b.hdi()[0], 1e-12);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> run("heads", "--wq", "wt", "--heads", "5")).getMessage()
                .contains("do not split into 5 heads"));
        assertThrows(UserError.class, () -> run("heads", "--wq", "w", "--heads", "3", "--layer", "5"));
        assertThrows(UserError.class, () -> run("heads", "--wq", "w", "--wk", "w,w", "--heads", "3"));
        assertThrows(UserError.class, () -> run("heads", "--wq", "missing.npy", "--heads", "3"));
    }

    @Test
    void experimentsRunFromTheirOptions() throws Exception {
        IdentityReport id = (IdentityReport) run("identity", "--keys", "20", "--queries", "3", "--seed", "4");
        assertTrue(id.holds());
        assertEquals(20, id.keys());
        RotationResult rot = (RotationResult) run("rotate", "--dim", "12", "--heads", "2", "--steps", "3", "--n", "40", "--queries", "10",
                "--replicates", "3");
        assertEquals(3, rot.hdi().length);
        assertEquals(2, rot.spec().heads());
        BudgetResult b = (BudgetResult) run("budget", "--budget", "6", "--dim", "6", "--n", "20,40", "--queries", "5", "--replicates", "1");
        assertEquals(4, b.mse()[0].length);
        BudgetResult some = (BudgetResult) run("budget", "--budget", "6", "--dim", "6", "--n", "20,40", "--head-dims", "1,2,6",
                "--queries", "5", "--replicates", "1");
        assertEquals(3, some.mse()[0].length);
        assertThrows(UserError.class, () -> run());
    }

    @Test
    void ensembleUsesYourWeightsOrRandomOrthogonalHeads() throws Exception {
        LatentViews data = LatentViews.spread(8, 2, 0.8, 0.3, new Rng(3));
        LatentViews.Sample s = data.training(80, new Rng(4));
        variables.put("X", s.x());
        variables.put("y", s.y());
        variables.put("W", new Rng(5).gaussian(8, 4));
        EnsembleReport random = (EnsembleReport) run("ensemble", "--x", "X", "--y", "y", "--heads", "4", "--bandwidth", "0.8",
                "--replicates", "3");
        assertEquals(1, random.diversity().hdi(), 1e-12);
        EnsembleReport given = (EnsembleReport) run("ensemble", "--x", "X", "--y", "y", "--weights", "W", "--heads", "2", "--replicates", "3");
        assertEquals(HeadDiversity.ofProjection("W", (DMatrixRMaj) variables.get("W"), 2).hdi(), given.diversity().hdi(), 1e-12);
        assertInstanceOf(EnsembleReport.class, given);
        assertThrows(UserError.class, () -> run("ensemble", "--x", "X", "--y", "y", "--heads", "9"));
    }
}
