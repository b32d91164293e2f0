package lab.subspace.magics.deblur;

/**
 * Quality of a restoration against the clean scene (data range 1).
 *
 * @param psnr      peak signal-to-noise ratio in dB
 * @param ssim      mean structural similarity (Wang et al. 2004)
 * @param rmse      root mean squared error
 * @param meanError mean of restored minus clean: the bias left in the restoration
 */
public record Quality(double psnr, double ssim, double rmse, double meanError) {
}
