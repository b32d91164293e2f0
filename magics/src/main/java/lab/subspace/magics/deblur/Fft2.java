package lab.subspace.magics.deblur;

import org.jtransforms.fft.DoubleFFT_2D;

import lab.subspace.numerics.Memory;

/**
 * 2-D discrete Fourier transforms of real images through JTransforms, with spectra stored as
 * interleaved complex arrays: entry (u, v) is {@code s[2 (u cols + v)]} (real part) and the next
 * value (imaginary part). Forward transforms are unscaled (the DC entry is the sum of the pixels),
 * inverse transforms divide by {@code rows * cols}. Not thread-safe: one instance per thread.
 */
final class Fft2 {

    final int rows;
    final int cols;
    private final DoubleFFT_2D fft;

    Fft2(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.fft = new DoubleFFT_2D(rows, cols);
    }

    /** Number of pixels, which is also the number of frequencies. */
    int size() {
        return rows * cols;
    }

    /** The full complex spectrum of a real image of this size. */
    double[] forward(double[][] image) {
        Memory.requireDoubles(2L * rows * cols, "spectrum of a " + rows + " x " + cols + " image");
        double[] a = new double[2 * rows * cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(image[i], 0, a, i * cols, cols);
        }
        fft.realForwardFull(a);
        return a;
    }

    /** The real part of the inverse transform of {@code spectrum} (not modified). */
    double[][] inverseReal(double[] spectrum) {
        double[] a = spectrum.clone();
        fft.complexInverse(a, true);
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[i][j] = a[2 * (i * cols + j)];
            }
        }
        return out;
    }
}
