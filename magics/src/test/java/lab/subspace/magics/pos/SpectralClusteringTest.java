package lab.subspace.magics.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.ops.DConvertMatrixStruct;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class SpectralClusteringTest {

    /** k dense groups of m nodes (random weights in [0.5, 1]) joined by a few weak edges. */
    private static DMatrixSparseCSC groups(int k, int m, int bridges, long seed) {
        Rng rng = new Rng(seed);
        DMatrixSparseTriplet t = new DMatrixSparseTriplet(k * m, k * m, k * m * m);
        for (int g = 0; g < k; g++) {
            for (int i = 0; i < m; i++) {
                for (int j = i + 1; j < m; j++) {
                    double w = rng.uniform(0.5, 1);
                    t.addItem(g * m + i, g * m + j, w);
                    t.addItem(g * m + j, g * m + i, w);
                }
            }
        }
        for (int b = 0; b < bridges; b++) {
            int i = rng.nextInt(k * m);
            int j = rng.nextInt(k * m);
            if (i / m != j / m) {
                t.addItem(i, j, 0.01);
                t.addItem(j, i, 0.01);
            }
        }
        return DConvertMatrixStruct.convert(t, (DMatrixSparseCSC) null);
    }

    @Test
    void findsTheGroupsAndTheirNumber() {
        DMatrixSparseCSC a = groups(5, 40, 30, 1);
        SpectralPartition p = SpectralClustering.cluster(a, 0, 10, 3);
        assertEquals(5, p.k());
        assertTrue(p.countEstimated());
        assertTrue(p.eigenConverged());
        assertEquals(1, Purity.of(p.labels(), truth(5, 40)), 0);
        // the normalised affinity's top eigenvalue is 1
        assertEquals(1, p.eigenvalues()[0], 1e-9);
        SpectralPartition given = SpectralClustering.cluster(a, 5, 10, 3);
        assertEquals(1, Purity.of(given.labels(), truth(5, 40)), 0);
        assertTrue(!given.countEstimated());
    }

    @Test
    void relativeGapPicksTheDropAfterNearZeroEigenvalues() {
        // Laplacian eigenvalues 0, 0.001, 0.002, 0.2, 0.22, 0.24, ...: three clusters
        double[] lambda = {0, 0.001, 0.002, 0.2, 0.22, 0.24, 0.26};
        double[] mu = new double[lambda.length];
        for (int i = 0; i < mu.length; i++) {
            mu[i] = 1 - lambda[i];
        }
        assertEquals(3, SpectralClustering.relativeGap(mu, 6));
        // several eigenvalues below delta = 0.05 lambda_11 are the clusters, even when a later relative gap looks
        // larger (two slowly mixing rings) or one weak edge joins two clusters (lambda_4 = 3e-4)
        assertEquals(2, SpectralClustering.relativeGap(mus(0, 0, 0.038, 0.06, 0.09, 0.148, 0.354, 0.364, 0.48, 0.6, 0.725), 10));
        assertEquals(4, SpectralClustering.relativeGap(mus(0, 0, 0, 3e-4, 0.0145, 0.0171, 0.0473, 0.0534, 0.0552, 0.0569, 0.0596), 10));
    }

    @Test
    void misuseIsNamed() {
        DMatrixSparseCSC a = groups(2, 5, 0, 1);
        assertThrows(IllegalArgumentException.class, () -> SpectralClustering.cluster(new DMatrixSparseCSC(3, 4, 0), 0, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> SpectralClustering.cluster(a, 10, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> SpectralClustering.cluster(a, 0, 0, 1));
        DMatrixSparseCSC neg = a.copy();
        neg.nz_values[0] = -1;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SpectralClustering.cluster(neg, 2, 2, 1)).getMessage()
                .contains(">= 0"));
    }

    private static double[] mus(double... lambda) {
        double[] mu = new double[lambda.length];
        for (int i = 0; i < mu.length; i++) {
            mu[i] = 1 - lambda[i];
        }
        return mu;
    }

    static int[] truth(int k, int m) {
        int[] t = new int[k * m];
        for (int i = 0; i < t.length; i++) {
            t[i] = i / m;
        }
        return t;
    }
}
