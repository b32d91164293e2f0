package lab.subspace.display.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;

import javax.imageio.ImageIO;

import lab.subspace.kernel.spi.MimeBundle;

/**
 * Images from arrays, and PNG output for notebooks.
 *
 * <pre>{@code
 * BufferedImage a = Images.grey(pixels);                 // double[h][w], range = data min..max
 * BufferedImage b = Images.grey(pixels, 0, 1);           // fixed range, values outside clamped
 * BufferedImage c = Images.rgb(r, g, b);                 // three double[h][w] channels in [0, 1]
 * Images.bundle(Images.scale(a, 4));                     // image/png, 4x larger, sharp pixels
 * }</pre>
 *
 * NaN pixels are drawn magenta ({@code #ff00ff}) so that they stand out from any real value.
 */
public final class Images {

    /** The colour of NaN pixels. */
    public static final int NAN_RGB = 0xff00ff;

    private Images() {
    }

    /** PNG bytes of {@code image}. */
    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalArgumentException("No PNG writer for images of type " + image.getType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code data:image/png;base64,...} for an {@code <img src>}. */
    public static String dataUri(BufferedImage image) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(image));
    }

    /** image/png plus a text/plain line such as {@code Image 64 × 48}. */
    public static MimeBundle bundle(BufferedImage image) {
        return new MimeBundle().putBinary(MimeBundle.PNG, png(image))
                .put(MimeBundle.TEXT, String.format(Locale.ROOT, "Image %d × %d", image.getWidth(), image.getHeight()));
    }

    /** Grey levels from {@code values[row][col]}, black at the smallest finite value, white at the largest. */
    public static BufferedImage grey(double[][] values) {
        width("values", values);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min > max) { // no finite value at all
            min = 0;
            max = 1;
        }
        return grey(values, min, max > min ? max : min + 1); // a constant image is black
    }

    /** Grey levels from {@code values[row][col]}: {@code min} is black, {@code max} white, values outside clamped. */
    public static BufferedImage grey(double[][] values, double min, double max) {
        if (!(min < max)) {
            throw new IllegalArgumentException("Grey range must have min < max but was [" + min + ", " + max + "]");
        }
        int w = width("values", values);
        BufferedImage img = allocate(w, values.length);
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < w; j++) {
                double v = values[i][j];
                int level = level((v - min) / (max - min));
                img.setRGB(j, i, Double.isNaN(v) ? NAN_RGB : level << 16 | level << 8 | level);
            }
        }
        return img;
    }

    /** Colour from {@code pixels[row][col][channel]} with red, green, blue in [0, 1] (clamped). */
    public static BufferedImage rgb(double[][][] pixels) {
        if (pixels == null || pixels.length == 0) {
            throw new IllegalArgumentException("pixels is empty");
        }
        int w = pixels[0] == null ? 0 : pixels[0].length;
        if (w == 0) {
            throw new IllegalArgumentException("pixels has empty rows");
        }
        BufferedImage img = allocate(w, pixels.length);
        for (int i = 0; i < pixels.length; i++) {
            if (pixels[i] == null || pixels[i].length != w) {
                throw new IllegalArgumentException("pixels is not rectangular: row 0 has " + w + " pixels but row " + i + " has "
                        + (pixels[i] == null ? 0 : pixels[i].length));
            }
            for (int j = 0; j < w; j++) {
                double[] p = pixels[i][j];
                if (p == null || p.length != 3) {
                    throw new IllegalArgumentException("pixel (" + i + ", " + j + ") has " + (p == null ? 0 : p.length) + " channels but needs 3 (r, g, b)");
                }
                img.setRGB(j, i, rgb(p[0], p[1], p[2]));
            }
        }
        return img;
    }

    /** Colour from three channels {@code [row][col]} in [0, 1] (clamped), all of the same shape. */
    public static BufferedImage rgb(double[][] red, double[][] green, double[][] blue) {
        int w = width("red", red);
        sameShape("green", green, red.length, w);
        sameShape("blue", blue, red.length, w);
        BufferedImage img = allocate(w, red.length);
        for (int i = 0; i < red.length; i++) {
            for (int j = 0; j < w; j++) {
                img.setRGB(j, i, rgb(red[i][j], green[i][j], blue[i][j]));
            }
        }
        return img;
    }

    /** Enlarges {@code image} by an integer factor with sharp (nearest-neighbour) pixels. */
    public static BufferedImage scale(BufferedImage image, int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("Scale factor must be at least 1 but was " + factor);
        }
        BufferedImage out = allocate(Math.multiplyExact(image.getWidth(), factor), Math.multiplyExact(image.getHeight(), factor));
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, image.getRGB(x / factor, y / factor));
            }
        }
        return out;
    }

    static BufferedImage allocate(int width, int height) {
        long bytes = 4L * width * height;
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (bytes > free) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "An image of %d × %d pixels needs %.2f GB but only %.2f GB are free",
                    width, height, bytes / 1e9, free / 1e9));
        }
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    private static int rgb(double r, double g, double b) {
        if (Double.isNaN(r) || Double.isNaN(g) || Double.isNaN(b)) {
            return NAN_RGB;
        }
        return level(r) << 16 | level(g) << 8 | level(b);
    }

    private static int level(double unit) {
        return (int) Math.round(255 * Math.max(0, Math.min(1, unit)));
    }

    private static void sameShape(String name, double[][] channel, int rows, int cols) {
        int w = width(name, channel);
        if (channel.length != rows || w != cols) {
            throw new IllegalArgumentException("Channels differ in shape: red is " + rows + " × " + cols + " but " + name + " is "
                    + channel.length + " × " + w);
        }
    }

    private static int width(String what, double[][] a) {
        if (a == null || a.length == 0 || a[0] == null || a[0].length == 0) {
            throw new IllegalArgumentException(what + " is empty");
        }
        for (int i = 1; i < a.length; i++) {
            if (a[i] == null || a[i].length != a[0].length) {
                throw new IllegalArgumentException(what + " is not rectangular: row 0 has " + a[0].length + " values but row " + i
                        + " has " + (a[i] == null ? 0 : a[i].length));
            }
        }
        return a[0].length;
    }
}
