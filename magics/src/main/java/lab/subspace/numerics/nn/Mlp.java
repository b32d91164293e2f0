package lab.subspace.numerics.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.linalg.Products;
import lab.subspace.numerics.random.Rng;

/**
 * A small dense neural network (multi-layer perceptron) on EJML matrices, with the hooks the
 * reproduced papers need: hidden activations per layer, extra gradients injected at hidden
 * activations (regularisers on representations, as in "Effective-rank audit of
 * alignment-induced activation shifts"), frozen layers and LoRA adapters (GRASP), and plain
 * weight access for one-step feature-learning experiments.
 *
 * <p>Batches are matrices with one sample per ROW. Losses are not part of the network: compute
 * one with {@link Losses} on {@code forward.output()} and pass its gradient to {@link #backward}.
 *
 * <pre>{@code
 * Mlp net = Mlp.of(new int[] {20, 128, 128, 128, 1}, Activation.RELU, Activation.IDENTITY, 42);
 * Optimizer adam = Optimizers.adam(1e-3);
 * Forward f = net.forward(X);
 * LossValue loss = Losses.bceWithLogits(f.output(), y);
 * Gradients g = net.backward(f, loss.gradient(), Map.of(2, extraGradOnLayer2));
 * adam.step(net.parameters(), g.list());
 * }</pre>
 */
public final class Mlp {

    private final List<Dense> layers;

    private Mlp(List<Dense> layers) {
        this.layers = layers;
    }

    /** Starts a network that takes {@code inputs} features. */
    public static Builder builder(int inputs) {
        return new Builder(inputs);
    }

