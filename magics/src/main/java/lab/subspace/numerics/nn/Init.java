package lab.subspace.numerics.nn;

/** Weight initialisation: normal with a variance set by the layer's fan-in / fan-out; biases 0. */
public enum Init {
    /** He for ReLU and GELU layers, Xavier for the others. */
    AUTO,
    /** N(0, 2 / fan_in) (He et al. 2015), for ReLU networks. */
    HE,
    /** N(0, 2 / (fan_in + fan_out)) (Glorot and Bengio 2010), for tanh / sigmoid. */
    XAVIER,
    /** N(0, 1 / fan_in) (LeCun 1998). */
    LECUN;

    double std(int fanIn, int fanOut, Activation activation) {
        Init kind = this;
        if (kind == AUTO) {
            kind = activation == Activation.RELU || activation == Activation.GELU ? HE : XAVIER;
        }
        return switch (kind) {
            case HE -> Math.sqrt(2.0 / fanIn);
            case XAVIER -> Math.sqrt(2.0 / (fanIn + fanOut));
            default -> Math.sqrt(1.0 / fanIn);
        };
    }
}
