package lab.subspace.magics.deblur;

/**
 * Structural similarity as defined by Wang, Bovik, Sheikh and Simoncelli, "Image quality
 * assessment: from error visibility to structural similarity", IEEE TIP 13(4), 2004: local means,
 * variances and covariance under an 11 x 11 Gaussian window (sigma 1.5, weights summing to 1),
 * constants {@code C1 = (0.01 L)^2}, {@code C2 = (0.03 L)^2} for the data range {@code L}, and the
 * mean of the SSIM map over the windows that fit inside the image (MATLAB {@code filter2 'valid'},
 * as in the authors' {@code ssim_index.m}; no automatic downsampling). This equals
 * scikit-image's {@code structural_similarity(gaussian_weights=True, sigma=1.5,
 * use_sample_covariance=False, data_range=L)}, whose border crop removes the same pixels.
 *
 * <pre>{@code
 * double s = Ssim.ssim(truth, restored, 1.0);   // 1 for identical images
 * }</pre>
 */
public final class Ssim {

    public static final int WINDOW = 11;
    public static final double SIGMA = 1.5;
    public static final double K1 = 0.01;
    public static final double K2 = 0.03;

    private Ssim() {
    }

    /** Mean SSIM of {@code estimate} against {@code reference}, for images with values in a range of width {@code dataRange}. */
    public static double ssim(double[][] reference, double[][] estimate, double dataRange) {
        double[][] m = map(reference, estimate, dataRange);
        double sum = 0;
        for (double[] row : m) {
            for (double v : row) {
                sum += v;
            }
        }
        return sum / (m.length * m[0].length);
    }

    /**
     * The local SSIM at every window position: {@code (rows - 10) x (cols - 10)} values.
     *
     * @throws IllegalArgumentException when the images differ in shape, are smaller than the
     *                                  window, are not finite, or {@code dataRange <= 0}
     */
    public static double[][] map(double[][] reference, double[][] estimate, double dataRange) {
        if (!(dataRange > 0) || Double.isInfinite(dataRange)) {
            throw new IllegalArgumentException("dataRange must be finite and > 0 but is " + dataRange);
        }
        double[][] x = ImageQuality.checked("reference", reference);
        double[][] y = ImageQuality.checked("estimate", estimate);
        ImageQuality.sameShape(x, y);
        if (x.length < WINDOW || x[0].length < WINDOW) {
            throw new IllegalArgumentException("SSIM needs images of at least " + WINDOW + " x " + WINDOW + " pixels but they are "
                    + x.length + " x " + x[0].length);
        }
        int rows = x.length;
        int cols = x[0].length;
        double[][] xx = new double[rows][cols];
        double[][] yy = new double[rows][cols];
        double[][] xy = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                xx[i][j] = x[i][j] * x[i][j];
                yy[i][j] = y[i][j] * y[i][j];
                xy[i][j] = x[i][j] * y[i][j];
            }
        }
        double[] w = window();
        double[][] mx = filterValid(x, w);
        double[][] my = filterValid(y, w);
        double[][] sxx = filterValid(xx, w);
        double[][] syy = filterValid(yy, w);
        double[][] sxy = filterValid(xy, w);
        double c1 = (K1 * dataRange) * (K1 * dataRange);
        double c2 = (K2 * dataRange) * (K2 * dataRange);
        double[][] out = new double[mx.length][mx[0].length];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < out[0].length; j++) {
                double ux = mx[i][j];
                double uy = my[i][j];
                double vx = sxx[i][j] - ux * ux;
                double vy = syy[i][j] - uy * uy;
                double cov = sxy[i][j] - ux * uy;
                out[i][j] = (2 * ux * uy + c1) * (2 * cov + c2) / ((ux * ux + uy * uy + c1) * (vx + vy + c2));
            }
        }
        return out;
    }

    /** The 1-D factor of the Gaussian window (the 2-D window is its outer product), summing to 1. */
    public static double[] window() {
        double[] w = new double[WINDOW];
        double sum = 0;
        for (int k = 0; k < WINDOW; k++) {
            double d = k - WINDOW / 2;
            w[k] = Math.exp(-d * d / (2 * SIGMA * SIGMA));
            sum += w[k];
        }
        for (int k = 0; k < WINDOW; k++) {
            w[k] /= sum;
        }
        return w;
    }

    /** Separable weighted sums over every window that fits inside the image. */
    private static double[][] filterValid(double[][] a, double[] w) {
        int rows = a.length - WINDOW + 1;
        int cols = a[0].length - WINDOW + 1;
        double[][] horizontal = new double[a.length][cols];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < cols; j++) {
                double s = 0;
                for (int k = 0; k < WINDOW; k++) {
                    s += w[k] * a[i][j + k];
                }
                horizontal[i][j] = s;
            }
        }
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double s = 0;
                for (int k = 0; k < WINDOW; k++) {
                    s += w[k] * horizontal[i + k][j];
                }
                out[i][j] = s;
            }
        }
        return out;
    }
}
