package lab.subspace.magics.symopt;

import java.util.Objects;
import java.util.function.Supplier;

import lab.subspace.numerics.nn.Optimizer;
import lab.subspace.numerics.nn.Optimizers;

/**
 * An optimizer whose equivariance {@link Equivariance} measures, with the group it is designed for.
 *
 * @param name      row label
 * @param formula   the update, for the table
 * @param own       the largest tested group it should be equivariant under, or null if unknown
 *                  (a user-defined rule)
 * @param optimizer fresh optimizers (each check starts from zero state)
 */
public record Candidate(String name, String formula, Group own, Supplier<Optimizer> optimizer) {

    /** Learning rate and weight decay of the checked optimizers (any positive values would do). */
    static final double LR = 0.1;
    static final double WEIGHT_DECAY = 0.1;

    public Candidate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(optimizer, "optimizer");
        formula = formula == null ? "" : formula;
    }

    /** A rule run as {@link LayerwiseOptimizer} (EMA momentum 0.95 and decoupled weight decay). */
    public static Candidate of(String name, String formula, Group own, UpdateRule rule) {
        Objects.requireNonNull(rule, "rule");
        return new Candidate(name, formula, own, () -> LayerwiseOptimizer.of(LR, WEIGHT_DECAY, rule));
    }

    /** A user-defined rule whose group is not declared. */
    public static Candidate of(String name, UpdateRule rule) {
        return of(name, "user-defined", null, rule);
    }

    /** AdamW (betas 0.9, 0.999): coordinate-wise, so it only respects coordinate permutations. */
    public static Candidate adamW() {
        return new Candidate("AdamW", "m / (sqrt(v) + eps), per entry", Group.COORDINATE_PERMUTATION,
                () -> Optimizers.adamW(LR, WEIGHT_DECAY));
    }

    /** Whether it is expected to be equivariant under {@code g}; null when its group is unknown. */
    public Boolean expectedEquivariant(Group g) {
        return own == null ? null : own.contains(g);
    }
}
