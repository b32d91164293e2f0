package lab.subspace.numerics.nn;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

/**
 * The cached values of one forward pass over a batch (rows = samples), needed by
 * {@link Mlp#backward} and by anything that inspects hidden representations.
 *
 * <p>Layer indices are the network's: {@code activation(l)} is the output of layer l (after its
 * activation function), {@code preActivation(l)} the input to that function. A pass started with
 * {@link Mlp#forwardFrom} holds only layers {@code first()..}. Do not modify the matrices.
 *
 * @param first          index of the first layer run
 * @param input          the batch fed to layer {@code first}
 * @param preActivations Z_l = H_{l-1} W_l^T + b_l for l = first..last
 * @param activations    H_l = act(Z_l) for l = first..last
 */
public record Forward(int first, DMatrixRMaj input, List<DMatrixRMaj> preActivations, List<DMatrixRMaj> activations) {

    public Forward {
        preActivations = List.copyOf(preActivations);
        activations = List.copyOf(activations);
    }

    /** The network's output (the last layer's activation). */
    public DMatrixRMaj output() {
        return activations.get(activations.size() - 1);
    }

    /** Output of layer l (rows = samples, columns = the layer's units). */
    public DMatrixRMaj activation(int layer) {
        return activations.get(index(layer));
    }

    /** Pre-activation of layer l. */
    public DMatrixRMaj preActivation(int layer) {
        return preActivations.get(index(layer));
    }

    /** Input of layer l: the previous layer's activation, or the batch for the first layer run. */
    public DMatrixRMaj layerInput(int layer) {
        int i = index(layer);
        return i == 0 ? input : activations.get(i - 1);
    }

    /** Number of samples in the batch. */
    public int batchSize() {
        return input.numRows;
    }

    /** Index one past the last layer. */
    public int end() {
        return first + activations.size();
    }

    private int index(int layer) {
        if (layer < first || layer >= end()) {
            throw new IllegalArgumentException("layer " + layer + " is not in this forward pass (layers " + first + ".."
                    + (end() - 1) + ")");
        }
        return layer - first;
    }
}
