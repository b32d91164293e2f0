package lab.subspace.magics.grasp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lab.subspace.data.Matrices;
import lab.subspace.data.Npy;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.MagicHarness;
import lab.subspace.numerics.random.Rng;

class GraspMagicTest {

    @TempDir
    Path dir;

    private final Map<String, Object> variables = new HashMap<>();

    /** Parses the line the way the kernel does (picocli, sub-commands) and runs the leaf command. */
    private Object run(String... args) throws Exception {
        return new MagicHarness("grasp", dir, variables).run(new GraspMagic(), args);
    }

    @Test
    void factorsFromAnUpdateVariableAndFromLoraFilesAgree() throws Exception {
        Rng rng = new Rng(1);
        DMatrixRMaj a = rng.gaussian(3, 12);
        DMatrixRMaj b = rng.gaussian(20, 3);
        DMatrixRMaj dw = CommonOps_DDRM.mult(0.5, b, a, null);
        variables.put("dW", Matrices.toArray(dw));
        Npy.write(dir.resolve("A.npy"), a);
        Npy.write(dir.resolve("B.npy"), b);
        CandidateFactors dense = (CandidateFactors) run("factors", "--update", "dW", "--top", "3");
        CandidateFactors lora = (CandidateFactors) run("factors", "--lora-a", "A.npy", "--lora-b", "B.npy", "--scale", "0.5");
        assertEquals(3, lora.count(), "the default lists at most the LoRA rank");
        assertArrayEquals(dense.singularValues(), lora.singularValues(), 1e-9);
        assertEquals(12, lora.directions().numRows);
        CandidateFactors writes = (CandidateFactors) run("factors", "--update", "dW", "--writes", "--top", "2");
        assertEquals(20, writes.directions().numRows);
        assertEquals(8, ((CandidateFactors) run("factors", "--update", "dW", "--writes")).count());
    }

    @Test
    void factorsCompareWithAReferenceAndThePretrainedWeights() throws Exception {
        variables.put("dW", CommonOps_DDRM.diag(3, 2, 1));
        variables.put("u", new double[] {0, 1, 0});
        variables.put("W0", CommonOps_DDRM.identity(3));
        CandidateFactors f = (CandidateFactors) run("factors", "--update", "dW", "--reference", "u", "--base", "W0");
        assertArrayEquals(new double[] {0, 1, 0}, f.referenceCosines(), 1e-12);
        assertArrayEquals(new double[] {1, 1, 1}, f.baseReading(), 1e-12);
        assertEquals(3, f.table().rowCount());
        assertEquals(6, f.table().columnCount());
    }

    @Test
    void factorsExplainWhatIsMissingOrWrong() {
        variables.put("dW", CommonOps_DDRM.diag(3, 2, 1));
        variables.put("zero", new DMatrixRMaj(4, 4));
        assertEquals("give either --update dW, or --lora-a A with --lora-b B",
                assertThrows(UserError.class, () -> run("factors")).getMessage());
        assertEquals("give either --update dW, or --lora-a A with --lora-b B",
                assertThrows(UserError.class, () -> run("factors", "--update", "dW", "--lora-a", "dW")).getMessage());
        assertEquals("a LoRA update needs both --lora-a and --lora-b",
                assertThrows(UserError.class, () -> run("factors", "--lora-a", "dW")).getMessage());
        assertEquals("--top must be in [1, 3] for this update but is 5",
                assertThrows(UserError.class, () -> run("factors", "--update", "dW", "--top", "5")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> run("factors", "--update", "zero")).getMessage()
                .startsWith("the weight update is zero everywhere"));
        assertThrows(UserError.class, () -> run("factors", "--update", "missing.npy"));
        assertThrows(UserError.class, () -> run());
    }

    @Test
    void runAndSweepBuildTheirSpecsFromTheOptions() throws Exception {
        String[] small = {"--dim", "16", "--classes", "2", "--nuisance", "1", "--hidden", "12", "--rank", "4", "--epochs", "2",
            "--pretrain", "200", "--pretrain-epochs", "2", "--train", "100", "--test", "50", "--seed", "4"};
        String[] runArgs = new String[small.length + 3];
        runArgs[0] = "run";
        System.arraycopy(small, 0, runArgs, 1, small.length);
        runArgs[small.length + 1] = "--agreement";
        runArgs[small.length + 2] = "0.8";
        GraspReport r = assertInstanceOf(GraspReport.class, run(runArgs));
        assertEquals(0.8, r.spec().agreement());
        assertEquals(16, r.spec().world().dimension());
        assertEquals(4, r.factors().count());
        assertEquals(Method.values().length, r.table().rowCount());
        String[] sweepArgs = new String[small.length + 3];
        sweepArgs[0] = "sweep";
        System.arraycopy(small, 0, sweepArgs, 1, small.length);
        sweepArgs[small.length + 1] = "--agreements";
        sweepArgs[small.length + 2] = "0.6,0.9";
        SweepReport s = assertInstanceOf(SweepReport.class, run(sweepArgs));
        assertArrayEquals(new double[] {0.6, 0.9}, s.agreements());
        assertEquals(2, s.table().rowCount());
        assertEquals(GraspSpec.defaults().tune().learningRate(), s.spec().tune().learningRate());
        assertThrows(IllegalArgumentException.class, () -> run("run", "--classes", "3"));
    }
}
