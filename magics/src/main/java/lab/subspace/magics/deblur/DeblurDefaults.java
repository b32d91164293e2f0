package lab.subspace.magics.deblur;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Default values of the {@code %deblur} options, read from {@link DeblurSetup#defaults()} and
 * {@link TrainOptions#defaults()} so that the magic and the Java API never disagree.
 */
public final class DeblurDefaults implements IDefaultValueProvider {

    /** Default sigma of the Gaussian PSF, in pixels. */
    static final double GAUSSIAN_SIGMA = 1.5;

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (!(argSpec instanceof OptionSpec option)) {
            return null;
        }
        DeblurSetup setup = DeblurSetup.defaults();
        TrainOptions training = TrainOptions.defaults();
        return switch (option.longestName()) {
            case "--radius" -> String.valueOf(DeblurSetup.DISK_RADIUS);
            case "--sigma" -> String.valueOf(GAUSSIAN_SIGMA);
            case "--size" -> String.valueOf(setup.size());
            case "--photons" -> String.valueOf(setup.sensor().photons());
            case "--read-noise" -> String.valueOf(setup.sensor().readNoise());
            case "--bias" -> String.valueOf(setup.sensor().bias());
            case "--pretrain-scenes" -> String.valueOf(setup.pretrainScenes());
            case "--seed" -> String.valueOf(setup.seed());
            case "--epochs" -> String.valueOf(training.epochs());
            case "--lr" -> String.valueOf(training.learningRate());
            case "--knots" -> String.valueOf(training.knots());
            case "--finetune-epochs" -> String.valueOf(training.finetuneEpochs());
            case "--finetune-weight" -> String.valueOf(training.finetuneWeight());
            default -> null;
        };
    }
}
