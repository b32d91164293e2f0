package lab.subspace.magics.fourier;

import lab.subspace.numerics.random.Rng;

/** A stream of labelled examples for online SGD (a fresh example per step). */
@FunctionalInterface
public interface Sampler {

    /** One example drawn with {@code rng}. */
    Example next(Rng rng);

    /** A signal and its label (0 or 1). */
    record Example(double[] x, int label) {
    }
}
