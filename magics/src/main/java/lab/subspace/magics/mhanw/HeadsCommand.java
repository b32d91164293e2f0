package lab.subspace.magics.mhanw;

import java.util.List;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %mha-nw heads}: HDI and principal angles of a model's heads, layer by layer. */
@Command(name = "heads", description = "Head Diversity Index and principal angles between the heads of your W_Q (and W_K), per layer.")
public final class HeadsCommand implements Magic {

    @Option(names = "--wq", required = true, split = ",", description = "W_Q per layer: variables or .npy/.csv files, each d_model x (H d_k); "
            + "a 3-D .npy (layers x d_model x H d_k) or a List/double[][][] variable gives several layers.")
    List<String> wq;

    @Option(names = "--wk", split = ",", description = "W_K per layer, like --wq (optional).")
    List<String> wk;

    @Option(names = "--heads", required = true, description = "Number of heads H per layer.")
    int heads;

    @Option(names = "--transpose", description = "The matrices are (H d_k) x d_model, like PyTorch's nn.Linear.weight.")
    boolean transpose;

    @Option(names = "--layer", description = "Layer whose angle heatmap is drawn (default: the least diverse).")
    Integer layer;

    @Override
    public DiversityReport run(MagicContext context) {
        List<LayerInputs.Layer> q = LayerInputs.read(context, "--wq", wq, transpose);
        List<LayerInputs.Layer> k = wk == null ? List.of() : LayerInputs.read(context, "--wk", wk, transpose);
        if (!k.isEmpty() && k.size() != q.size()) {
            throw new UserError("--wq gives " + q.size() + " layers but --wk gives " + k.size());
        }
        if (heads < 2) {
            throw new UserError("--heads must be at least 2 to compare heads but is " + heads);
        }
        if (layer != null && (layer < 0 || layer >= q.size())) {
            throw new UserError("--layer " + layer + " does not exist: there are " + q.size() + " layers (0.." + (q.size() - 1) + ")");
        }
        return DiversityReport.analyze(q.stream().map(LayerInputs.Layer::name).toList(),
                q.stream().map(LayerInputs.Layer::matrix).toList(), k.stream().map(LayerInputs.Layer::matrix).toList(), heads, layer);
    }
}
