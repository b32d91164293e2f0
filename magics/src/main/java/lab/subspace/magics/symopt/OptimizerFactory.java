package lab.subspace.magics.symopt;

import lab.subspace.numerics.nn.Optimizer;

/** Builds a fresh optimizer for a learning rate (one per training run). */
@FunctionalInterface
public interface OptimizerFactory {

    Optimizer create(double learningRate);
}
