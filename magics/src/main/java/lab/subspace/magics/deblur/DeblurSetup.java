package lab.subspace.magics.deblur;

import java.util.Arrays;
import java.util.Locale;

/**
 * Everything an experiment needs besides the scene: size, optics, sensor, exposures, training
 * options, the size of the pretraining corpus and the seed. Immutable; {@code with...} returns a
 * changed copy.
 *
 * <pre>{@code
 * DeblurSetup s = DeblurSetup.defaults().withPhotons(5).withBias(0.2).withSeed(3);
 * }</pre>
 *
 * @param size           side of the generated scenes in pixels
 * @param psf            the defocus PSF
 * @param sensor         the sensor (photons, read noise, bias)
 * @param exposures      one exposure time per frame
 * @param training       how the filters are trained
 * @param pretrainScenes generated scenes whose noisy frames form the pretraining corpus (0 = no
 *                       pretrain-finetune variant)
 * @param seed           seed of the scene, the noise and the corpus
 */
public record DeblurSetup(int size, Psf psf, Sensor sensor, double[] exposures, TrainOptions training, int pretrainScenes,
                          long seed) {

    /** Radius of the default disk PSF, in pixels. */
    public static final double DISK_RADIUS = 2.5;

    public DeblurSetup {
        if (size < NoisyFrames.MIN_SIDE || size > Scenes.MAX_SIDE) {
            throw new IllegalArgumentException("size must be in " + NoisyFrames.MIN_SIDE + ".." + Scenes.MAX_SIDE + " but is " + size);
        }
        if (psf == null || sensor == null || training == null) {
            throw new IllegalArgumentException("psf, sensor and training must not be null");
        }
        if (exposures == null || exposures.length < 2) {
            throw new IllegalArgumentException("Need at least 2 frames but got " + (exposures == null ? 0 : exposures.length) + " exposures");
        }
        exposures = exposures.clone();
        if (pretrainScenes < 0 || pretrainScenes > 100) {
            throw new IllegalArgumentException("pretrainScenes must be in 0..100 but is " + pretrainScenes);
        }
    }

    /**
     * 64 x 64 scenes, disk PSF of radius 2.5, 10 photons at white (low light), read noise 0.02,
     * bias 0.1, 8 frames with exposures spread over [0.5, 1.5], default training, 6 pretraining
     * scenes, seed 0.
     */
    public static DeblurSetup defaults() {
        return new DeblurSetup(64, Psf.disk(DISK_RADIUS), new Sensor(10, 0.02, 0.1), Defocus.spread(8), TrainOptions.defaults(), 6, 0);
    }

    @Override
    public double[] exposures() {
        return exposures.clone();
    }

    public DeblurSetup withSize(int s) {
        return new DeblurSetup(s, psf, sensor, exposures, training, pretrainScenes, seed);
    }

    public DeblurSetup withPsf(Psf p) {
        return new DeblurSetup(size, p, sensor, exposures, training, pretrainScenes, seed);
    }

    public DeblurSetup withSensor(Sensor s) {
        return new DeblurSetup(size, psf, s, exposures, training, pretrainScenes, seed);
    }

    public DeblurSetup withBias(double b) {
        return withSensor(sensor.withBias(b));
    }

    public DeblurSetup withPhotons(double p) {
        return withSensor(sensor.withPhotons(p));
    }

    public DeblurSetup withExposures(double[] t) {
        return new DeblurSetup(size, psf, sensor, t, training, pretrainScenes, seed);
    }

    public DeblurSetup withTraining(TrainOptions o) {
        return new DeblurSetup(size, psf, sensor, exposures, o, pretrainScenes, seed);
    }

    public DeblurSetup withPretrainScenes(int n) {
        return new DeblurSetup(size, psf, sensor, exposures, training, n, seed);
    }

    public DeblurSetup withSeed(long s) {
        return new DeblurSetup(size, psf, sensor, exposures, training, pretrainScenes, s);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DeblurSetup[%d px, %s, photons %s, read noise %s, bias %s, exposures %s, seed %d]", size,
                psf.name(), sensor.photons(), sensor.readNoise(), sensor.bias(), Arrays.toString(exposures), seed);
    }
}
