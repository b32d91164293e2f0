package lab.subspace.magics.deblur;

/**
 * One method's restoration of a simulated scene.
 *
 * @param method         name shown in tables and captions
 * @param image          the restored scene (copied in and out)
 * @param quality        PSNR / SSIM / RMSE / mean error against the clean scene
 * @param biasEstimate   the estimated bias, NaN when the method does not estimate one
 * @param selfSupervised true when the method saw only noisy frames and the PSF
 * @param training       the training record, or null for the references (Wiener, averaged frames)
 */
public record MethodResult(String method, double[][] image, Quality quality, double biasEstimate, boolean selfSupervised,
                           Training training) {

    public MethodResult {
        image = Psf.copy(image);
    }

    @Override
    public double[][] image() {
        return Psf.copy(image);
    }
}
