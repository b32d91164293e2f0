package lab.subspace.magics.deblur;

import java.time.Duration;

import lab.subspace.display.Progress;

/**
 * Every method from bright to very dark: {@link DeblurExperiment} at each photon level, averaged
 * over a few scenes (repeat r uses seed {@code base.seed() + r}, the same scenes at every level).
 *
 * <pre>{@code
 * LightSweepReport r = LightSweep.run(DeblurSetup.defaults(), new double[] {3, 10, 30, 100}, 2);
 * }</pre>
 */
public final class LightSweep {

    private LightSweep() {
    }

    /**
     * @param base    everything but the light level
     * @param photons photon counts of a white pixel at exposure 1 (at least 2 levels)
     * @param repeats scenes per level (1..50)
     */
    public static LightSweepReport run(DeblurSetup base, double[] photons, int repeats) {
        if (photons == null || photons.length < 2) {
            throw new IllegalArgumentException("A light sweep needs at least 2 photon levels");
        }
        if (repeats < 1 || repeats > 50) {
            throw new IllegalArgumentException("repeats must be in 1..50 but is " + repeats);
        }
        String[] methods = null;
        double[][] psnr = null;
        double[][] ssim = null;
        try (Progress progress = Progress.start("light sweep", (long) photons.length * repeats, Duration.ofSeconds(1))) {
            for (int i = 0; i < photons.length; i++) {
                for (int r = 0; r < repeats; r++) {
                    DeblurReport report = DeblurExperiment.run(base.withPhotons(photons[i]).withSeed(base.seed() + r));
                    if (methods == null) {
                        methods = report.results().stream().map(MethodResult::method).toArray(String[]::new);
                        psnr = new double[methods.length][photons.length];
                        ssim = new double[methods.length][photons.length];
                    }
                    for (int k = 0; k < methods.length; k++) {
                        Quality q = report.result(methods[k]).quality();
                        psnr[k][i] += q.psnr() / repeats;
                        ssim[k][i] += q.ssim() / repeats;
                    }
                    progress.step();
                }
            }
        }
        return new LightSweepReport(base, photons, repeats, java.util.List.of(methods), psnr, ssim);
    }
}
