package lab.subspace.magics.featlearn;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.linalg.TruncatedSvd;

/**
 * Spectrum of a network's empirical feature kernel on a probe sample, K = Phi Phi^T / N with
 * Phi = sigma(X W^T), normalised as the integral operator's estimate K / n, and how its leading
 * eigenvectors align with the probe functions of the paper (constant, radial, linear and quadratic
 * target harmonics, labels). Eigenvalues come from the N x N side (the Gram route of
 * {@link Spectra}); the n-dimensional eigenvectors are Phi v / s.
 *
 * <pre>{@code
 * GramSpectrum g = GramSpectrum.of(net, probe, beta, 5);
 * double top = g.eigenvalues()[0];
 * double captured = g.capture("target y", 3);    // share of the target's variance in the top 3 eigenvectors
 * }</pre>
 *
 * @param eigenvalues all min(n, N) eigenvalues of K / n, descending; not copied
 * @param alignment   k x probes squared cosines between eigenvector l and probe p; not copied
 * @param probes      probe names (columns of alignment)
 */
public record GramSpectrum(double[] eigenvalues, DMatrixRMaj alignment, List<String> probes) {

    public GramSpectrum {
        probes = List.copyOf(probes);
        if (alignment.numCols != probes.size()) {
            throw new IllegalArgumentException("alignment has " + alignment.numCols + " columns but there are "
                    + probes.size() + " probes");
        }
    }

    /**
     * @param beta index direction for the probes (length d)
     * @param k    eigenvectors to align, 1 &lt;= k &lt;= min(n, N)
     */
    public static GramSpectrum of(TwoLayerNetwork net, Sample probe, double[] beta, int k) {
        if (beta.length != probe.dimension()) {
            throw new IllegalArgumentException("beta has " + beta.length + " entries but the probe inputs have "
                    + probe.dimension() + " columns");
        }
        DMatrixRMaj phi = net.features(probe.x());
        int n = phi.numRows;
        int width = phi.numCols;
        int m = Math.min(n, width);
        if (k < 1 || k > m) {
            throw new IllegalArgumentException("k must be in [1, " + m + "] but is " + k);
        }
        double[] s = Spectra.singularValues(phi);
        double[] lambda = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            lambda[i] = s[i] * s[i] / ((double) n * width);
        }
        TruncatedSvd top = Spectra.top(phi, k);
        double[][] probes = Probes.evaluate(probe, beta);
        DMatrixRMaj align = new DMatrixRMaj(k, probes.length);
        double[] u = new double[n];
        for (int l = 0; l < k; l++) {
            for (int i = 0; i < n; i++) {
                u[i] = top.u().get(i, l);
            }
            for (int p = 0; p < probes.length; p++) {
                align.set(l, p, Vectors.cos2(u, probes[p]));
            }
        }
        return new GramSpectrum(lambda, align, Probes.NAMES);
    }

    /** Number of aligned eigenvectors k. */
    public int aligned() {
        return alignment.numRows;
    }

    /** Squared cosine between eigenvector l (0-based) and a probe. */
    public double cos2(int l, String probe) {
        return alignment.get(l, column(probe));
    }

    /** Share of a probe's variation in the span of the top m eigenvectors (sum of squared cosines). */
    public double capture(String probe, int m) {
        if (m < 1 || m > aligned()) {
            throw new IllegalArgumentException("m must be in [1, " + aligned() + "] but is " + m);
        }
        int p = column(probe);
        double s = 0;
        for (int l = 0; l < m; l++) {
            s += alignment.get(l, p);
        }
        return s;
    }

    /** Index (0-based) of the top-k eigenvector most aligned with a probe. */
    public int bestAligned(String probe) {
        int p = column(probe);
        int best = 0;
        for (int l = 1; l < aligned(); l++) {
            if (alignment.get(l, p) > alignment.get(best, p)) {
                best = l;
            }
        }
        return best;
    }

    private int column(String probe) {
        int p = probes.indexOf(probe);
        if (p < 0) {
            throw new IllegalArgumentException("unknown probe '" + probe + "'; probes are " + probes);
        }
        return p;
    }
}
