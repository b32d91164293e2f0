/**
 * Seeded, JDK-independent random numbers: {@link lab.subspace.numerics.random.Rng}.
 */
package lab.subspace.numerics.random;