    /**
     * A network with the given layer sizes (input first, output last), one activation for all
     * hidden layers and one for the output, biases everywhere, {@link Init#AUTO} initialisation.
     */
    public static Mlp of(int[] sizes, Activation hidden, Activation output, long seed) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("sizes must list the inputs and at least one layer");
        }
        Builder b = builder(sizes[0]);
        for (int i = 1; i < sizes.length; i++) {
            b.layer(sizes[i], i == sizes.length - 1 ? output : hidden);
        }
        return b.build(seed);
    }

    /** Builds an {@link Mlp} layer by layer. */
    public static final class Builder {
        private final int inputs;
        private final List<int[]> sizes = new ArrayList<>();
        private final List<Activation> activations = new ArrayList<>();
        private Init init = Init.AUTO;

        private Builder(int inputs) {
            if (inputs < 1) {
                throw new IllegalArgumentException("the network needs at least one input but has " + inputs);
            }
            this.inputs = inputs;
        }

        /** Adds a layer with a bias. */
        public Builder layer(int units, Activation activation) {
            return layer(units, activation, true);
        }

        /** Adds a layer, with or without a bias. */
        public Builder layer(int units, Activation activation, boolean bias) {
            if (units < 1) {
                throw new IllegalArgumentException("a layer needs at least one unit but has " + units);
            }
            sizes.add(new int[] {units, bias ? 1 : 0});
            activations.add(activation);
            return this;
        }

        /** Initialisation scheme (default {@link Init#AUTO}). */
        public Builder init(Init init) {
            this.init = init;
            return this;
        }

        /** The network with weights drawn from a generator seeded with {@code seed}. */
        public Mlp build(long seed) {
            if (sizes.isEmpty()) {
                throw new IllegalArgumentException("the network has no layers");
            }
            Rng rng = new Rng(seed);
            List<Dense> list = new ArrayList<>();
            int in = inputs;
            for (int i = 0; i < sizes.size(); i++) {
                Dense d = new Dense(in, sizes.get(i)[0], activations.get(i), sizes.get(i)[1] == 1);
                d.initialize(init, rng);
                list.add(d);
                in = sizes.get(i)[0];
            }
            return new Mlp(list);
        }
    }

    // ---------------------------------------------------------------- structure

    public int layers() {
        return layers.size();
    }

    public Dense layer(int index) {
        return layers.get(index);
    }

    public int inputs() {
        return layers.get(0).inputs();
    }

    public int outputs() {
        return layers.get(layers.size() - 1).outputs();
    }

    /** A deep copy (weights, biases, frozen flags, adapters). */
    public Mlp copy() {
        List<Dense> list = new ArrayList<>();
        for (Dense d : layers) {
            list.add(d.copy());
        }
        return new Mlp(list);
    }

    /** Copies all weights and biases from a network of the same architecture (adapters untouched). */
    public void copyWeightsFrom(Mlp other) {
        if (other.layers() != layers()) {
            throw new IllegalArgumentException("the other network has " + other.layers() + " layers but this one has "
                    + layers());
        }
        for (int l = 0; l < layers(); l++) {
            layer(l).setWeight(other.layer(l).weight());
            if (layer(l).hasBias() != other.layer(l).hasBias()) {
                throw new IllegalArgumentException("layer " + l + " has a bias in one network but not in the other");
            }
            if (layer(l).hasBias()) {
                layer(l).setBias(other.layer(l).bias());
            }
        }
    }

    /**
     * The trainable parameters, live, in a fixed order: per layer W and b unless frozen, then the
     * adapter's A and B if present. Changing frozen flags or adapters changes this list: reset
     * the optimizer then.
     */
    public List<DMatrixRMaj> parameters() {
        List<DMatrixRMaj> out = new ArrayList<>();
        for (Dense d : layers) {
            if (!d.isFrozen()) {
                out.add(d.weight());
                if (d.hasBias()) {
                    out.add(d.bias());
                }
            }
            if (d.hasAdapter()) {
                out.add(d.adapterA());
                out.add(d.adapterB());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Names of {@link #parameters()}: "0.weight", "0.bias", "2.adapter_A", ... */
    public List<String> parameterNames() {
        List<String> out = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            Dense d = layers.get(l);
            if (!d.isFrozen()) {
                out.add(l + ".weight");
                if (d.hasBias()) {
                    out.add(l + ".bias");
                }
            }
            if (d.hasAdapter()) {
                out.add(l + ".adapter_A");
                out.add(l + ".adapter_B");
            }
        }
        return out;
    }

    /** Number of trainable scalars. */
    public long parameterCount() {
        long n = 0;
        for (DMatrixRMaj p : parameters()) {
            n += p.getNumElements();
        }
        return n;
    }

    // ---------------------------------------------------------------- forward

    /** Runs the network on a batch (n x inputs), caching every layer's values. */
    public Forward forward(DMatrixRMaj x) {
        return forwardFrom(0, x);
    }

    /** The network's output for a batch. */
    public DMatrixRMaj predict(DMatrixRMaj x) {
        return forward(x).output();
    }

    /**
     * Runs layers {@code first..} on {@code h}, which stands for the output of layer
     * {@code first - 1} (e.g. an ablated hidden representation fed to the remaining layers).
     */
    public Forward forwardFrom(int first, DMatrixRMaj h) {
        if (first < 0 || first >= layers.size()) {
            throw new IllegalArgumentException("first layer must be in [0, " + (layers.size() - 1) + "] but is " + first);
        }
        Matrices.requireCols(first == 0 ? "input batch" : "input to layer " + first, h, layers.get(first).inputs());
        List<DMatrixRMaj> pre = new ArrayList<>();
        List<DMatrixRMaj> post = new ArrayList<>();
        DMatrixRMaj cur = h;
        for (int l = first; l < layers.size(); l++) {
            Interrupts.check();
            Dense d = layers.get(l);
            DMatrixRMaj z = Products.multTransB(cur, d.effectiveWeight(), null);
            if (d.hasBias()) {
                double[] b = d.bias().data;
                int m = z.numCols;
                for (int i = 0; i < z.numRows; i++) {
                    int off = i * m;
                    for (int j = 0; j < m; j++) {
                        z.data[off + j] += b[j];
                    }
                }
            }
            DMatrixRMaj a = z;
            if (d.activation() != Activation.IDENTITY) {
                a = new DMatrixRMaj(z.numRows, z.numCols);
                Activation act = d.activation();
                for (int k = 0; k < z.data.length; k++) {
                    a.data[k] = act.apply(z.data[k]);
                }
            }
            pre.add(z);
            post.add(a);
            cur = a;
        }
        return new Forward(first, h, pre, post);
    }

    // ---------------------------------------------------------------- backward

    /** Backpropagates dLoss/dOutput (n x outputs) through the pass {@code f}. */
    public Gradients backward(Forward f, DMatrixRMaj dOutput) {
        return backward(f, dOutput, Map.of());
    }

    /**
     * Backpropagates dLoss/dOutput plus extra gradients dPenalty/dH_l added at hidden activations
     * (map from layer index to an n x units matrix) - the gradient of a regulariser on
     * representations. Inputs are not modified.
     */
    public Gradients backward(Forward f, DMatrixRMaj dOutput, Map<Integer, DMatrixRMaj> extraActivationGradients) {
        int n = f.batchSize();
        Matrices.requireShape("dOutput", dOutput, n, outputs());
        for (Map.Entry<Integer, DMatrixRMaj> e : extraActivationGradients.entrySet()) {
            int l = e.getKey();
            if (l < f.first() || l >= layers.size()) {
                throw new IllegalArgumentException("extra gradient for layer " + l + " but the forward pass covers layers "
                        + f.first() + ".." + (layers.size() - 1));
            }
            Matrices.requireShape("extra gradient for layer " + l, e.getValue(), n, layers.get(l).outputs());
        }
        int count = layers.size();
        DMatrixRMaj[] gw = new DMatrixRMaj[count];
        DMatrixRMaj[] gb = new DMatrixRMaj[count];
        DMatrixRMaj[] ga = new DMatrixRMaj[count];
        DMatrixRMaj[] gbB = new DMatrixRMaj[count];
        DMatrixRMaj dh = dOutput;
        for (int l = count - 1; l >= f.first(); l--) {
            Interrupts.check();
            Dense d = layers.get(l);
            DMatrixRMaj extra = extraActivationGradients.get(l);
            if (extra != null) {
                dh = dh.copy();
                CommonOps_DDRM.addEquals(dh, extra);
            }
            DMatrixRMaj dz = activationBackward(d.activation(), f.preActivation(l), f.activation(l), dh);
            DMatrixRMaj hin = f.layerInput(l);
            if (!d.isFrozen() || d.hasAdapter()) {
                gw[l] = Products.multTransA(dz, hin, null);
            }
            if (!d.isFrozen() && d.hasBias()) {
                gb[l] = columnSums(dz);
            }
            if (d.hasAdapter()) {
                double s = d.adapterScale();
                ga[l] = CommonOps_DDRM.multTransA(s, d.adapterB(), gw[l], null);
                gbB[l] = CommonOps_DDRM.multTransB(s, gw[l], d.adapterA(), null);
            }
            dh = Products.mult(dz, d.effectiveWeight(), null);
        }
        return new Gradients(this, f.first(), gw, gb, ga, gbB, dh);
    }

    private static DMatrixRMaj activationBackward(Activation act, DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj dh) {
        if (act == Activation.IDENTITY) {
            return dh;
        }
        DMatrixRMaj dz = new DMatrixRMaj(z.numRows, z.numCols);
        for (int k = 0; k < dz.data.length; k++) {
            dz.data[k] = dh.data[k] * act.derivative(z.data[k], a.data[k]);
        }
        return dz;
    }

    private static DMatrixRMaj columnSums(DMatrixRMaj m) {
        DMatrixRMaj s = new DMatrixRMaj(1, m.numCols);
        for (int i = 0; i < m.numRows; i++) {
            int off = i * m.numCols;
            for (int j = 0; j < m.numCols; j++) {
                s.data[j] += m.data[off + j];
            }
        }
        return s;
    }
}
