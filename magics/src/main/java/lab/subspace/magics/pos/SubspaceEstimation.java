package lab.subspace.magics.pos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.display.Progress;
import lab.subspace.numerics.linalg.Centering;
import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.linalg.Subspaces;
import lab.subspace.numerics.linalg.TruncatedSvd;
import lab.subspace.numerics.linalg.UnionDistances;
import lab.subspace.numerics.random.Rng;

/**
 * Estimates the union of subspaces that unlabeled data (points or a network's activations, one
 * per row) lie near: how many subspaces, their dimensions, their bases and the principal angles
 * between them. The measurable form of the first postulate of "Axiomatizing Neural Networks via
 * Pursuit of Subspaces" (arXiv, 2025): representations live on a union of low-dimensional
 * subspaces.
 *
 * <p>Steps: (optionally) centre and project on the top principal directions; build a sparse
 * neighbourhood graph ({@link Affinity#COSINE}: thresholded subspace clustering, or
 * {@link Affinity#LOCAL_PCA}: local subspace affinity); cut it by spectral clustering
 * ({@link SpectralClustering}), which also picks K from the eigengap; read each cluster's
 * dimension off its singular values ({@link DimensionRule}); refine by K-subspaces
 * ({@link KSubspaces}) on all points.
 *
 * <pre>{@code
 * SubspaceStructure s = SubspaceEstimation.fit(X);                        // K and dimensions chosen
 * SubspaceStructure t = SubspaceEstimation.fit(acts, EstimationOptions.defaults().withCenter(true));
 * int k = s.count(); int[] dims = s.dims(); double[][] angles = s.smallestAngles();
 * }</pre>
 */
public final class SubspaceEstimation {

    private SubspaceEstimation() {
    }

    /** With {@link EstimationOptions#defaults()}. */
    public static SubspaceStructure fit(DMatrixRMaj x) {
        return fit(x, EstimationOptions.defaults());
    }

