/**
 * Shared numerics for the paper plugins, as plain Java over EJML (usable from a JShell cell):
 * {@code random} (seeded {@code Rng}), {@code linalg} (spectra, subspaces, small matrix functions,
 * fast products), {@code nn} (small dense networks and optimizers), {@code knn} (exact nearest
 * neighbours), {@code stats} (fits, intervals, tests). This package holds the two helpers they all use:
 * {@link lab.subspace.numerics.Memory} (refuse allocations that do not fit, naming the size) and
 * {@link lab.subspace.numerics.Parallel} (interruptible, deterministic parallel loops).
 *
 * <p>Conventions: samples are rows; subspace bases are D x k with orthonormal columns; every random
 * procedure takes a seed; misuse throws {@code IllegalArgumentException} naming shapes and values;
 * numerical non-convergence is reported in results; loops call {@code Interrupts.check()}.
 */
package lab.subspace.numerics;
