package lab.subspace.magics.sinkhorn;

import java.awt.image.BufferedImage;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.display.image.Images;

/**
 * An RGB image as a colour point cloud: one row per pixel (row-major), columns red, green, blue in
 * [0, 1], and the image width. This is the shape colour transfer works on; a photo from numpy is
 * {@code img.reshape(-1, 3) / 255} saved as .npy, with its width.
 *
 * <pre>{@code
 * Picture p = new Picture(Npy.read(Path.of("photo.npy")).toMatrix(), 320);
 * BufferedImage shown = p.toImage();
 * }</pre>
 *
 * @param pixels (height * width) x 3 colours (not copied; do not modify)
 * @param width  pixels per image row
 */
public record Picture(DMatrixRMaj pixels, int width) {

    public Picture {
        if (pixels == null || pixels.numCols != 3) {
            throw new IllegalArgumentException("a picture needs one row per pixel and 3 columns (r, g, b), got "
                    + (pixels == null ? "null" : pixels.numRows + " x " + pixels.numCols));
        }
        if (width < 1 || pixels.numRows % width != 0 || pixels.numRows == 0) {
            throw new IllegalArgumentException(pixels.numRows + " pixels do not fill rows of width " + width);
        }
        for (int k = 0; k < pixels.data.length; k++) {
            double v = pixels.data[k];
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("colour values must lie in [0, 1] (divide 8-bit images by 255), but pixel "
                        + k / 3 + " has " + v);
            }
        }
    }

    public int height() {
        return pixels.numRows / width;
    }

    /** The picture for display. */
    public BufferedImage toImage() {
        int h = height();
        double[][][] rgb = new double[h][width][];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < width; j++) {
                int o = (i * width + j) * 3;
                rgb[i][j] = new double[] {pixels.data[o], pixels.data[o + 1], pixels.data[o + 2]};
            }
        }
        return Images.rgb(rgb);
    }
}
