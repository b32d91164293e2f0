package lab.subspace.magics.pos;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.Parallel;
import lab.subspace.numerics.linalg.Gram;
import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.linalg.TruncatedSvd;

/** The symmetric sparse neighbourhood graph of {@link Affinity}, built from the rows of X. */
final class AffinityGraph {

    private AffinityGraph() {
    }

    /**
     * @param x         n x D points (rows)
     * @param kind      edge weights
     * @param neighbors out-neighbours per point (the graph is then symmetrised)
     * @param localDim  dimension of the local PCA subspaces (LOCAL_PCA), or 0 to read each one off
     *                  its neighbourhood's singular values with {@code rule}
     */
    static DMatrixSparseCSC build(DMatrixRMaj x, Affinity kind, int neighbors, int localDim, DimensionRule rule, double energyEps) {
        int n = x.numRows;
        if (neighbors < 1 || neighbors >= n) {
            throw new IllegalArgumentException("neighbors must be in [1, " + (n - 1) + "] for " + n + " points but is " + neighbors);
        }
        Memory.requireDoubles((long) n * n, "cosine matrix " + n + " x " + n);
        DMatrixRMaj unit = RowOps.normalize(x);
        DMatrixRMaj cos = Gram.ofRows(unit);
        int[][] nbr = new int[n][];
        Parallel.forRange(n, 64, null, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                nbr[i] = topAbs(cos, i, neighbors);
            }
        });
        double[][] weight = new double[n][neighbors];
        if (kind == Affinity.COSINE) {
            for (int i = 0; i < n; i++) {
                for (int t = 0; t < neighbors; t++) {
                    double c = Math.min(1, Math.abs(cos.unsafe_get(i, nbr[i][t])));
                    weight[i][t] = Math.exp(-2 * Math.acos(c));
                }
            }
        } else {
            DMatrixRMaj[] local = new DMatrixRMaj[n];
            Parallel.forRange(n, 16, null, (lo, hi) -> {
                for (int i = lo; i < hi; i++) {
                    local[i] = localBasis(unit, i, nbr[i], localDim, rule, energyEps);
                }
            });
            for (int i = 0; i < n; i++) {
                Interrupts.check();
                for (int t = 0; t < neighbors; t++) {
                    DMatrixRMaj qi = local[i];
                    DMatrixRMaj qj = local[nbr[i][t]];
                    // sum of sin^2 over the min(d_i, d_j) principal angles = min(d_i, d_j) - |Q_i^T Q_j|_F^2
                    DMatrixRMaj c = CommonOps_DDRM.multTransA(qi, qj, null);
                    double f = 0;
                    for (double v : c.data) {
                        f += v * v;
                    }
                    double sin2 = Math.max(0, Math.min(qi.numCols, qj.numCols) - f);
                    weight[i][t] = Math.exp(-sin2);
                }
            }
        }
        return symmetric(n, nbr, weight);
    }

    /** Indices of the k largest |cos(i, j)|, j != i (lower index first on ties). */
    private static int[] topAbs(DMatrixRMaj cos, int i, int k) {
        int n = cos.numCols;
        int[] best = new int[k];
        double[] val = new double[k];
        Arrays.fill(val, -1);
        int off = i * n;
        for (int j = 0; j < n; j++) {
            if (j == i) {
                continue;
            }
            double v = Math.abs(cos.data[off + j]);
            if (v > val[k - 1]) {
                int p = k - 1;
                while (p > 0 && val[p - 1] < v) {
                    val[p] = val[p - 1];
                    best[p] = best[p - 1];
                    p--;
                }
                val[p] = v;
                best[p] = j;
            }
        }
        return best;
    }

    /** Local PCA: leading left singular vectors of [x_i, its neighbours] (uncentred: linear subspaces). */
    private static DMatrixRMaj localBasis(DMatrixRMaj unit, int i, int[] nbr, int localDim, DimensionRule rule, double energyEps) {
        int[] rows = new int[nbr.length + 1];
        rows[0] = i;
        System.arraycopy(nbr, 0, rows, 1, nbr.length);
        DMatrixRMaj cols = CommonOps_DDRM.transpose(RowOps.select(unit, rows), null);
        int max = Math.min(cols.numRows, cols.numCols);
        // a neighbourhood of q + 1 points cannot show more than q dimensions
        int d = localDim > 0 ? Math.min(localDim, max) : rule.choose(Spectra.singularValues(cols), energyEps, max - 1);
        TruncatedSvd svd = Spectra.top(cols, d);
        return svd.u();
    }

    /** A + A^T of the directed k-NN graph, in compressed-column form with sorted rows. */
    private static DMatrixSparseCSC symmetric(int n, int[][] nbr, double[][] weight) {
        List<List<double[]>> columns = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            columns.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < nbr[i].length; t++) {
                int j = nbr[i][t];
                columns.get(j).add(new double[] {i, weight[i][t]});
                columns.get(i).add(new double[] {j, weight[i][t]});
            }
        }
        int nz = 0;
        for (List<double[]> c : columns) {
            nz += c.size();
        }
        DMatrixSparseCSC a = new DMatrixSparseCSC(n, n, nz);
        int p = 0;
        for (int j = 0; j < n; j++) {
            a.col_idx[j] = p;
            List<double[]> c = columns.get(j);
            c.sort((u, v) -> Double.compare(u[0], v[0]));
            for (int t = 0; t < c.size(); t++) {
                int row = (int) c.get(t)[0];
                if (p > a.col_idx[j] && a.nz_rows[p - 1] == row) {
                    a.nz_values[p - 1] += c.get(t)[1]; // i -> j and j -> i both chosen: weights add
                } else {
                    a.nz_rows[p] = row;
                    a.nz_values[p] = c.get(t)[1];
                    p++;
                }
            }
        }
        a.col_idx[n] = p;
        a.nz_length = p;
        a.indicesSorted = true;
        return a;
    }
}
