package lab.subspace.magics.deblur;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import lab.subspace.numerics.random.Rng;

/**
 * Clean scenes in [0, 1]: generated ones (sharp edges, thin lines, point sources and a grating,
 * i.e. the high frequencies that defocus destroys) and the user's own images.
 *
 * <pre>{@code
 * double[][] x = Scenes.generate(64, 64, 7);
 * double[][] mine = Scenes.read(Path.of("photo.png"));      // grey levels / 255
 * double[][] arr = Scenes.normalize("acts", someArray);      // rescaled into [0, 1]
 * }</pre>
 */
public final class Scenes {

    /** Largest side accepted (the spectra of K frames of this size stay well within memory). */
    public static final int MAX_SIDE = 1024;

    private Scenes() {
    }

    /** A random scene of {@code rows x cols} pixels; the same seed gives the same scene. */
    public static double[][] generate(int rows, int cols, long seed) {
        checkSize(rows, cols);
        Rng rng = new Rng(seed);
        double[][] x = new double[rows][cols];
        double background = rng.uniform(0.02, 0.12);
        for (double[] row : x) {
            java.util.Arrays.fill(row, background);
        }
        int small = Math.min(rows, cols);
        for (int n = 3 + rng.nextInt(3); n > 0; n--) {
            int h = 3 + rng.nextInt(Math.max(1, small / 3));
            int w = 3 + rng.nextInt(Math.max(1, small / 3));
            fillRect(x, rng.nextInt(rows), rng.nextInt(cols), h, w, rng.uniform(0.25, 0.9));
        }
        for (int n = 2 + rng.nextInt(2); n > 0; n--) {
            fillDisk(x, rng.uniform(0, rows), rng.uniform(0, cols), rng.uniform(2, Math.max(3, small / 8.0)), rng.uniform(0.3, 1.0));
        }
        grating(x, rng);
        for (int n = 3; n > 0; n--) {
            line(x, rng);
        }
        for (int n = 4; n > 0; n--) {
            x[rng.nextInt(rows)][rng.nextInt(cols)] = 1.0;
        }
        return x;
    }

    /** Grey levels of a PNG (or any format ImageIO reads) in [0, 1]; colour images by luminance. */
    public static double[][] read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No image file at " + file);
        }
        BufferedImage img;
        try {
            img = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (img == null) {
            throw new IllegalArgumentException(file + " is not an image ImageIO can read (use PNG)");
        }
        return grey(img);
    }

    /** Grey levels of an image in [0, 1] (Rec. 601 luminance for colour images). */
    public static double[][] grey(BufferedImage img) {
        checkSize(img.getHeight(), img.getWidth());
        double[][] x = new double[img.getHeight()][img.getWidth()];
        boolean grey = img.getType() == BufferedImage.TYPE_BYTE_GRAY || img.getType() == BufferedImage.TYPE_USHORT_GRAY;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[0].length; j++) {
                if (grey) {
                    // getRGB would apply a gamma conversion to linear grey images
                    x[i][j] = img.getRaster().getSampleDouble(j, i, 0) / ((1 << img.getColorModel().getComponentSize(0)) - 1);
                } else {
                    int rgb = img.getRGB(j, i);
                    x[i][j] = (0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff)) / 255.0;
                }
            }
        }
        return x;
    }

    /**
     * A copy of {@code values} as a scene in [0, 1]: kept as is when already in [0, 1], divided by
     * its maximum when non-negative (e.g. 0..255 or photon counts), otherwise rescaled from
     * [min, max] to [0, 1].
     *
     * @throws IllegalArgumentException when empty, ragged, not finite, constant, or too large
     */
    public static double[][] normalize(String name, double[][] values) {
        double[][] x = NoisyFrames.checkedCopy(name, values);
        checkSize(x.length, x[0].length);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : x) {
            for (double v : row) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (!(max > min)) {
            throw new IllegalArgumentException(name + " is constant (" + min + "): a scene needs some structure to deblur");
        }
        if (min >= 0 && max <= 1) {
            return x;
        }
        double lo = min >= 0 ? 0 : min;
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (row[j] - lo) / (max - lo);
            }
        }
        return x;
    }

    private static void checkSize(int rows, int cols) {
        if (rows < NoisyFrames.MIN_SIDE || cols < NoisyFrames.MIN_SIDE || rows > MAX_SIDE || cols > MAX_SIDE) {
            throw new IllegalArgumentException("A scene must be between " + NoisyFrames.MIN_SIDE + " and " + MAX_SIDE
                    + " pixels a side but is " + rows + " x " + cols);
        }
    }

    private static void fillRect(double[][] x, int top, int left, int h, int w, double value) {
        for (int i = top; i < Math.min(x.length, top + h); i++) {
            for (int j = left; j < Math.min(x[0].length, left + w); j++) {
                x[i][j] = value;
            }
        }
    }

    private static void fillDisk(double[][] x, double ci, double cj, double radius, double value) {
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[0].length; j++) {
                if ((i - ci) * (i - ci) + (j - cj) * (j - cj) <= radius * radius) {
                    x[i][j] = value;
                }
            }
        }
    }

    /** A patch of stripes at 0.08..0.2 cycles per pixel: detail a defocus blur wipes out. */
    private static void grating(double[][] x, Rng rng) {
        int h = Math.max(4, x.length / 3);
        int w = Math.max(4, x[0].length / 3);
        int top = rng.nextInt(x.length - h + 1);
        int left = rng.nextInt(x[0].length - w + 1);
        double f = rng.uniform(0.08, 0.2);
        double angle = rng.uniform(0, Math.PI);
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        for (int i = top; i < top + h; i++) {
            for (int j = left; j < left + w; j++) {
                x[i][j] = 0.5 + 0.4 * Math.sin(2 * Math.PI * f * (c * j + s * i));
            }
        }
    }

    /** A one-pixel-wide segment, horizontal, vertical or diagonal, a third of the image long. */
    private static void line(double[][] x, Rng rng) {
        double value = rng.uniform(0.7, 1.0);
        int length = Math.max(4, Math.min(x.length, x[0].length) / 3);
        int di = rng.nextInt(2);
        int dj = di == 0 ? 1 : rng.nextInt(2);
        int i0 = rng.nextInt(x.length);
        int j0 = rng.nextInt(x[0].length);
        for (int k = 0; k < length; k++) {
            x[Math.floorMod(i0 + k * di, x.length)][Math.floorMod(j0 + k * dj, x[0].length)] = value;
        }
    }
}
