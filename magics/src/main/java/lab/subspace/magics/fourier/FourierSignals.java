package lab.subspace.magics.fourier;

import org.jtransforms.fft.DoubleFFT_1D;
import org.jtransforms.fft.DoubleFFT_2D;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.random.Rng;

/**
 * Real signals written as amplitudes and phases of their discrete Fourier transform, through
 * JTransforms: x = F^{-1}[A(k) e^{i phi(k)}] with a Hermitian-symmetric spectrum, so x is real. The
 * transform is unitary (coefficients divided by sqrt(size)), so sum_k A(k)^2 = ||x||^2 (Parseval)
 * and a spectrum with mean A^2 = 1 gives signals of unit variance per sample.
 *
 * <p>From "A Fourier perspective on the learning dynamics of neural networks: from sample
 * complexities to mechanistic insights" (Ricci, Merger, Goldt, arXiv:2605.16913): amplitude
 * carries the pairwise correlations, phase the edges and higher-order correlations.
 *
 * <pre>{@code
 * FourierSignals f = FourierSignals.of(Grid.line(32));
 * double[] x = f.synthesize(PowerLaw.amplitudes(f.grid(), 1.0), f.randomPhases(new Rng(1)));
 * double[] scrambled = f.scramblePhase(x, new Rng(2));   // same amplitudes, random phases
 * }</pre>
 *
 * Not thread-safe (the transform plans are reused): one instance per thread.
 */
public final class FourierSignals {

    private final Grid grid;
    private final DoubleFFT_1D fft1;
    private final DoubleFFT_2D fft2;
    private final double scale;

    private FourierSignals(Grid grid) {
        this.grid = grid;
        this.fft1 = grid.isLine() ? new DoubleFFT_1D(grid.cols()) : null;
        this.fft2 = grid.isLine() ? null : new DoubleFFT_2D(grid.rows(), grid.cols());
        this.scale = Math.sqrt(grid.size());
    }

    public static FourierSignals of(Grid grid) {
        return new FourierSignals(grid);
    }

    public Grid grid() {
        return grid;
    }

    /**
     * The real signal with the given amplitudes and phases. Only one frequency of each Hermitian
     * pair is read (the one with the smaller index); its partner gets the conjugate. Frequencies
     * that are their own partner (DC, Nyquist) take the real part A cos(phi).
     */
    public double[] synthesize(double[] amplitude, double[] phase) {
        int d = grid.size();
        Matrices.requireLength("amplitude", amplitude, d);
        Matrices.requireLength("phase", phase, d);
        double[] c = new double[2 * d];
        for (int k = 0; k < d; k++) {
            int p = grid.partner(k);
            int owner = Math.min(k, p);
            double a = amplitude[owner] * scale;
            double ph = phase[owner];
            if (p == k) {
                c[2 * k] = a * Math.cos(ph);
            } else {
                double sign = k == owner ? 1 : -1;
                c[2 * k] = a * Math.cos(ph);
                c[2 * k + 1] = sign * a * Math.sin(ph);
            }
        }
        inverse(c);
        double[] x = new double[d];
        for (int k = 0; k < d; k++) {
            x[k] = c[2 * k];
        }
        return x;
    }

    /** The unitary DFT of a real signal as interleaved (re, im) pairs. */
    public double[] spectrum(double[] x) {
        int d = grid.size();
        Matrices.requireLength("signal", x, d);
        double[] c = new double[2 * d];
        for (int k = 0; k < d; k++) {
            c[2 * k] = x[k];
        }
        if (fft1 != null) {
            fft1.complexForward(c);
        } else {
            fft2.complexForward(c);
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= scale;
        }
        return c;
    }

    /** |DFT| of a real signal (unitary). */
    public double[] amplitude(double[] x) {
        double[] c = spectrum(x);
        double[] a = new double[grid.size()];
        for (int k = 0; k < a.length; k++) {
            a[k] = Math.hypot(c[2 * k], c[2 * k + 1]);
        }
        return a;
    }

    /** arg DFT of a real signal, in (-pi, pi]. */
    public double[] phase(double[] x) {
        double[] c = spectrum(x);
        double[] p = new double[grid.size()];
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.atan2(c[2 * k + 1], c[2 * k]);
        }
        return p;
    }

    /**
     * Uniform random phases of a real signal: independent on one frequency of each Hermitian pair,
     * 0 or pi (a random sign) on self-partnered frequencies.
     */
    public double[] randomPhases(Rng rng) {
        int d = grid.size();
        double[] phi = new double[d];
        for (int k = 0; k < d; k++) {
            int p = grid.partner(k);
            if (p == k) {
                phi[k] = rng.bernoulli(0.5) ? Math.PI : 0;
            } else if (k < p) {
                phi[k] = rng.uniform(-Math.PI, Math.PI);
                phi[p] = -phi[k];
            }
        }
        return phi;
    }

    /**
     * The signal with every Fourier coefficient multiplied by {@code gain(k)} (even in k, so the
     * result stays real): colouring white noise with gain A gives covariance F* diag(A^2) F.
     */
    public double[] filter(double[] x, double[] gain) {
        int d = grid.size();
        Matrices.requireLength("gain", gain, d);
        double[] c = spectrum(x);
        for (int k = 0; k < d; k++) {
            c[2 * k] *= gain[k] * scale;
            c[2 * k + 1] *= gain[k] * scale;
        }
        inverse(c);
        double[] out = new double[d];
        for (int k = 0; k < d; k++) {
            out[k] = c[2 * k];
        }
        return out;
    }

    /** The same amplitudes with fresh uniform random phases: removes all phase information. */
    public double[] scramblePhase(double[] x, Rng rng) {
        return synthesize(amplitude(x), randomPhases(rng));
    }

    /** The same phases with the given amplitudes: removes all amplitude information. */
    public double[] withAmplitude(double[] x, double[] amplitude) {
        return synthesize(amplitude, phase(x));
    }

    private void inverse(double[] c) {
        if (fft1 != null) {
            fft1.complexInverse(c, true);
        } else {
            fft2.complexInverse(c, true);
        }
    }
}
