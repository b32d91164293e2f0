package lab.subspace.magics.deblur;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code %deblur}: Physen-Noise2Noise experiments. Sub-commands: {@code run} (one scene, every
 * method), {@code bias} (sweep of the sensor bias), {@code light} (sweep of the light level),
 * {@code restore} (your own frames).
 */
@Command(name = "deblur", description = "Physen-Noise2Noise: self-supervised defocus deblurring with noise-bias correction.",
        subcommands = {DeblurMagic.Run.class, DeblurMagic.Bias.class, DeblurMagic.Light.class, DeblurMagic.Restore.class})
public final class DeblurMagic implements Magic {

    @Override
    public Object run(MagicContext context) {
        throw new UserError("choose an experiment: %deblur run | bias | light | restore (see %deblur --help)");
    }

    @Command(name = "run", defaultValueProvider = DeblurDefaults.class, description = "One scene (generated, or --image) through every method: table, images, curves.")
    public static final class Run implements Magic {
        @Mixin
        DeblurOptions.SetupOptions setup = new DeblurOptions.SetupOptions();

        @Option(names = "--image", paramLabel = "REF",
                description = "Your clean scene instead of a generated one: a PNG, a .npy/.csv file or a variable.")
        String image;

        @Override
        public DeblurReport run(MagicContext context) {
            DeblurSetup chosen = setup.setup(context);
            if (image == null) {
                return DeblurExperiment.run(chosen);
            }
            return DeblurExperiment.run(Scenes.normalize(image, ImageInputs.image(context, "--image", image)), chosen);
        }
    }

    @Command(name = "bias", defaultValueProvider = DeblurDefaults.class, description = "Sweep the sensor bias b: bias left by each method, estimated vs true b.")
    public static final class Bias implements Magic {
        @Mixin
        DeblurOptions.SetupOptions setup = new DeblurOptions.SetupOptions();

        @Option(names = "--biases", split = ",", defaultValue = "-0.2,-0.1,0,0.1,0.2,0.3", paramLabel = "B",
                description = "Biases to try (default ${DEFAULT-VALUE}).")
        double[] biases;

        @Option(names = "--repeats", defaultValue = "3", description = "Scenes per bias (default ${DEFAULT-VALUE}).")
        int repeats;

        @Override
        public BiasSweepReport run(MagicContext context) {
            return BiasSweep.run(setup.setup(context), biases, repeats);
        }
    }

    @Command(name = "light", defaultValueProvider = DeblurDefaults.class, description = "Sweep the light level: PSNR and SSIM of every method from bright to very dark.")
    public static final class Light implements Magic {
        @Mixin
        DeblurOptions.SetupOptions setup = new DeblurOptions.SetupOptions();

        @Option(names = "--levels", split = ",", defaultValue = "3,10,30,100,300", paramLabel = "PHOTONS",
                description = "Photons of a white pixel at exposure 1 (default ${DEFAULT-VALUE}).")
        double[] levels;

        @Option(names = "--repeats", defaultValue = "2", description = "Scenes per level (default ${DEFAULT-VALUE}).")
        int repeats;

        @Override
        public LightSweepReport run(MagicContext context) {
            return LightSweep.run(setup.setup(context), levels, repeats);
        }
    }

    @Command(name = "restore", defaultValueProvider = DeblurDefaults.class, description = "Your own noisy frames: plain Noise2Noise and Physen-N2N (no clean image needed).")
    public static final class Restore implements Magic {
        @Mixin
        DeblurOptions.PsfOptions psf = new DeblurOptions.PsfOptions();
        @Mixin
        DeblurOptions.TrainingOptions training = new DeblurOptions.TrainingOptions();

        @Option(names = "--input", required = true, paramLabel = "REF",
                description = "The frames: image files separated by commas, a 3-D .npy stack [frame][row][col], or a variable.")
        String input;

        @Option(names = "--exposures", split = ",", paramLabel = "T",
                description = "Exposure time of each frame (default all 1; 0 = dark frame). Two or more distinct values let Physen-N2N estimate the bias.")
        double[] exposures;

        @Override
        public RestoreReport run(MagicContext context) {
            NoisyFrames frames = ImageInputs.frames(context, "--input", input, exposures);
            return FrameRestore.run(frames, psf.psf(context), training.options());
        }
    }
}
