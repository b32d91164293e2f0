package lab.subspace.magics.audit;

import java.time.Duration;
import java.util.function.ToDoubleFunction;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.linalg.Products;
import lab.subspace.numerics.linalg.Subspaces;
import lab.subspace.numerics.random.Rng;

/**
 * Directional ablation as in "An Effective-Rank Audit of Alignment-Induced Activation Shifts":
 * activations h (rows) become {@code h - h P_k} with {@code P_k = U_k U_k^T} the projector on the
 * k leading audited directions, and a downstream function (a readout, a refusal score, a whole
 * remaining network) is evaluated on the result, next to the same ablation with random rank-k
 * projectors (Haar-distributed subspaces).
 *
 * <pre>{@code
 * DMatrixRMaj U = Spectra.top(M, 20).v();                // d x 20 leading shift directions
 * AblationCurve c = Ablation.curve(H, U, new int[] {0, 1, 5, 20},
 *         h -> refusalRate(h), 10, 42);                   // any ToDoubleFunction<DMatrixRMaj>
 * }</pre>
 */
public final class Ablation {

    private Ablation() {
    }

    /**
     * {@code h - h Q Q^T}: removes from every row of h its component in span(Q). Q (d x k) must
     * have orthonormal columns; h (n x d) is not modified.
     */
    public static DMatrixRMaj ablate(DMatrixRMaj h, DMatrixRMaj q) {
        Matrices.requireCols("activations", h, q.numRows);
        DMatrixRMaj out = h.copy();
        if (q.numCols == 0) {
            return out;
        }
        DMatrixRMaj coords = Products.mult(h, q, null);
        DMatrixRMaj back = Products.multTransB(coords, q, null);
        CommonOps_DDRM.subtractEquals(out, back);
        return out;
    }

    /**
     * The ablation curve of {@code downstream} over the sweep {@code ks}.
     *
     * @param h          activations (n x d); not modified (the function gets copies)
     * @param directions d x K orthonormal columns, leading direction first; K &gt;= max(ks)
     * @param ks         numbers of directions to remove (each in [0, K])
     * @param downstream score of ablated activations (called 1 + draws times per k)
     * @param draws      random projectors per k (&gt;= 1)
     * @param seed       seed of the random projectors
     */
    public static AblationCurve curve(DMatrixRMaj h, DMatrixRMaj directions, int[] ks,
            ToDoubleFunction<DMatrixRMaj> downstream, int draws, long seed) {
        Matrices.requireFinite("activations", h);
        if (directions.numRows != h.numCols) {
            throw new IllegalArgumentException("directions are " + Matrices.shape(directions) + " but the activations have "
                    + h.numCols + " columns: pass one direction per column, in R^" + h.numCols);
        }
        Subspaces.requireOrthonormal("directions", directions);
        if (ks.length == 0) {
            throw new IllegalArgumentException("the ablation sweep lists no k");
        }
        for (int k : ks) {
            if (k < 0 || k > directions.numCols) {
                throw new IllegalArgumentException("cannot ablate k = " + k + " directions: " + directions.numCols
                        + " are available (k must be in [0, " + directions.numCols + "])");
            }
        }
        if (draws < 1) {
            throw new IllegalArgumentException("random draws must be >= 1 but is " + draws);
        }
        int d = h.numCols;
        Rng rng = new Rng(seed);
        double[] top = new double[ks.length];
        double[] mean = new double[ks.length];
        double[] low = new double[ks.length];
        double[] high = new double[ks.length];
        try (Progress progress = Progress.start("ablation", ks.length, Duration.ofSeconds(1))) {
            for (int i = 0; i < ks.length; i++) {
                Interrupts.check();
                int k = ks[i];
                DMatrixRMaj lead = k == 0 ? new DMatrixRMaj(d, 0) : CommonOps_DDRM.extract(directions, 0, d, 0, k);
                top[i] = downstream.applyAsDouble(ablate(h, lead));
                if (k == 0) {
                    mean[i] = low[i] = high[i] = top[i];
                } else {
                    double lo = Double.POSITIVE_INFINITY;
                    double hi = Double.NEGATIVE_INFINITY;
                    double sum = 0;
                    for (int t = 0; t < draws; t++) {
                        Interrupts.check();
                        double v = downstream.applyAsDouble(ablate(h, rng.orthonormal(d, k)));
                        sum += v;
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                    mean[i] = sum / draws;
                    low[i] = lo;
                    high[i] = hi;
                }
                progress.step();
            }
        }
        return new AblationCurve(ks, top, mean, low, high, draws);
    }
}
