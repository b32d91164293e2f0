package lab.subspace.magics.deblur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import lab.subspace.data.Npy;
import lab.subspace.data.NpyArray;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.MagicHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeblurMagicTest {

    @TempDir
    Path dir;

    private Object run(Map<String, Object> variables, String... args) throws Exception {
        return new MagicHarness("deblur", dir, variables).run(new DeblurMagic(), args);
    }

    @Test
    void runUsesTheApiDefaultsUnlessOverridden() throws Exception {
        DeblurReport r = (DeblurReport) run(Map.of(), "run", "--size", "32", "--pretrain-scenes", "0", "--photons", "30");
        DeblurSetup defaults = DeblurSetup.defaults();
        assertEquals(30, r.setup().sensor().photons());
        assertEquals(defaults.sensor().bias(), r.setup().sensor().bias());
        assertEquals(defaults.sensor().readNoise(), r.setup().sensor().readNoise());
        assertEquals(defaults.training(), r.setup().training());
        assertEquals(defaults.psf().name(), r.setup().psf().name());
        assertEquals(8, r.frames().count());
        assertEquals(5, r.results().size());
    }

    @Test
    void runTakesTheUsersSceneAndKernel() throws Exception {
        double[][] scene = Scenes.generate(24, 24, 3);
        double[][] kernel = {{0, 1, 0}, {1, 4, 1}, {0, 1, 0}};
        DeblurReport r = (DeblurReport) run(Map.of("scene", scene, "k", kernel), "run", "--image", "scene", "--psf-kernel", "k",
                "--pretrain-scenes", "0", "--exposures", "1,0.5,0.25", "--epochs", "50");
        assertEquals(24, r.truth().length);
        assertEquals(0.5, r.setup().psf().kernel()[1][1], 1e-12);
        assertEquals(3, r.frames().count());
        assertEquals(50 + 1, r.result(Method.PHYSEN).training().loss().length);
        assertThrows(IllegalArgumentException.class, () -> run(Map.of(), "run", "--frames", "4", "--exposures", "1,0.5"));
    }

    @Test
    void sweepsParseTheirLists() throws Exception {
        BiasSweepReport b = (BiasSweepReport) run(Map.of(), "bias", "--size", "24", "--biases=-0.1,0.2", "--repeats", "1", "--epochs", "30");
        assertEquals(-0.1, b.biases()[0]);
        LightSweepReport l = (LightSweepReport) run(Map.of(), "light", "--size", "24", "--levels", "5,50", "--repeats", "1",
                "--pretrain-scenes", "0", "--epochs", "30", "--psf", "gaussian", "--sigma", "1");
        assertEquals(2, l.photons().length);
        assertTrue(l.base().psf().name().startsWith("gaussian"));
    }

    @Test
    void restoreReadsFramesFromVariablesImageFilesAndNpyStacks() throws Exception {
        Sensor sensor = new Sensor(30, 0.02, 0.1);
        NoisyFrames sim = Defocus.simulate(Scenes.generate(24, 24, 5), Psf.disk(2), sensor, new double[] {1, 0.5, 0.25}, 5).frames();
        double[][][] stack = {sim.frame(0), sim.frame(1), sim.frame(2)};
        RestoreReport fromVariable = (RestoreReport) run(Map.of("frames", stack), "restore", "--input", "frames",
                "--exposures", "1,0.5,0.25", "--radius", "2", "--epochs", "50");
        assertEquals(3, fromVariable.trainings().size());

        double[] flat = new double[3 * 24 * 24];
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < 24; i++) {
                System.arraycopy(stack[k][i], 0, flat, (k * 24 + i) * 24, 24);
            }
        }
        Npy.write(dir.resolve("stack.npy"), NpyArray.of(flat, 3, 24, 24), Npy.Precision.FLOAT64);
        RestoreReport fromNpy = (RestoreReport) run(Map.of(), "restore", "--input", "stack.npy", "--exposures", "1,0.5,0.25",
                "--radius", "2", "--epochs", "50");
        assertEquals(fromVariable.trainings().get(2).biasEstimate(), fromNpy.trainings().get(2).biasEstimate(), 1e-12);

        for (int k = 0; k < 2; k++) {
            BufferedImage img = new BufferedImage(24, 24, BufferedImage.TYPE_BYTE_GRAY);
            for (int i = 0; i < 24; i++) {
                for (int j = 0; j < 24; j++) {
                    img.getRaster().setSample(j, i, 0, (int) Math.round(255 * Math.max(0, Math.min(1, stack[k][i][j]))));
                }
            }
            ImageIO.write(img, "png", dir.resolve("f" + k + ".png").toFile());
        }
        RestoreReport fromPng = (RestoreReport) run(Map.of(), "restore", "--input", "f0.png,f1.png", "--radius", "2", "--epochs", "50");
        assertEquals(1, fromPng.trainings().size(), "equal exposures by default: plain Noise2Noise only");
    }

    @Test
    void mistakesAreOneLineErrors() {
        assertThrows(UserError.class, () -> run(Map.of(), new String[0]));
        assertThrows(UserError.class, () -> run(Map.of(), "restore", "--input", "nothing.npy"));
        assertThrows(UserError.class, () -> run(Map.of("x", "text"), "restore", "--input", "x"));
        assertThrows(UserError.class, () -> run(Map.of(), "restore", "--input", "one.png"));
    }
}
