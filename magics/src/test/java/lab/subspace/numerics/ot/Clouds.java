package lab.subspace.numerics.ot;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;

/** Seeded test data: point clouds and weights. */
final class Clouds {

    private Clouds() {
    }

    /** n points uniform in [0, 1]^d shifted by {@code shift} along the first axis. */
    static DMatrixRMaj uniform(int n, int d, double shift, long seed) {
        Random rng = new Random(seed);
        DMatrixRMaj p = new DMatrixRMaj(n, d);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                p.set(i, k, rng.nextDouble() + (k == 0 ? shift : 0));
            }
        }
        return p;
    }

    /** Positive random weights summing to one. */
    static double[] weights(int n, long seed) {
        Random rng = new Random(seed);
        double[] w = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 0.1 + rng.nextDouble();
            s += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= s;
        }
        return w;
    }

    /** A problem with random weights, n != m, and a cost scaled to max 1. */
    static OtProblem weighted(int n, int m, long seed) {
        OtProblem p = OtProblem.of(uniform(n, 2, 0, seed), uniform(m, 2, 0.5, seed + 1))
                .withWeights(weights(n, seed + 2), weights(m, seed + 3));
        return p;
    }

    static double maxCost(OtProblem p) {
        double max = 0;
        for (double c : p.cost().data) {
            max = Math.max(max, c);
        }
        return max;
    }

    static double[] rowSums(DMatrixRMaj p) {
        double[] r = new double[p.numRows];
        for (int i = 0; i < p.numRows; i++) {
            for (int j = 0; j < p.numCols; j++) {
                r[i] += p.get(i, j);
            }
        }
        return r;
    }

    static double[] colSums(DMatrixRMaj p) {
        double[] c = new double[p.numCols];
        for (int i = 0; i < p.numRows; i++) {
            for (int j = 0; j < p.numCols; j++) {
                c[j] += p.get(i, j);
            }
        }
        return c;
    }

    static double maxAbsDiff(double[] x, double[] y) {
        double d = 0;
        for (int i = 0; i < x.length; i++) {
            d = Math.max(d, Math.abs(x[i] - y[i]));
        }
        return d;
    }

    static double dot(DMatrixRMaj c, DMatrixRMaj p) {
        double s = 0;
        for (int k = 0; k < c.getNumElements(); k++) {
            s += c.data[k] * p.data[k];
        }
        return s;
    }
}
