package lab.subspace.numerics.nn;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

/**
 * Gradients from {@link Mlp#backward}: per layer, and as a list aligned with
 * {@link Mlp#parameters()} for an {@link Optimizer}.
 *
 * <p>{@code weight(l)} is dLoss/dW_eff for the layer's effective weight (W + scale B A); it is
 * also present for frozen layers that carry an adapter (it is what projections act on), but
 * only trainable parameters appear in {@link #list()}.
 */
public final class Gradients {

    private final Mlp net;
    private final int first;
    private final DMatrixRMaj[] weight;
    private final DMatrixRMaj[] bias;
    private final DMatrixRMaj[] adapterA;
    private final DMatrixRMaj[] adapterB;
    private final DMatrixRMaj input;

    Gradients(Mlp net, int first, DMatrixRMaj[] weight, DMatrixRMaj[] bias, DMatrixRMaj[] adapterA,
            DMatrixRMaj[] adapterB, DMatrixRMaj input) {
        this.net = net;
        this.first = first;
        this.weight = weight;
        this.bias = bias;
        this.adapterA = adapterA;
        this.adapterB = adapterB;
        this.input = input;
    }

    /** dLoss/dW_eff of layer l (outputs x inputs), or null if not computed (frozen, no adapter). */
    public DMatrixRMaj weight(int layer) {
        return weight[layer];
    }

    /** dLoss/db of layer l (1 x outputs), or null. */
    public DMatrixRMaj bias(int layer) {
        return bias[layer];
    }

    /** dLoss/dA of layer l's adapter, or null. */
    public DMatrixRMaj adapterA(int layer) {
        return adapterA[layer];
    }

    /** dLoss/dB of layer l's adapter, or null. */
    public DMatrixRMaj adapterB(int layer) {
        return adapterB[layer];
    }

    /** dLoss/d(input of the forward pass) (n x inputs). */
    public DMatrixRMaj input() {
        return input;
    }

    /**
     * The gradients of {@link Mlp#parameters()}, in the same order (layers before the forward
     * pass's first layer get zero gradients).
     */
    public List<DMatrixRMaj> list() {
        List<DMatrixRMaj> out = new ArrayList<>();
        for (int l = 0; l < net.layers(); l++) {
            Dense d = net.layer(l);
            if (!d.isFrozen()) {
                out.add(orZeros(weight[l], d.weight()));
                if (d.hasBias()) {
                    out.add(orZeros(bias[l], d.bias()));
                }
            }
            if (d.hasAdapter()) {
                out.add(orZeros(adapterA[l], d.adapterA()));
                out.add(orZeros(adapterB[l], d.adapterB()));
            }
        }
        return out;
    }

    int first() {
        return first;
    }

    private static DMatrixRMaj orZeros(DMatrixRMaj g, DMatrixRMaj like) {
        return g != null ? g : new DMatrixRMaj(like.numRows, like.numCols);
    }
}
