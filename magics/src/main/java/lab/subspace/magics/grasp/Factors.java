package lab.subspace.magics.grasp;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.LowRankSvd;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.linalg.TruncatedSvd;

/**
 * Unsupervised identification of latent factors from a fine-tune's weight update, as in
 * "Unsupervised Identification and Removal of Spurious Correlations During Fine-Tuning"
 * (arXiv:2605.27676): the top singular directions of dW (or of a LoRA update scale B A) on the
 * side that lives in the representation, ranked by their share of the update's energy
 * s_j^2 / sum_i s_i^2. A spurious factor, used the same way by every training example, piles its
 * energy into one direction; a complex task spreads its energy over many.
 *
 * <pre>{@code
 * CandidateFactors f = Factors.identify(dW, 5);                // dW: outputs x d (PyTorch's weight layout)
 * CandidateFactors g = Factors.fromLora(loraA, loraB, alpha / r, 5);
 * DMatrixRMaj v = f.directions(1);                             // d x 1: project it out with GRASP
 * }</pre>
 *
 * For a layer that writes to the representation (an attention output or MLP down projection), the
 * factors are the left singular vectors: pass the transpose of dW, or use {@link #fromLora} with
 * {@code reads = false}.
 */
public final class Factors {

    private Factors() {
    }

    /**
     * The k leading directions of a weight update dW (outputs x d) on its input side (right singular vectors).
     *
     * @throws IllegalArgumentException when dW is empty, not finite, all zeros, or k is outside [1, min(outputs, d)]
     */
    public static CandidateFactors identify(DMatrixRMaj update, int k) {
        Matrices.requireFinite("the weight update", update);
        int m = Math.min(update.numRows, update.numCols);
        if (m == 0) {
            throw new IllegalArgumentException("the weight update is empty (" + Matrices.shape(update) + ")");
        }
        requireCount(k, m, "a " + Matrices.shape(update) + " update");
        double total = NormOps_DDRM.normF(update);
        requireNonZero(total);
        TruncatedSvd svd = Spectra.top(update, k);
        return new CandidateFactors(svd.s(), total * total, svd.v(), svd.u(), null, null);
    }

    /** All directions of dW (k = min(outputs, d)). */
    public static CandidateFactors identify(DMatrixRMaj update) {
        return identify(update, Math.min(update.numRows, update.numCols));
    }

    /**
     * The k leading directions of a LoRA update scale B A, from the factors (A: r x d_in, B: d_out x r,
     * PyTorch/peft's lora_A.weight and lora_B.weight) without forming the product.
     *
     * @param reads true when the adapted layer reads the representation (factors on A's side, d_in);
     *              false when it writes to it (factors on B's side, d_out)
     * @throws IllegalArgumentException when the shapes do not chain, the update is zero, or k is outside [1, r]
     */
    public static CandidateFactors fromLora(DMatrixRMaj a, DMatrixRMaj b, double scale, int k, boolean reads) {
        if (!(Double.isFinite(scale) && scale != 0)) {
            throw new IllegalArgumentException("the LoRA scale (alpha / r) must be finite and non-zero but is " + scale);
        }
        if (b.numCols != a.numRows) {
            throw new IllegalArgumentException("LoRA B is " + Matrices.shape(b) + " but A is " + Matrices.shape(a)
                    + ": B's columns must equal A's rows (the rank r); peft stores lora_A.weight as r x d_in and lora_B.weight as d_out x r");
        }
        DMatrixRMaj scaled = b.copy();
        CommonOps_DDRM.scale(scale, scaled);
        TruncatedSvd svd = LowRankSvd.of(scaled, a);
        requireCount(k, svd.rank(), "a rank-" + a.numRows + " LoRA update");
        double total = Spectra.totalEnergy(svd.s());
        requireNonZero(Math.sqrt(total));
        DMatrixRMaj input = CommonOps_DDRM.extract(svd.v(), 0, svd.v().numRows, 0, k);
        DMatrixRMaj output = CommonOps_DDRM.extract(svd.u(), 0, svd.u().numRows, 0, k);
        double[] s = Arrays.copyOf(svd.s(), k);
        return reads ? new CandidateFactors(s, total, input, output, null, null) : new CandidateFactors(s, total, output, input, null, null);
    }

    private static void requireCount(int k, int max, String what) {
        if (k < 1 || k > max) {
            throw new IllegalArgumentException("the number of directions must be in [1, " + max + "] for " + what + " but is " + k);
        }
    }

    private static void requireNonZero(double norm) {
        if (norm == 0) {
            throw new IllegalArgumentException("the weight update is zero everywhere: there is no direction to identify "
                    + "(was the adapter trained? LoRA's B starts at zero)");
        }
    }
}
