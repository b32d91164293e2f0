package lab.subspace.magics.game;

import java.util.Arrays;

import lab.subspace.data.MaskedMatrix;

/**
 * The penalty weights of GAME: one lambda_g per row group and an optional global lambda_0 in
 * {@code 1/2 |P_Omega(Y - X)|_F^2 + sum_g lambda_g |X_{G_g,:}|_* + lambda_0 |X|_*}.
 *
 * <p>Default rule ({@link #fromNoise}): {@code lambda_g = sigma sqrt(q_g) (sqrt(n_g) + sqrt(p))},
 * the typical spectral norm of the sampled noise P_Omega(E) restricted to the group's n_g rows,
 * where q_g is the fraction of the group's entries that are observed. A sparsely observed group
 * therefore gets a smaller penalty, instead of the single global weight that over-shrinks it.
 *
 * <pre>{@code
 * Lambdas l = Lambdas.fromNoise(Y, groups, 0.1);        // sigma = 0.1
 * Lambdas half = l.scaled(0.5);                          // a point of a lambda path
 * double global = Lambdas.globalFromNoise(Y, 0.1);       // soft-impute's weight by the same rule
 * }</pre>
 *
 * @param groups one weight per group (>= 0); not copied
 * @param global weight of the global nuclear norm (>= 0; 0 = none)
 */
public record Lambdas(double[] groups, double global) {

    public Lambdas {
        if (groups == null || groups.length == 0) {
            throw new IllegalArgumentException("at least one group weight is needed");
        }
        for (int g = 0; g < groups.length; g++) {
            if (!(groups[g] >= 0) || Double.isInfinite(groups[g])) {
                throw new IllegalArgumentException("lambda of group " + g + " must be finite and >= 0 but is " + groups[g]);
            }
        }
        if (!(global >= 0) || Double.isInfinite(global)) {
            throw new IllegalArgumentException("the global lambda_0 must be finite and >= 0 but is " + global);
        }
    }

    /** Per-group weights from the noise level sigma (see the class comment), no global penalty. */
    public static Lambdas fromNoise(MaskedMatrix y, GroupMembership groups, double sigma) {
        requireSigma(sigma);
        Checks.requireRows(y, groups);
        double[] l = new double[groups.count()];
        int p = y.cols();
        for (int g = 0; g < l.length; g++) {
            int[] rows = groups.membersView(g);
            double observed = 0;
            for (int i : rows) {
                for (int j = 0; j < p; j++) {
                    observed += y.mask().unsafe_get(i, j);
                }
            }
            double rate = observed / ((double) rows.length * p);
            l[g] = sigma * Math.sqrt(rate) * (Math.sqrt(rows.length) + Math.sqrt(p));
        }
        return new Lambdas(l, 0);
    }

    /** The same rule for the whole matrix: soft-impute's weight. */
    public static double globalFromNoise(MaskedMatrix y, double sigma) {
        requireSigma(sigma);
        return sigma * Math.sqrt(y.observedFraction()) * (Math.sqrt(y.rows()) + Math.sqrt(y.cols()));
    }

    /** All weights (groups and global) times {@code factor}. */
    public Lambdas scaled(double factor) {
        if (!(factor >= 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("scale factor must be finite and >= 0 but is " + factor);
        }
        double[] l = groups.clone();
        for (int g = 0; g < l.length; g++) {
            l[g] *= factor;
        }
        return new Lambdas(l, global * factor);
    }

    /** These group weights with a global weight. */
    public Lambdas withGlobal(double lambda0) {
        return new Lambdas(groups.clone(), lambda0);
    }

    private static void requireSigma(double sigma) {
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("the noise level sigma must be positive and finite but is " + sigma);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lambdas l && Arrays.equals(groups, l.groups) && Double.compare(global, l.global) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(groups) + Double.hashCode(global);
    }

    @Override
    public String toString() {
        return "Lambdas" + Arrays.toString(groups) + (global > 0 ? " + global " + global : "");
    }
}
