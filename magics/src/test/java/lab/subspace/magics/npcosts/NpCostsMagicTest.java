package lab.subspace.magics.npcosts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lab.subspace.data.Npy;
import lab.subspace.data.NpyArray;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.MagicHarness;
import lab.subspace.numerics.random.Rng;

class NpCostsMagicTest {

    @TempDir
    Path dir;

    private final Map<String, Object> variables = new HashMap<>();

    /** Parses the line the way the kernel does (picocli, sub-commands) and runs the leaf command. */
    private Object run(String... args) throws Exception {
        return new MagicHarness("np-costs", dir, variables).run(new NpCostsMagic(), args);
    }

    @Test
    void gpReadsVariablesAndNpyFilesAlike() throws Exception {
        Rng rng = new Rng(1);
        DMatrixRMaj x = rng.uniform(12, 1, 0, 2);
        double[] y = rng.gaussianVector(12);
        DMatrixRMaj xt = rng.uniform(6, 1, 0, 2);
        variables.put("X", x);
        variables.put("y", y);
        variables.put("Xt", xt);
        Npy.write(dir.resolve("x.npy"), NpyArray.of(x.data.clone(), 12, 1), Npy.Precision.FLOAT64);
        DataGpResult a = (DataGpResult) run("gp", "--x", "X", "--y", "y", "--targets", "Xt", "--kernel", "matern12", "--ranks", "2,4,18");
        DataGpResult b = (DataGpResult) run("gp", "--x", "x.npy", "--y", "y", "--targets", "Xt", "--kernel", "matern12", "--ranks", "2,4,18");
        assertArrayEquals(a.kl(), b.kl(), 0);
        assertEquals(0, a.kl()[2], 1e-9);
        assertEquals(6, a.exact().mean().length);
        assertEquals(3, a.table().rowCount());
        assertThrows(UserError.class, () -> run("gp", "--x", "missing.npy", "--y", "y", "--targets", "Xt"));
        assertThrows(IllegalArgumentException.class, () -> run("gp", "--x", "X", "--y", "y", "--targets", "Xt", "--kernel", "cauchy"));
        assertThrows(UserError.class, () -> run());
    }

    @Test
    void experimentsRunFromTheirOptions() throws Exception {
        BottleneckResult b = (BottleneckResult) run("bottleneck", "--kernels", "se,m32", "--n", "64", "--sets", "1", "--ranks-se", "1,3,5",
                "--ranks-matern", "4,8,16", "--noise", "0.01");
        assertEquals(2, b.curves().size());
        assertEquals(64, b.spec().contexts());
        assertEquals(KernelFamily.MATERN_32, b.curves().get(1).family());
        assertTrue(b.fits().rowCount() == 2 && b.table().rowCount() == 6);
        GapResult g = (GapResult) run("gap", "--sizes", "4,8", "--features", "3", "--steps", "5", "--seed", "3");
        assertEquals(3, g.spec().features());
        assertEquals(5, g.losses().get(0).length);
        ContaminationResult c = (ContaminationResult) run("contamination", "--sizes", "4,8", "--steps", "3", "--width", "4");
        assertEquals(2, c.sizes().length);
        assertThrows(IllegalArgumentException.class, () -> run("bottleneck", "--dx", "3"));
    }
}
