package lab.subspace.magics.sinkhorn;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.random.Rng;

/**
 * Seeded point clouds for the SROT experiments: Gaussians with diagonal covariance (the accuracy
 * experiment: x ~ N(0, I), y ~ N((3, 0), diag(4, 0.25))), a blob and a crescent (the gradient flow).
 *
 * <pre>{@code
 * DMatrixRMaj x = OtClouds.gaussian(200, new double[] {0, 0}, new double[] {1, 1}, 1L);
 * DMatrixRMaj y = OtClouds.gaussian(200, new double[] {3, 0}, new double[] {2, 0.5}, 2L);
 * DMatrixRMaj c = OtClouds.crescent(300, 3L);
 * }</pre>
 */
public final class OtClouds {

    private OtClouds() {
    }

    /** n points of N(mean, diag(std^2)) in dimension mean.length. */
    public static DMatrixRMaj gaussian(int n, double[] mean, double[] std, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one point, got n = " + n);
        }
        if (mean.length != std.length || mean.length == 0) {
            throw new IllegalArgumentException("mean has " + mean.length + " coordinates but std has " + std.length);
        }
        Rng rng = new Rng(seed);
        int d = mean.length;
        DMatrixRMaj out = new DMatrixRMaj(n, d);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                out.data[i * d + k] = mean[k] + std[k] * rng.gaussian();
            }
        }
        return out;
    }

    /** The accuracy experiment's source: n points of N(0, I_2). */
    public static DMatrixRMaj isotropic(int n, long seed) {
        return gaussian(n, new double[] {0, 0}, new double[] {1, 1}, seed);
    }

    /** The accuracy experiment's target: n points of N((3, 0), diag(4, 0.25)), stretched along the shift. */
    public static DMatrixRMaj stretched(int n, long seed) {
        return gaussian(n, new double[] {3, 0}, new double[] {2, 0.5}, seed);
    }

    /** The gradient flow's start: n points of N((-1.5, -1), 0.15^2 I), away from the crescent. */
    public static DMatrixRMaj blob(int n, long seed) {
        return gaussian(n, new double[] {-1.5, -1}, new double[] {0.15, 0.15}, seed);
    }

    /**
     * n points uniform on a crescent: the unit disk minus the disk of radius 0.8 centred at (0.45, 0),
     * so the crescent opens to the right (rejection sampling).
     */
    public static DMatrixRMaj crescent(int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one point, got n = " + n);
        }
        Rng rng = new Rng(seed);
        DMatrixRMaj out = new DMatrixRMaj(n, 2);
        for (int i = 0; i < n; ) {
            double u = rng.uniform(-1, 1);
            double v = rng.uniform(-1, 1);
            boolean inDisk = u * u + v * v <= 1;
            boolean inBite = (u - 0.45) * (u - 0.45) + v * v <= 0.64;
            if (inDisk && !inBite) {
                out.set(i, 0, u);
                out.set(i, 1, v);
                i++;
            }
        }
        return out;
    }
}
