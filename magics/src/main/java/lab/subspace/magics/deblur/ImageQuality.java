package lab.subspace.magics.deblur;

/**
 * Full-reference image quality for scenes in [0, 1] (data range 1): PSNR, SSIM (see
 * {@link Ssim}), RMSE and the mean error, whose sign and size show a bias left in the restoration.
 *
 * <pre>{@code
 * Quality q = ImageQuality.of(truth, restored);
 * q.psnr();   // dB
 * }</pre>
 */
public final class ImageQuality {

    private ImageQuality() {
    }

    /** All four measures of {@code estimate} against {@code truth}, for a data range of 1. */
    public static Quality of(double[][] truth, double[][] estimate) {
        double rmse = rmse(truth, estimate);
        return new Quality(psnr(truth, estimate), Ssim.ssim(truth, estimate, 1.0), rmse, meanError(truth, estimate));
    }

    /** {@code 10 log10(1 / MSE)} in dB: the data range is 1. Infinite for identical images. */
    public static double psnr(double[][] truth, double[][] estimate) {
        double r = rmse(truth, estimate);
        return -20 * Math.log10(r);
    }

    public static double rmse(double[][] truth, double[][] estimate) {
        double[][] x = checked("truth", truth);
        double[][] y = checked("estimate", estimate);
        sameShape(x, y);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[0].length; j++) {
                double d = y[i][j] - x[i][j];
                s += d * d;
            }
        }
        return Math.sqrt(s / (x.length * x[0].length));
    }

    /** Mean of {@code estimate - truth}: an uncorrected bias b shows up here as about b. */
    public static double meanError(double[][] truth, double[][] estimate) {
        double[][] x = checked("truth", truth);
        double[][] y = checked("estimate", estimate);
        sameShape(x, y);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[0].length; j++) {
                s += y[i][j] - x[i][j];
            }
        }
        return s / (x.length * x[0].length);
    }

    static double[][] checked(String what, double[][] a) {
        if (a == null || a.length == 0 || a[0] == null || a[0].length == 0) {
            throw new IllegalArgumentException(what + " is empty");
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null || a[i].length != a[0].length) {
                throw new IllegalArgumentException(what + " is not rectangular: row 0 has " + a[0].length + " values but row " + i
                        + " has " + (a[i] == null ? 0 : a[i].length));
            }
            for (int j = 0; j < a[i].length; j++) {
                if (!Double.isFinite(a[i][j])) {
                    throw new IllegalArgumentException(what + " has a non-finite value " + a[i][j] + " at (" + i + ", " + j + ")");
                }
            }
        }
        return a;
    }

    static void sameShape(double[][] x, double[][] y) {
        if (x.length != y.length || x[0].length != y[0].length) {
            throw new IllegalArgumentException("Images differ in shape: " + x.length + " x " + x[0].length + " vs "
                    + y.length + " x " + y[0].length);
        }
    }
}
