package lab.subspace.magics.npcosts;

import java.util.Locale;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.Memory;

/**
 * A stationary kernel k(x, x') = variance * rho(|x - x'| / lengthscale) on R^dx (squared
 * exponential or Matern 1/2, 3/2, 5/2), as used for exact GP regression in "Three Costs of
 * Amortizing Gaussian Process Inference with Neural Processes".
 *
 * <pre>{@code
 * Kernel k = Kernel.of("matern32", 0.2, 1.0, 1);
 * DMatrixRMaj K = k.matrix(X, X);                   // X is n x 1
 * }</pre>
 *
 * @param family      SE or Matern-nu
 * @param lengthscale lengthscale (&gt; 0)
 * @param variance    k(x, x) (&gt; 0)
 * @param dimension   input dimension dx (&gt;= 1)
 */
public record Kernel(KernelFamily family, double lengthscale, double variance, int dimension) implements Covariance {

    public Kernel {
        if (family == null) {
            throw new IllegalArgumentException("the kernel family is null");
        }
        if (!(lengthscale > 0) || !Double.isFinite(lengthscale)) {
            throw new IllegalArgumentException("the lengthscale must be positive and finite but is " + lengthscale);
        }
        if (!(variance > 0) || !Double.isFinite(variance)) {
            throw new IllegalArgumentException("the kernel variance must be positive and finite but is " + variance);
        }
        if (dimension < 1) {
            throw new IllegalArgumentException("the input dimension must be >= 1 but is " + dimension);
        }
    }

    /** Parses the family name (se, matern12, matern32, matern52). */
    public static Kernel of(String family, double lengthscale, double variance, int dimension) {
        return new Kernel(KernelFamily.parse(family), lengthscale, variance, dimension);
    }

    /** k at distance r. */
    public double at(double r) {
        return variance * family.correlation(r / lengthscale);
    }

    /** Spectral density at angular frequency |omega| = w on R^dx (k(0) = (2 pi)^-dx times its integral). */
    public double spectralDensity(double w) {
        return variance * Math.pow(lengthscale, dimension) * family.spectralDensity(w * lengthscale, dimension);
    }

    @Override
    public int inputDimension() {
        return dimension;
    }

    @Override
    public DMatrixRMaj matrix(DMatrixRMaj a, DMatrixRMaj b) {
        requirePoints("a", a, dimension);
        requirePoints("b", b, dimension);
        Memory.requireDoubles((long) a.numRows * b.numRows, "kernel matrix " + a.numRows + " x " + b.numRows);
        DMatrixRMaj out = new DMatrixRMaj(a.numRows, b.numRows);
        for (int i = 0; i < a.numRows; i++) {
            for (int j = 0; j < b.numRows; j++) {
                double s = 0;
                for (int c = 0; c < dimension; c++) {
                    double t = a.unsafe_get(i, c) - b.unsafe_get(j, c);
                    s += t * t;
                }
                out.unsafe_set(i, j, at(Math.sqrt(s)));
            }
        }
        return out;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%s (lengthscale %.3g, variance %.3g, dx = %d)", family.label(), lengthscale, variance,
                dimension);
    }

    static void requirePoints(String name, DMatrixRMaj x, int dimension) {
        if (x.numCols != dimension) {
            throw new IllegalArgumentException(name + " has " + x.numCols + " columns but the kernel's input dimension is " + dimension);
        }
        Matrices.requireFinite(name, x);
    }
}