    /**
     * @param x n x D data, one point per row (not modified)
     * @throws IllegalArgumentException for non-finite data, fewer than 3 points, or options that
     *                                  do not fit the data (neighbours, K or dimension too large)
     */
    public static SubspaceStructure fit(DMatrixRMaj x, EstimationOptions o) {
        Matrices.requireFinite("X", x);
        int n = x.numRows;
        int ambient = x.numCols;
        if (n < 3) {
            throw new IllegalArgumentException("X has " + n + " rows; subspace estimation needs at least 3 points");
        }
        if (o.dimension() > ambient) {
            throw new IllegalArgumentException("dimension " + o.dimension() + " exceeds the " + ambient + " coordinates of X");
        }
        double[] mean = o.center() ? Centering.columnMeans(x) : new double[ambient];
        DMatrixRMaj xc = o.center() ? Centering.centerColumns(x) : x;
        try (Progress progress = Progress.start("subspace estimation", 4, Duration.ofSeconds(1))) {
            // 1. working coordinates: the top principal directions when D is large
            DMatrixRMaj directions = null;
            DMatrixRMaj work = xc;
            double kept = 1;
            if (ambient > o.maxAmbient()) {
                int r = Math.min(o.maxAmbient(), n);
                TruncatedSvd top = Spectra.top(xc, r);
                directions = top.v();
                work = CommonOps_DDRM.mult(xc, directions, null);
                kept = Spectra.totalEnergy(top.s()) / Math.max(Spectra.totalEnergy(Spectra.singularValues(xc)), Double.MIN_NORMAL);
            }
            progress.step();
            // 2. spectral clustering of (a subset of) the points
            Rng rng = new Rng(o.seed());
            int[] subset = n > o.maxPoints() ? sorted(rng.sample(n, o.maxPoints())) : null;
            DMatrixRMaj graphPoints = subset == null ? work : RowOps.select(work, subset);
            int m = graphPoints.numRows;
            int neighbors = Math.min(o.neighbors(), m - 1);
            if (o.subspaces() > m - 1) {
                throw new IllegalArgumentException("cannot find " + o.subspaces() + " subspaces among " + m + " points");
            }
            DMatrixSparseCSC graph = AffinityGraph.build(graphPoints, o.affinity(), neighbors, o.dimension(), o.dimensionRule(),
                    o.energyEps());
            SpectralPartition partition = SpectralClustering.cluster(graph, o.subspaces(), Math.min(o.maxSubspaces(), m - 1),
                    rng.nextLong());
            progress.step();
            // 3. dimensions and first bases from the clusters; then every point to its nearest subspace
            int[] graphLabels = compact(partition.labels());
            int k = max(graphLabels) + 1;
            int[] dims = new int[k];
            List<DMatrixRMaj> start = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                int size = KSubspaces.count(graphLabels, c);
                DMatrixRMaj members = CommonOps_DDRM.transpose(RowOps.select(graphPoints, rows(graphLabels, c)), null);
                int cap = Math.min(size, work.numCols);
                dims[c] = o.dimension() > 0 ? Math.min(o.dimension(), cap)
                        : o.dimensionRule().choose(Spectra.singularValues(members), o.energyEps(), cap);
                start.add(Spectra.top(members, dims[c]).u());
            }
            int[] labels = subset == null ? graphLabels : Subspaces.distancesToUnion(work, start).nearest();
            progress.step();
            // 4. K-subspaces on all points
            KSubspacesFit fit = o.refineIterations() == 0 ? null : KSubspaces.refine(work, requirePopulated(labels, dims), dims,
                    o.refineIterations());
            List<DMatrixRMaj> found = fit == null ? start : fit.bases();
            // report the subspaces by increasing dimension (ties: in order of appearance)
            Integer[] order = new Integer[found.size()];
            for (int c = 0; c < order.length; c++) {
                order[c] = c;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(found.get(a).numCols, found.get(b).numCols));
            int[] rank = new int[order.length];
            List<DMatrixRMaj> bases = new ArrayList<>();
            for (int c = 0; c < order.length; c++) {
                rank[order[c]] = c;
                bases.add(found.get(order[c]));
            }
            int[] finalLabels = (fit == null ? labels : fit.labels()).clone();
            for (int i = 0; i < finalLabels.length; i++) {
                finalLabels[i] = rank[finalLabels[i]];
            }
            List<DMatrixRMaj> lifted = new ArrayList<>();
            for (DMatrixRMaj q : bases) {
                lifted.add(directions == null ? q : Subspaces.orthonormalize(CommonOps_DDRM.mult(directions, q, null)));
            }
            UnionDistances d = Subspaces.distancesToUnion(xc, lifted);
            double[] resid = residualFractions(xc, finalLabels, d, lifted.size());
            progress.step();
            return new SubspaceStructure(lifted, finalLabels, mean, o.center(), resid, partition.eigenvalues(),
                    partition.countEstimated(), fit == null ? 0 : fit.iterations(), fit == null || fit.converged(),
                    partition.eigenConverged(), m, work.numCols, kept, o);
        }
    }

    /** K-subspaces starts from a fit per cluster: each needs at least as many points as its dimension. */
    private static int[] requirePopulated(int[] labels, int[] dims) {
        for (int c = 0; c < dims.length; c++) {
            if (KSubspaces.count(labels, c) < dims[c]) {
                throw new IllegalArgumentException("subspace " + c + " ended with " + KSubspaces.count(labels, c)
                        + " points, fewer than its dimension " + dims[c] + ": ask for fewer subspaces or a smaller dimension");
            }
        }
        return labels;
    }

    private static double[] residualFractions(DMatrixRMaj x, int[] labels, UnionDistances d, int k) {
        double[] off = new double[k];
        double[] total = new double[k];
        double[] norms = RowOps.squaredNorms(x);
        double[] dist = d.distance();
        for (int i = 0; i < labels.length; i++) {
            off[labels[i]] += dist[i] * dist[i];
            total[labels[i]] += norms[i];
        }
        for (int c = 0; c < k; c++) {
            off[c] = total[c] > 0 ? off[c] / total[c] : 0;
        }
        return off;
    }

    /** Relabels to 0..K-1 in order of first appearance (k-means can leave a label unused). */
    static int[] compact(int[] labels) {
        int[] map = new int[max(labels) + 1];
        Arrays.fill(map, -1);
        int next = 0;
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (map[labels[i]] < 0) {
                map[labels[i]] = next++;
            }
            out[i] = map[labels[i]];
        }
        return out;
    }

    private static int[] rows(int[] labels, int c) {
        return java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] == c).toArray();
    }

    private static int[] sorted(int[] a) {
        int[] s = a.clone();
        Arrays.sort(s);
        return s;
    }

    private static int max(int[] a) {
        int m = 0;
        for (int v : a) {
            m = Math.max(m, v);
        }
        return m;
    }
}
