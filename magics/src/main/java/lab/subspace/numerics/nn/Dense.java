package lab.subspace.numerics.nn;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.random.Rng;

/**
 * One fully connected layer h = act(x W^T + b) of an {@link Mlp}, with W (outputs x inputs) and
 * b (1 x outputs, or none), optionally frozen, optionally with a LoRA adapter so that the
 * effective weight is {@code W + scale B A} (Hu et al., "LoRA: Low-Rank Adaptation of Large
 * Language Models", arXiv:2106.09685).
 *
 * <p>{@link #weight()} and {@link #bias()} are the live parameters: optimizers update them in
 * place and callers may edit them (use {@link #setWeight} to copy values in with a shape check).
 *
 * <pre>{@code
 * Dense last = net.layer(2);
 * last.setFrozen(true);
 * last.addAdapter(4, 1.0, new Rng(1));     // train only B (out x 4) and A (4 x in)
 * }</pre>
 */
public final class Dense {

    private final Activation activation;
    private final DMatrixRMaj weight;
    private final DMatrixRMaj bias;
    private boolean frozen;
    private DMatrixRMaj adapterA;
    private DMatrixRMaj adapterB;
    private double adapterScale;

    Dense(int inputs, int outputs, Activation activation, boolean hasBias) {
        this.activation = activation;
        this.weight = new DMatrixRMaj(outputs, inputs);
        this.bias = hasBias ? new DMatrixRMaj(1, outputs) : null;
    }

    private Dense(Dense other) {
        this.activation = other.activation;
        this.weight = other.weight.copy();
        this.bias = other.bias == null ? null : other.bias.copy();
        this.frozen = other.frozen;
        this.adapterA = other.adapterA == null ? null : other.adapterA.copy();
        this.adapterB = other.adapterB == null ? null : other.adapterB.copy();
        this.adapterScale = other.adapterScale;
    }

    Dense copy() {
        return new Dense(this);
    }

    public int inputs() {
        return weight.numCols;
    }

    public int outputs() {
        return weight.numRows;
    }

    public Activation activation() {
        return activation;
    }

    /** The live weight matrix W (outputs x inputs). */
    public DMatrixRMaj weight() {
        return weight;
    }

    /** The live bias (1 x outputs), or null when the layer has none. */
    public DMatrixRMaj bias() {
        return bias;
    }

    public boolean hasBias() {
        return bias != null;
    }

    /** Copies values into W. */
    public void setWeight(DMatrixRMaj w) {
        Matrices.requireShape("weight", w, weight.numRows, weight.numCols);
        weight.setTo(w);
    }

    /** Copies values into b (1 x outputs, or outputs x 1). */
    public void setBias(DMatrixRMaj b) {
        if (bias == null) {
            throw new IllegalArgumentException("this layer has no bias");
        }
        if (b.getNumElements() != bias.numCols || (b.numRows != 1 && b.numCols != 1)) {
            throw new IllegalArgumentException("bias must be 1 x " + bias.numCols + " but is " + Matrices.shape(b));
        }
        System.arraycopy(b.data, 0, bias.data, 0, bias.numCols);
    }

    public boolean isFrozen() {
        return frozen;
    }

    /** A frozen layer's W and b are not trained (an adapter on it still is). */
    public void setFrozen(boolean frozen) {
        this.frozen = frozen;
    }

    /**
     * Adds a LoRA adapter of the given rank: A (rank x inputs) ~ N(0, 1/inputs), B = 0, so the
     * layer's function is unchanged until B is trained.
     */
    public void addAdapter(int rank, double scale, Rng rng) {
        if (rank < 1 || rank > Math.min(inputs(), outputs())) {
            throw new IllegalArgumentException("adapter rank must be in [1, " + Math.min(inputs(), outputs())
                    + "] but is " + rank);
        }
        adapterA = rng.gaussian(rank, inputs(), 1 / Math.sqrt(inputs()));
        adapterB = new DMatrixRMaj(outputs(), rank);
        adapterScale = scale;
    }

    public boolean hasAdapter() {
        return adapterA != null;
    }

    /** The live adapter factor A (rank x inputs), or null. */
    public DMatrixRMaj adapterA() {
        return adapterA;
    }

    /** The live adapter factor B (outputs x rank), or null. */
    public DMatrixRMaj adapterB() {
        return adapterB;
    }

    public double adapterScale() {
        return adapterScale;
    }

    /** scale B A (outputs x inputs): the adapter's weight update; zeros without an adapter. */
    public DMatrixRMaj adapterDelta() {
        DMatrixRMaj d = new DMatrixRMaj(outputs(), inputs());
        if (adapterA != null) {
            CommonOps_DDRM.mult(adapterScale, adapterB, adapterA, d);
        }
        return d;
    }

    /** W + scale B A. */
    public DMatrixRMaj effectiveWeight() {
        if (adapterA == null) {
            return weight;
        }
        DMatrixRMaj w = adapterDelta();
        CommonOps_DDRM.addEquals(w, weight);
        return w;
    }

    /** Folds the adapter into W and removes it. */
    public void mergeAdapter() {
        if (adapterA != null) {
            weight.setTo(effectiveWeight());
            removeAdapter();
        }
    }

    /** Drops the adapter without changing W. */
    public void removeAdapter() {
        adapterA = null;
        adapterB = null;
        adapterScale = 0;
    }

    void initialize(Init init, Rng rng) {
        double std = init.std(inputs(), outputs(), activation);
        for (int k = 0; k < weight.data.length; k++) {
            weight.data[k] = std * rng.gaussian();
        }
        if (bias != null) {
            CommonOps_DDRM.fill(bias, 0);
        }
    }
}
