package lab.subspace.magics.deblur;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * K noisy, blurred frames of one scene and their exposure times: everything the self-supervised
 * methods ever see. There is deliberately no place for a clean image here.
 *
 * <p>Exposures are relative (1 = the reference exposure); an exposure of 0 is a dark frame (lens
 * capped), which contains only the bias and the read noise. Frames are copied in and out.
 *
 * <pre>{@code
 * NoisyFrames f = NoisyFrames.of(List.of(y0, y1, y2, y3), new double[] {1, 1, 0.5, 0.5});
 * double[][] avg = f.average();     // sum of frames / sum of exposures, bias NOT removed
 * }</pre>
 */
public final class NoisyFrames {

    /** Smallest frame side the spectral methods accept. */
    public static final int MIN_SIDE = 8;

    private final double[][][] frames;
    private final double[] exposures;

    private NoisyFrames(double[][][] frames, double[] exposures) {
        this.frames = frames;
        this.exposures = exposures;
    }

    /**
     * @throws IllegalArgumentException with fewer than 2 frames, frames of different shapes or
     *                                  smaller than {@value #MIN_SIDE} pixels a side, non-finite
     *                                  pixels, or exposures that are negative, not finite, all 0, or
     *                                  not one per frame
     */
    public static NoisyFrames of(List<double[][]> frames, double[] exposures) {
        if (frames == null) {
            throw new IllegalArgumentException("frames is null");
        }
        return of(frames.toArray(double[][][]::new), exposures);
    }

    /** Same as {@link #of(List, double[])} for a {@code [frame][row][col]} array. */
    public static NoisyFrames of(double[][][] frames, double[] exposures) {
        if (frames == null || frames.length < 2) {
            throw new IllegalArgumentException("Noise2Noise needs at least 2 frames but got " + (frames == null ? 0 : frames.length));
        }
        if (exposures == null || exposures.length != frames.length) {
            throw new IllegalArgumentException("There are " + frames.length + " frames but " + (exposures == null ? 0 : exposures.length)
                    + " exposures: give one exposure time per frame");
        }
        double max = 0;
        for (int k = 0; k < exposures.length; k++) {
            if (!(exposures[k] >= 0) || Double.isInfinite(exposures[k])) {
                throw new IllegalArgumentException("exposures must be finite and >= 0 but exposure " + k + " is " + exposures[k]);
            }
            max = Math.max(max, exposures[k]);
        }
        if (max == 0) {
            throw new IllegalArgumentException("All exposures are 0: at least one frame must see the scene");
        }
        double[][][] copy = new double[frames.length][][];
        for (int k = 0; k < frames.length; k++) {
            copy[k] = checkedCopy("frame " + k, frames[k]);
            if (k > 0 && (copy[k].length != copy[0].length || copy[k][0].length != copy[0][0].length)) {
                throw new IllegalArgumentException("Frames differ in shape: frame 0 is " + copy[0].length + " x " + copy[0][0].length
                        + " but frame " + k + " is " + copy[k].length + " x " + copy[k][0].length);
            }
        }
        return new NoisyFrames(copy, exposures.clone());
    }

    public int count() {
        return frames.length;
    }

    public int rows() {
        return frames[0].length;
    }

    public int cols() {
        return frames[0][0].length;
    }

    /** A copy of frame {@code k}. */
    public double[][] frame(int k) {
        return Psf.copy(frames[checkIndex(k)]);
    }

    public double exposure(int k) {
        return exposures[checkIndex(k)];
    }

    public double[] exposures() {
        return exposures.clone();
    }

    /** True when every frame has the same exposure: then the bias cannot be told from the scene. */
    public boolean equalExposures() {
        return Arrays.stream(exposures).allMatch(t -> t == exposures[0]);
    }

    /** Index of the frame with the longest exposure (the first one on ties): the best single frame. */
    public int longestExposure() {
        int best = 0;
        for (int k = 1; k < exposures.length; k++) {
            if (exposures[k] > exposures[best]) {
                best = k;
            }
        }
        return best;
    }

    /** The exposure-weighted average {@code sum_k y_k / sum_k t_k}, bias included. */
    public double[][] average() {
        double total = Arrays.stream(exposures).sum();
        double[][] out = new double[rows()][cols()];
        for (double[][] f : frames) {
            for (int i = 0; i < out.length; i++) {
                for (int j = 0; j < out[0].length; j++) {
                    out[i][j] += f[i][j] / total;
                }
            }
        }
        return out;
    }

    /** The frames without copying, for the package's own numerics (never modified there). */
    double[][] view(int k) {
        return frames[k];
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "NoisyFrames[%d frames of %d x %d, exposures %s]", count(), rows(), cols(),
                Arrays.toString(exposures));
    }

    private int checkIndex(int k) {
        if (k < 0 || k >= frames.length) {
            throw new IllegalArgumentException("Frame index " + k + " is outside 0.." + (frames.length - 1));
        }
        return k;
    }

    static double[][] checkedCopy(String what, double[][] image) {
        if (image == null || image.length == 0 || image[0] == null || image[0].length == 0) {
            throw new IllegalArgumentException(what + " is empty");
        }
        int cols = image[0].length;
        if (image.length < MIN_SIDE || cols < MIN_SIDE) {
            throw new IllegalArgumentException(what + " is " + image.length + " x " + cols + " but must be at least "
                    + MIN_SIDE + " x " + MIN_SIDE);
        }
        double[][] out = new double[image.length][];
        for (int i = 0; i < image.length; i++) {
            if (image[i] == null || image[i].length != cols) {
                throw new IllegalArgumentException(what + " is not rectangular: row 0 has " + cols + " pixels but row " + i
                        + " has " + (image[i] == null ? 0 : image[i].length));
            }
            for (int j = 0; j < cols; j++) {
                if (!Double.isFinite(image[i][j])) {
                    throw new IllegalArgumentException(what + " has a non-finite pixel " + image[i][j] + " at (" + i + ", " + j + ")");
                }
            }
            out[i] = image[i].clone();
        }
        return out;
    }
}
