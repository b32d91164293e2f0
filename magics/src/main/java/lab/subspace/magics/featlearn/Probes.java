package lab.subspace.magics.featlearn;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

/**
 * The functions of the input that the paper reads the kernel's eigenfunctions against, evaluated on
 * a probe sample: the constant, the radial mode |x|^2 / d, the target-aligned linear harmonic
 * beta^T x, the target-aligned quadratic harmonic (beta^T x)^2, and the labels y. All but the
 * constant are centred, so a squared cosine with an eigenvector is the fraction of that function's
 * variation the eigenvector carries.
 */
final class Probes {

    static final List<String> NAMES = List.of("constant", "radial |x|^2/d", "linear beta^T x", "quadratic (beta^T x)^2",
            "target y");

    static final int TARGET = 4;
    static final int LINEAR = 2;
    static final int QUADRATIC = 3;
    static final int CONSTANT = 0;

    private Probes() {
    }

    /** Probe vectors (one per name, length n). */
    static double[][] evaluate(Sample probe, double[] beta) {
        DMatrixRMaj x = probe.x();
        int n = probe.size();
        int d = probe.dimension();
        double[] z = Vectors.times(x, beta);
        double[] constant = new double[n];
        double[] radial = new double[n];
        double[] quadratic = new double[n];
        for (int i = 0; i < n; i++) {
            constant[i] = 1;
            double r = 0;
            for (int k = 0; k < d; k++) {
                double v = x.data[i * d + k];
                r += v * v;
            }
            radial[i] = r / d;
            quadratic[i] = z[i] * z[i];
        }
        return new double[][] {constant, Vectors.centered(radial), Vectors.centered(z), Vectors.centered(quadratic),
                Vectors.centered(probe.y())};
    }
}
