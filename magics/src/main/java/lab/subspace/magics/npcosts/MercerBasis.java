package lab.subspace.magics.npcosts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.numerics.Memory;

/**
 * The rank-d Mercer truncation of a {@link PeriodicKernel}: the d largest eigenvalues with their
 * real Fourier eigenfunctions (1, sqrt2 cos 2 pi k.x, sqrt2 sin 2 pi k.x), so that
 * k_d(x, x') = phi(x)^T phi(x') with features phi_j(x) = sqrt(lambda_j) e_j(x). A GP with this
 * kernel is the Bayesian linear model w ~ N(0, I), f = phi^T w - the finite representation whose
 * information bottleneck "Three Costs of Amortizing Gaussian Process Inference with Neural
 * Processes" bounds.
 *
 * <p>Equal eigenvalues (a frequency shell) are ordered by frequency vector, cos before sin, so a
 * truncation inside a shell is deterministic. Exact to rounding: no quadrature is involved.
 *
 * <pre>{@code
 * MercerBasis b = new PeriodicKernel(Kernel.of("se", 0.2, 1, 1)).mercer(7);
 * DMatrixRMaj Phi = b.features(X);        // n x 7
 * double tau = b.tail();                  // sum_{j > 7} lambda_j = E (f - f_d)(x)^2
 * }</pre>
 */
public final class MercerBasis implements Covariance {

    private final PeriodicKernel kernel;
    private final int[][] frequencies;   // per feature
    private final boolean[] sine;        // per feature: sin (true) or cos / constant (false)
    private final double[] eigenvalues;  // per feature, descending
    private final double tail;

    private MercerBasis(PeriodicKernel kernel, int[][] frequencies, boolean[] sine, double[] eigenvalues, double tail) {
        this.kernel = kernel;
        this.frequencies = frequencies;
        this.sine = sine;
        this.eigenvalues = eigenvalues;
        this.tail = tail;
    }

    static MercerBasis of(PeriodicKernel kernel, int d) {
        if (d < 0) {
            throw new IllegalArgumentException("the rank d must be >= 0 but is " + d);
        }
        int dx = kernel.inputDimension();
        boolean se = kernel.base().family() == KernelFamily.SE;
        // Radius enough to hold d modes, and for SE also every mode above 1e-40 of lambda_0
        // (its tail is summed directly; subtracting from k_P(0) would cancel to rounding).
        double radius = Math.pow(d / Math.max(1.0, unitBallVolume(dx)), 1.0 / dx) + 2;
        if (se) {
            radius = Math.max(radius, Math.sqrt(92.0 / (2 * Math.PI * Math.PI)) / kernel.base().lengthscale() + 1);
        }
        List<int[]> half = halfLattice(dx, (int) Math.ceil(radius));
        half.sort(Comparator.<int[]>comparingLong(MercerBasis::norm2).thenComparing(MercerBasis::lexicographic));
        int total = 1 + 2 * half.size();
        if (d > total) {
            throw new IllegalArgumentException("rank " + d + " exceeds the " + total + " enumerated modes");
        }
        int[][] freq = new int[total][];
        boolean[] sin = new boolean[total];
        double[] lam = new double[total];
        freq[0] = new int[dx];
        lam[0] = kernel.eigenvalue(freq[0]);
        int j = 1;
        for (int[] k : half) {
            double l = kernel.eigenvalue(k);
            freq[j] = k;
            lam[j++] = l;
            freq[j] = k;
            sin[j] = true;
            lam[j++] = l;
        }
        double kept = 0;
        for (int i = 0; i < d; i++) {
            kept += lam[i];
        }
        double rest;
        if (se) {
            rest = 0;
            for (int i = total - 1; i >= d; i--) {   // smallest first
                rest += lam[i];
            }
        } else {
            rest = Math.max(0, kernel.variance() - kept);
        }
        return new MercerBasis(kernel, Arrays.copyOf(freq, d), Arrays.copyOf(sin, d), Arrays.copyOf(lam, d), rest);
    }

    /** The kernel being truncated. */
    public PeriodicKernel kernel() {
        return kernel;
    }

    /** Rank d. */
    public int rank() {
        return eigenvalues.length;
    }

    /** The d eigenvalues, descending. */
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** Integer frequency vector of feature j. */
    public int[] frequency(int j) {
        return frequencies[j].clone();
    }

    /** sum_{j &gt; d} lambda_j: the prior variance of f - f_d at any point (the truncation term). */
    public double tail() {
        return tail;
    }

    /** phi(X): n x d, phi_j(x) = sqrt(lambda_j) e_j(x). */
    public DMatrixRMaj features(DMatrixRMaj x) {
        int dx = kernel.inputDimension();
        Kernel.requirePoints("X", x, dx);
        int d = rank();
        Memory.requireDoubles((long) x.numRows * d, "feature matrix " + x.numRows + " x " + d);
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, d);
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            boolean constant = norm2(frequencies[j]) == 0;
            scale[j] = Math.sqrt(eigenvalues[j]) * (constant ? 1 : Math.sqrt(2));
        }
        for (int i = 0; i < x.numRows; i++) {
            for (int j = 0; j < d; j++) {
                double phase = 0;
                for (int c = 0; c < dx; c++) {
                    phase += frequencies[j][c] * x.unsafe_get(i, c);
                }
                phase *= 2 * Math.PI;
                out.unsafe_set(i, j, scale[j] * (sine[j] ? Math.sin(phase) : Math.cos(phase)));
            }
        }
        return out;
    }

    @Override
    public int inputDimension() {
        return kernel.inputDimension();
    }

    /** k_d(a, b) = phi(a) phi(b)^T. */
    @Override
    public DMatrixRMaj matrix(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj fa = features(a);
        DMatrixRMaj fb = a == b ? fa : features(b);
        return CommonOps_DDRM.multTransB(fa, fb, null);
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "rank-%d Mercer truncation of %s", rank(), kernel.describe());
    }

    private static double unitBallVolume(int dx) {
        return dx == 1 ? 2 : dx == 2 ? Math.PI : 4 * Math.PI / 3;
    }

    /** Nonzero k in [-r, r]^dx whose first nonzero coordinate is positive (one of each +-k pair). */
    private static List<int[]> halfLattice(int dx, int r) {
        List<int[]> out = new ArrayList<>();
        int side = 2 * r + 1;
        int count = 1;
        for (int c = 0; c < dx; c++) {
            count *= side;
        }
        for (int idx = 0; idx < count; idx++) {
            int[] k = new int[dx];
            int t = idx;
            for (int c = dx - 1; c >= 0; c--) {
                k[c] = t % side - r;
                t /= side;
            }
            int first = 0;
            for (int c = 0; c < dx && first == 0; c++) {
                first = k[c];
            }
            if (first > 0) {
                out.add(k);
            }
        }
        return out;
    }

    private static long norm2(int[] k) {
        long s = 0;
        for (int c : k) {
            s += (long) c * c;
        }
        return s;
    }

    private static int lexicographic(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }
}
