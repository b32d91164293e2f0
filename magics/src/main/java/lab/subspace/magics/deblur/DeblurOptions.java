package lab.subspace.magics.deblur;

import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The option groups shared by the {@code %deblur} sub-commands (picocli mixins). Their defaults
 * come from {@link DeblurSetup#defaults()} and {@link TrainOptions#defaults()} through
 * {@link DeblurDefaults}.
 */
public final class DeblurOptions {

    private DeblurOptions() {
    }

    /** Which defocus PSF. */
    public enum PsfKind {
        disk, gaussian
    }

    /** The PSF: a disk or a Gaussian, or the user's own kernel. */
    public static final class PsfOptions {
        @Option(names = "--psf", defaultValue = "disk", description = "Defocus PSF: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
        PsfKind kind;

        @Option(names = "--radius", description = "Disk radius in pixels (default ${DEFAULT-VALUE}).")
        double radius;

        @Option(names = "--sigma", description = "Gaussian sigma in pixels (default ${DEFAULT-VALUE}).")
        double sigma;

        @Option(names = "--psf-kernel", paramLabel = "REF",
                description = "Your own PSF instead: a PNG, a .npy/.csv file or a variable (rescaled to sum 1).")
        String kernel;

        Psf psf(MagicContext context) {
            if (kernel != null) {
                return Psf.of(kernel, ImageInputs.image(context, "--psf-kernel", kernel));
            }
            return kind == PsfKind.disk ? Psf.disk(radius) : Psf.gaussian(sigma);
        }
    }

    /** Adam training of the learned filter. */
    public static final class TrainingOptions {
        @Option(names = "--epochs", description = "Adam epochs (default ${DEFAULT-VALUE}).")
        int epochs;

        @Option(names = "--lr", description = "Initial learning rate, cosine-decayed (default ${DEFAULT-VALUE}).")
        double learningRate;

        @Option(names = "--knots", description = "Knots of the learned noise-to-signal profile (default ${DEFAULT-VALUE}).")
        int knots;

        @Option(names = "--finetune-epochs", description = "Finetuning epochs of pretrain-finetune (default ${DEFAULT-VALUE}).")
        int finetuneEpochs;

        @Option(names = "--finetune-weight",
                description = "Weight of the pull towards the pretrained parameters when finetuning (default ${DEFAULT-VALUE}).")
        double finetuneWeight;

        TrainOptions options() {
            return new TrainOptions(epochs, learningRate, knots, finetuneEpochs, finetuneWeight);
        }
    }

    /** The simulated capture: scene size, frames, exposures, sensor, pretraining corpus, seed. */
    public static final class CaptureOptions {
        @Option(names = "--size", description = "Side of generated scenes in pixels (default ${DEFAULT-VALUE}).")
        int size;

        @Option(names = "--frames", paramLabel = "K", description = "Number of frames K (default 8, or the number of --exposures).")
        Integer frames;

        @Option(names = "--exposures", split = ",", paramLabel = "T",
                description = "Exposure time of each frame (default: K values spread over 0.5..1.5; 0 = dark frame).")
        double[] exposures;

        @Option(names = "--photons", description = "Photons of a white pixel at exposure 1 (default ${DEFAULT-VALUE}).")
        double photons;

        @Option(names = "--read-noise", description = "Gaussian read noise sd (default ${DEFAULT-VALUE}).")
        double readNoise;

        @Option(names = "--bias", description = "Sensor bias b added to every pixel (default ${DEFAULT-VALUE}).")
        double bias;

        @Option(names = "--pretrain-scenes",
                description = "Other scenes whose noisy frames pretrain the pretrain-finetune variant; 0 skips it (default ${DEFAULT-VALUE}).")
        int pretrainScenes;

        @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;

        DeblurSetup setup(Psf psf, TrainOptions training) {
            if (exposures != null && frames != null && exposures.length != frames) {
                throw new IllegalArgumentException("--frames " + frames + " but " + exposures.length + " --exposures were given");
            }
            double[] t = exposures != null ? exposures : Defocus.spread(frames == null ? 8 : frames);
            return new DeblurSetup(size, psf, new Sensor(photons, readNoise, bias), t, training, pretrainScenes, seed);
        }
    }

    /** PSF, capture and training together: what the simulated experiments ({@code run}, {@code bias}, {@code light}) start from. */
    public static final class SetupOptions {
        @Mixin
        PsfOptions psf = new PsfOptions();
        @Mixin
        CaptureOptions capture = new CaptureOptions();
        @Mixin
        TrainingOptions training = new TrainingOptions();

        DeblurSetup setup(MagicContext context) {
            return capture.setup(psf.psf(context), training.options());
        }
    }
}
