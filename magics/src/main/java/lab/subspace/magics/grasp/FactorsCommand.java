package lab.subspace.magics.grasp;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code %grasp factors}: candidate factors of your own fine-tune, from its weight update dW or its
 * LoRA factors A and B, with their energy shares.
 */
@Command(name = "factors", description = "Candidate factors of your fine-tune: top singular directions of dW (--update) or of "
        + "scale B A (--lora-a, --lora-b) with their energy shares; optional |cos| to a known direction and the pretrained reading.")
public final class FactorsCommand implements Magic {

    /** Directions listed by default (fewer when the update has fewer). */
    static final int DEFAULT_TOP = 8;

    @Option(names = "--update", description = "Weight update dW = W_finetuned - W_pretrained, outputs x d (PyTorch's weight layout): "
            + "a variable or a .npy/.csv file.")
    String update;

    @Option(names = "--lora-a", description = "LoRA A (r x d_in, peft's lora_A.weight): a variable or a .npy/.csv file.")
    String loraA;

    @Option(names = "--lora-b", description = "LoRA B (d_out x r, peft's lora_B.weight): a variable or a .npy/.csv file.")
    String loraB;

    @Option(names = "--scale", defaultValue = "1", description = "LoRA scale alpha / r: dW = scale B A (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--top", description = "Directions to list (default " + DEFAULT_TOP + ", at most the update's rank).")
    Integer top;

    @Option(names = "--writes", description = "The layer writes to the representation (attention output, MLP down projection): "
            + "factors are on its output side.")
    boolean writes;

    @Option(names = "--reference", description = "A known direction (length d) to compare with: a variable or a .npy/.csv file.")
    String reference;

    @Option(names = "--base", description = "Pretrained weights W0 of the layer (same layout as dW), to show how strongly it already "
            + "reads (or writes) each direction.")
    String base;

    @Override
    public CandidateFactors run(MagicContext context) {
        CandidateFactors f = identify(context);
        if (reference != null) {
            f = f.withReference(Matrices.column(Inputs.vector(context, "--reference", reference)));
        }
        if (base != null) {
            DMatrixRMaj w0 = Inputs.matrix(context, "--base", base);
            f = f.withBase(writes ? CommonOps_DDRM.transpose(w0, null) : w0);
        }
        return f;
    }

    private CandidateFactors identify(MagicContext context) {
        boolean lora = loraA != null || loraB != null;
        if ((update == null) == !lora) {
            throw new UserError("give either --update dW, or --lora-a A with --lora-b B");
        }
        if (lora) {
            if (loraA == null || loraB == null) {
                throw new UserError("a LoRA update needs both --lora-a and --lora-b");
            }
            DMatrixRMaj a = Inputs.matrix(context, "--lora-a", loraA);
            DMatrixRMaj b = Inputs.matrix(context, "--lora-b", loraB);
            int rank = Math.min(a.numRows, Math.min(a.numCols, b.numRows));
            return Factors.fromLora(a, b, scale, count(rank), !writes);
        }
        DMatrixRMaj dw = Inputs.matrix(context, "--update", update);
        if (writes) {
            dw = CommonOps_DDRM.transpose(dw, null);
        }
        return Factors.identify(dw, count(Math.min(dw.numRows, dw.numCols)));
    }

    private int count(int available) {
        if (top == null) {
            return Math.max(1, Math.min(DEFAULT_TOP, available));
        }
        if (top < 1 || top > available) {
            throw new UserError("--top must be in [1, " + available + "] for this update but is " + top);
        }
        return top;
    }
}
