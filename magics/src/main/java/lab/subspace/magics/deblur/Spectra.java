package lab.subspace.magics.deblur;

/** Element-wise operations on interleaved complex spectra (see {@link Fft2}). */
final class Spectra {

    private Spectra() {
    }

    /** {@code a <- a * b} element-wise. */
    static void multiply(double[] a, double[] b) {
        for (int k = 0; k < a.length; k += 2) {
            double re = a[k] * b[k] - a[k + 1] * b[k + 1];
            double im = a[k] * b[k + 1] + a[k + 1] * b[k];
            a[k] = re;
            a[k + 1] = im;
        }
    }

    /** {@code |h|^2} per frequency. */
    static double[] power(double[] h) {
        double[] p = new double[h.length / 2];
        for (int k = 0; k < p.length; k++) {
            p[k] = h[2 * k] * h[2 * k] + h[2 * k + 1] * h[2 * k + 1];
        }
        return p;
    }

    /** Sum of the spectra of the frames in {@code subset}. */
    static double[] sum(double[][] spectra, int[] subset) {
        double[] s = new double[spectra[subset[0]].length];
        for (int k : subset) {
            double[] f = spectra[k];
            for (int i = 0; i < s.length; i++) {
                s[i] += f[i];
            }
        }
        return s;
    }
}
