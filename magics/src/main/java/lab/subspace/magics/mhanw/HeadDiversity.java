package lab.subspace.magics.mhanw;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.Parallel;
import lab.subspace.numerics.linalg.Gram;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.linalg.Spectrum;
import lab.subspace.numerics.linalg.Subspaces;

/**
 * Principal angles between attention heads' projection subspaces and the Head Diversity Index
 * (HDI) of "Multi-Head Attention as Ensemble Nadaraya-Watson Estimation: Variance Reduction,
 * Decorrelation, and Optimal Head Diversity".
 *
 * <p>Head h reads the d_k-dimensional subspace spanned by its projection (the d_k columns of W_Q or
 * W_K that belong to it), with an orthonormal basis Q_h. The cosines of the principal angles
 * between heads h and h' are the singular values of Q_h^T Q_h' (as in
 * {@link Subspaces#principalCosines}); their mean square is the pair's overlap, and
 * <pre>
 *   HDI = 1 - 2 / (H (H - 1)) * sum_{h &lt; h'} |Q_h^T Q_h'|_F^2 / d_k
 * </pre>
 * is 0 for identical heads and 1 for mutually orthogonal ones [reconstructed from the abstract:
 * the paper calls the HDI "a computable spectral measure of inter-head decorrelation"]. Heads of
 * unequal rank are normalised by the smaller rank. For H independent uniformly random d_k-dim
 * subspaces of R^d the expected HDI is 1 - d_k / d ({@link #randomIndex}), the reference a
 * trained model's heads can be compared with.
 *
 * <pre>{@code
 * LayerDiversity layer = HeadDiversity.ofProjection("layer 0", Wq, 12);   // Wq: 768 x 768
 * double hdi = layer.hdi();
 * double[] angles = layer.pair(0, 1).anglesDegrees();
 * }</pre>
 *
 * All pairs are computed from one Gram matrix of the stacked bases, B^T B, so a layer of a large
 * model costs one (d x H d_k)^T (d x H d_k) product plus one small SVD per pair. Angles come from
 * acos of the cosines, accurate to about 1e-8 rad near 0.
 */
public final class HeadDiversity {

    private HeadDiversity() {
    }

    /** The HDI of orthonormal head bases (d x k_h each, at least 2). */
    public static double index(List<DMatrixRMaj> bases) {
        return analyze("heads", bases).hdi();
    }

    /** Expected HDI of independent uniformly random d_k-dimensional subspaces of R^d: 1 - d_k / d. */
    public static double randomIndex(int dimension, int headDim) {
        if (dimension < 1 || headDim < 1 || headDim > dimension) {
            throw new IllegalArgumentException("need 1 <= d_k <= d but d_k = " + headDim + " and d = " + dimension);
        }
        return 1 - (double) headDim / dimension;
    }

    /**
     * Orthonormal bases of the heads of a projection matrix W (d_model x H d_k, head h owning
     * columns [h d_k, (h + 1) d_k), as in {@code x @ W} with PyTorch's weight transposed). Each
     * basis spans the head's columns and has their numerical rank (usually d_k).
     *
     * @throws IllegalArgumentException if the columns do not split into {@code heads} equal
     *                                  blocks, W has NaN/infinite entries, or a head is all zero
     */
    public static List<DMatrixRMaj> headBases(DMatrixRMaj projection, int heads) {
        if (heads < 1) {
            throw new IllegalArgumentException("the number of heads must be at least 1 but is " + heads);
        }
        if (projection.numCols % heads != 0) {
            throw new IllegalArgumentException("W is " + Matrices.shape(projection) + ": its " + projection.numCols
                    + " columns do not split into " + heads + " heads (pass the d_model x (H d_k) matrix, or transpose "
                    + "PyTorch's (H d_k) x d_model weight)");
        }
        Matrices.requireFinite("W", projection);
        int dk = projection.numCols / heads;
        if (dk > projection.numRows) {
            throw new IllegalArgumentException("W is " + Matrices.shape(projection) + ": heads of " + dk
                    + " columns cannot span more than d_model = " + projection.numRows + " dimensions (transposed?)");
        }
        List<DMatrixRMaj> bases = new ArrayList<>(heads);
        for (int h = 0; h < heads; h++) {
            Interrupts.check();
            DMatrixRMaj block = CommonOps_DDRM.extract(projection, 0, projection.numRows, h * dk, (h + 1) * dk);
            Spectrum spectrum = Spectra.spectrum(block);
            int rank = spectrum.numericalRank();
            if (rank == 0) {
                throw new IllegalArgumentException("head " + h + " of W (columns " + h * dk + ".." + ((h + 1) * dk - 1)
                        + ") is all zero: it has no subspace");
            }
            bases.add(Subspaces.basis(block, rank));
        }
        return bases;
    }

