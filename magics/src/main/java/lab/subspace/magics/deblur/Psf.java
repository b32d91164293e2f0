package lab.subspace.magics.deblur;

import java.util.Locale;

/**
 * A defocus point-spread function: a non-negative kernel that sums to 1, centred at
 * {@code (rows / 2, cols / 2)}. Summing to 1 is the physics the method relies on: blur moves light
 * around but keeps all of it, so the optical transfer function has {@code H(0) = 1}.
 *
 * <pre>{@code
 * Psf disk = Psf.disk(3.0);          // uniform disk (geometric defocus), radius 3 px
 * Psf gauss = Psf.gaussian(1.5);     // Gaussian, sigma 1.5 px
 * Psf mine = Psf.of("measured", k);  // a measured kernel, rescaled to sum 1
 * }</pre>
 *
 * @param name   shown in tables and captions
 * @param kernel the weights, {@code kernel[row][col]}; a copy is kept and returned
 */
public record Psf(String name, double[][] kernel) {

    private static final int SUBSAMPLES = 16;

    public Psf {
        kernel = normalised(name, kernel);
    }

    /**
     * A uniform disk of the given radius, anti-aliased by the fraction of each pixel inside the
     * circle: the geometric-optics image of a point out of focus.
     *
     * @throws IllegalArgumentException unless {@code 0.5 <= radius <= 64}
     */
    public static Psf disk(double radius) {
        if (!(radius >= 0.5 && radius <= 64)) {
            throw new IllegalArgumentException("Disk radius must be in [0.5, 64] pixels but is " + radius);
        }
        int half = (int) Math.ceil(radius);
        double[][] k = new double[2 * half + 1][2 * half + 1];
        for (int i = 0; i < k.length; i++) {
            for (int j = 0; j < k.length; j++) {
                int inside = 0;
                for (int a = 0; a < SUBSAMPLES; a++) {
                    double y = i - half - 0.5 + (a + 0.5) / SUBSAMPLES;
                    for (int b = 0; b < SUBSAMPLES; b++) {
                        double x = j - half - 0.5 + (b + 0.5) / SUBSAMPLES;
                        if (x * x + y * y <= radius * radius) {
                            inside++;
                        }
                    }
                }
                k[i][j] = inside;
            }
        }
        return new Psf(String.format(Locale.ROOT, "disk r=%s", trim(radius)), k);
    }

    /**
     * A Gaussian of standard deviation {@code sigma}, cut at 3 sigma: the usual smooth model of
     * defocus combined with lens aberrations.
     *
     * @throws IllegalArgumentException unless {@code 0.3 <= sigma <= 20}
     */
    public static Psf gaussian(double sigma) {
        if (!(sigma >= 0.3 && sigma <= 20)) {
            throw new IllegalArgumentException("Gaussian sigma must be in [0.3, 20] pixels but is " + sigma);
        }
        int half = (int) Math.ceil(3 * sigma);
        double[][] k = new double[2 * half + 1][2 * half + 1];
        for (int i = 0; i < k.length; i++) {
            for (int j = 0; j < k.length; j++) {
                double d2 = (i - half) * (i - half) + (j - half) * (j - half);
                k[i][j] = Math.exp(-d2 / (2 * sigma * sigma));
            }
        }
        return new Psf(String.format(Locale.ROOT, "gaussian sigma=%s", trim(sigma)), k);
    }

    /**
     * A measured or hand-made kernel, rescaled to sum 1.
     *
     * @throws IllegalArgumentException when it is empty, ragged, not finite, has a negative weight
     *                                  or sums to 0
     */
    public static Psf of(String name, double[][] kernel) {
        return new Psf(name, kernel);
    }

    @Override
    public double[][] kernel() {
        return copy(kernel);
    }

    public int rows() {
        return kernel.length;
    }

    public int cols() {
        return kernel[0].length;
    }

    /**
     * The optical transfer function on a {@code rows x cols} grid: the spectrum of the kernel
     * placed with its centre on pixel (0, 0) (periodic boundary), as interleaved complex values in
     * the layout of the package's spectra. {@code H(0) = 1} up to rounding.
     *
     * @throws IllegalArgumentException when the kernel is larger than the grid
     */
    public double[] otf(int rows, int cols) {
        if (kernel.length > rows || kernel[0].length > cols) {
            throw new IllegalArgumentException("PSF '" + name + "' is " + kernel.length + " x " + kernel[0].length
                    + " but the image is only " + rows + " x " + cols);
        }
        int ci = kernel.length / 2;
        int cj = kernel[0].length / 2;
        double[][] placed = new double[rows][cols];
        for (int i = 0; i < kernel.length; i++) {
            for (int j = 0; j < kernel[0].length; j++) {
                placed[Math.floorMod(i - ci, rows)][Math.floorMod(j - cj, cols)] += kernel[i][j];
            }
        }
        return new Fft2(rows, cols).forward(placed);
    }

    @Override
    public String toString() {
        return "Psf[" + name + ", " + kernel.length + " x " + kernel[0].length + "]";
    }

    private static double[][] normalised(String name, double[][] kernel) {
        String what = "PSF '" + name + "'";
        if (kernel == null || kernel.length == 0 || kernel[0] == null || kernel[0].length == 0) {
            throw new IllegalArgumentException(what + " is empty");
        }
        int cols = kernel[0].length;
        double sum = 0;
        for (int i = 0; i < kernel.length; i++) {
            if (kernel[i] == null || kernel[i].length != cols) {
                throw new IllegalArgumentException(what + " is not rectangular: row 0 has " + cols + " values but row " + i
                        + " has " + (kernel[i] == null ? 0 : kernel[i].length));
            }
            for (int j = 0; j < cols; j++) {
                double v = kernel[i][j];
                if (!Double.isFinite(v) || v < 0) {
                    throw new IllegalArgumentException(what + " must have finite, non-negative weights but has " + v
                            + " at (" + i + ", " + j + ")");
                }
                sum += v;
            }
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException(what + " sums to 0: a PSF must carry the light somewhere");
        }
        double[][] out = new double[kernel.length][cols];
        for (int i = 0; i < kernel.length; i++) {
            for (int j = 0; j < cols; j++) {
                out[i][j] = kernel[i][j] / sum;
            }
        }
        return out;
    }

    static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
