package lab.subspace.magics.audit;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.nn.Forward;
import lab.subspace.numerics.nn.Mlp;

/** A calibration model seen as hidden activations plus a readout that can be re-run on edited ones. */
interface TunedModel {

    /** Activations of every hidden layer for the samples x; {@code safety} flags the gated rows. */
    List<DMatrixRMaj> hidden(DMatrixRMaj x, boolean[] safety);

    /** Logits (n x 1) from the last hidden layer's activations. */
    DMatrixRMaj readout(DMatrixRMaj lastHidden);

    /** A plain network: hidden layers 0..L-1, then the linear readout. */
    static TunedModel of(Mlp net) {
        int last = net.layers() - 1;
        return new TunedModel() {
            @Override
            public List<DMatrixRMaj> hidden(DMatrixRMaj x, boolean[] safety) {
                Forward f = net.forward(x);
                List<DMatrixRMaj> out = new ArrayList<>();
                for (int l = 0; l < last; l++) {
                    out.add(f.activation(l));
                }
                return out;
            }

            @Override
            public DMatrixRMaj readout(DMatrixRMaj lastHidden) {
                return net.forwardFrom(last, lastHidden).output();
            }
        };
    }

    /** The base network with a steering vector added to the last hidden layer on gated rows. */
    static TunedModel steered(Mlp base, double[] vector) {
        TunedModel plain = of(base);
        return new TunedModel() {
            @Override
            public List<DMatrixRMaj> hidden(DMatrixRMaj x, boolean[] safety) {
                List<DMatrixRMaj> h = new ArrayList<>(plain.hidden(x, safety));
                DMatrixRMaj last = h.get(h.size() - 1).copy();
                for (int i = 0; i < last.numRows; i++) {
                    if (safety[i]) {
                        for (int j = 0; j < last.numCols; j++) {
                            last.unsafe_set(i, j, last.unsafe_get(i, j) + vector[j]);
                        }
                    }
                }
                h.set(h.size() - 1, last);
                return h;
            }

            @Override
            public DMatrixRMaj readout(DMatrixRMaj lastHidden) {
                return plain.readout(lastHidden);
            }
        };
    }
}