    /** {@link #analyze} of the heads of W (see {@link #headBases}). */
    public static LayerDiversity ofProjection(String name, DMatrixRMaj projection, int heads) {
        return analyze(name, headBases(projection, heads));
    }

    /**
     * Principal angles and overlaps of every pair of heads, and the HDI.
     *
     * @param name  a label for tables (e.g. "layer 3 W_Q")
     * @param bases at least 2 orthonormal bases in the same R^d
     * @throws IllegalArgumentException for fewer than 2 heads, bases of different d, or a basis
     *                                  without orthonormal columns
     */
    public static LayerDiversity analyze(String name, List<DMatrixRMaj> bases) {
        int heads = bases.size();
        if (heads < 2) {
            throw new IllegalArgumentException("head diversity needs at least 2 heads but got " + heads);
        }
        int d = bases.get(0).numRows;
        int[] ranks = new int[heads];
        int[] offsets = new int[heads + 1];
        for (int h = 0; h < heads; h++) {
            DMatrixRMaj q = bases.get(h);
            if (q.numRows != d) {
                throw new IllegalArgumentException("head 0 lives in R^" + d + " but head " + h + " is " + Matrices.shape(q));
            }
            if (q.numCols < 1) {
                throw new IllegalArgumentException("head " + h + " has an empty basis (" + Matrices.shape(q) + ")");
            }
            Matrices.requireFinite("basis of head " + h, q);
            ranks[h] = q.numCols;
            offsets[h + 1] = offsets[h] + q.numCols;
        }
        int total = offsets[heads];
        Memory.requireDoubles((long) d * total + (long) total * total, "stacked head bases " + d + " x " + total + " and their Gram matrix");
        DMatrixRMaj stacked = new DMatrixRMaj(d, total);
        for (int h = 0; h < heads; h++) {
            CommonOps_DDRM.insert(bases.get(h), stacked, 0, offsets[h]);
        }
        DMatrixRMaj gram = Gram.ofColumns(stacked);
        for (int h = 0; h < heads; h++) {
            requireOrthonormal(gram, offsets[h], ranks[h], h);
        }
        int pairCount = heads * (heads - 1) / 2;
        int[][] index = new int[pairCount][];
        for (int h = 0, p = 0; h < heads; h++) {
            for (int g = h + 1; g < heads; g++) {
                index[p++] = new int[] {h, g};
            }
        }
        HeadPair[] pairs = new HeadPair[pairCount];
        Parallel.forRange(pairCount, 8, null, (lo, hi) -> {
            for (int p = lo; p < hi; p++) {
                Interrupts.check();
                int h = index[p][0];
                int g = index[p][1];
                DMatrixRMaj block = CommonOps_DDRM.extract(gram, offsets[h], offsets[h + 1], offsets[g], offsets[g + 1]);
                pairs[p] = HeadPair.fromCosines(h, g, Spectra.spectrum(block, Spectra.Method.SVD).values());
            }
        });
        double[][] overlap = new double[heads][heads];
        double sum = 0;
        double randomSum = 0;
        for (HeadPair pair : pairs) {
            overlap[pair.first()][pair.second()] = pair.overlap();
            overlap[pair.second()][pair.first()] = pair.overlap();
            sum += pair.overlap();
            randomSum += (double) Math.max(ranks[pair.first()], ranks[pair.second()]) / d;
        }
        for (int h = 0; h < heads; h++) {
            overlap[h][h] = 1;
        }
        // clipped: rounding can put identical or orthogonal heads a hair outside [0, 1]
        double hdi = Math.max(0, Math.min(1, 1 - sum / pairCount));
        return new LayerDiversity(name, d, ranks, hdi, 1 - randomSum / pairCount, overlap, List.of(pairs));
    }

    private static void requireOrthonormal(DMatrixRMaj gram, int offset, int k, int head) {
        double worst = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                worst = Math.max(worst, Math.abs(gram.get(offset + i, offset + j) - (i == j ? 1 : 0)));
            }
        }
        if (worst > Subspaces.ORTHONORMAL_TOL) {
            throw new IllegalArgumentException("the basis of head " + head + " does not have orthonormal columns: max |Q^T Q - I| = "
                    + worst + "; use HeadDiversity.headBases(W, heads) or Subspaces.basis to orthonormalise it");
        }
    }
}
