package lab.subspace.magics.symopt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.nn.Optimizer;
import lab.subspace.numerics.random.Rng;

/**
 * The equivariance checker of "Symmetry-Compatible Principle for Optimizer Design": applies a
 * group element g to the gradients and measures how far the optimizer's trajectory is from the
 * transformed one, max_t |W_t(g . G) - g . W_t(G)|_F / |W_t(G)|_F, starting from W_0 = 0 (so the
 * parameters transform like the updates). Momentum and weight decay are linear, so a rule that is
 * equivariant step by step gives an equivariant optimizer; AdamW is checked the same way.
 *
 * <pre>{@code
 * double e = Equivariance.error(UpdateRules.rowNorm(), Group.ROW_PERMUTATION.sample(24, 12, rng), G);  // ~1e-16
 * EquivarianceTable t = Equivariance.table(Equivariance.builtIns(), List.of(Group.values()), 24, 12, 3, 3, null, 0L);
 * }</pre>
 */
public final class Equivariance {

    /** Errors below this count as exact equivariance. */
    public static final double EXACT = 1e-10;

    /** Errors above this count as clearly broken equivariance. */
    public static final double BROKEN = 1e-3;

    private Equivariance() {
    }

    /** One application of a stateless rule: |U(g . G) - g . U(G)|_F / |U(G)|_F. */
    public static double error(UpdateRule rule, GroupAction g, DMatrixRMaj gradient) {
        Matrices.requireFinite("G", gradient);
        DMatrixRMaj expected = g.onUpdate(rule.apply(gradient));
        return Polar.relativeError(rule.apply(g.onGradient(gradient)), expected);
    }

    /** The trajectory error of fresh optimizers fed {@code gradients} and their transforms. */
    public static double error(Supplier<Optimizer> optimizer, GroupAction g, List<DMatrixRMaj> gradients) {
        if (gradients.isEmpty()) {
            throw new IllegalArgumentException("need at least one gradient");
        }
        DMatrixRMaj first = gradients.get(0);
        DMatrixRMaj w = new DMatrixRMaj(first.numRows, first.numCols);
        DMatrixRMaj wg = new DMatrixRMaj(first.numRows, first.numCols);
        Optimizer plain = optimizer.get();
        Optimizer acted = optimizer.get();
        double worst = 0;
        for (DMatrixRMaj grad : gradients) {
            Interrupts.check();
            Matrices.requireSameShape("gradient", grad, "the first gradient", first);
            plain.step(List.of(w), List.of(grad.copy()));
            acted.step(List.of(wg), List.of(g.onGradient(grad)));
            double e = Polar.relativeError(wg, g.onUpdate(w));
            worst = Math.max(worst, Double.isNaN(e) ? Double.POSITIVE_INFINITY : e);
        }
        return worst;
    }

    /**
     * Every candidate under every group: the largest error over {@code trials} random group
     * elements, each on a trajectory of {@code steps} gradients.
     *
     * @param gradient your own gradient (a one-step trajectory), or null for {@code steps} random
     *                 N(0, 1) matrices of shape rows x cols
     * @param seed     seed of the gradients and group elements (the same for every candidate)
     */
    public static EquivarianceTable table(List<Candidate> candidates, List<Group> groups, int rows, int cols, int steps, int trials,
            DMatrixRMaj gradient, long seed) {
        if (candidates.isEmpty() || groups.isEmpty()) {
            throw new IllegalArgumentException("need at least one candidate and one group");
        }
        if (trials < 1 || steps < 1) {
            throw new IllegalArgumentException("trials and steps must be >= 1 but are " + trials + " and " + steps);
        }
        Rng rng = new Rng(seed);
        List<DMatrixRMaj> gradients = new ArrayList<>();
        if (gradient != null) {
            Matrices.requireNonEmpty("gradient", gradient);
            Matrices.requireFinite("gradient", gradient);
            gradients.add(gradient.copy());
        } else {
            if (rows < 2 || cols < 2) {
                throw new IllegalArgumentException("gradients must be at least 2 x 2 but are " + rows + " x " + cols);
            }
            for (int t = 0; t < steps; t++) {
                gradients.add(rng.gaussian(rows, cols));
            }
        }
        int m = gradients.get(0).numRows;
        int n = gradients.get(0).numCols;
        double[][] errors = new double[candidates.size()][groups.size()];
        for (int j = 0; j < groups.size(); j++) {
            List<GroupAction> actions = new ArrayList<>();
            for (int k = 0; k < trials; k++) {
                actions.add(groups.get(j).sample(m, n, rng));
            }
            for (int i = 0; i < candidates.size(); i++) {
                for (GroupAction g : actions) {
                    errors[i][j] = Math.max(errors[i][j], error(candidates.get(i).optimizer(), g, gradients));
                }
            }
        }
        return new EquivarianceTable(candidates, groups, errors, m, n, gradients.size(), trials);
    }

    /** AdamW and the paper's rules, each with its designed group. */
    public static List<Candidate> builtIns() {
        return List.of(
                Candidate.adamW(),
                Candidate.of("Muon polar (SVD)", "M (M^T M)^{-1/2}", Group.ORTHOGONAL, UpdateRules.polar(0)),
                Candidate.of("Muon polar (Newton-Schulz)", "M (M^T M)^{-1/2}", Group.ORTHOGONAL, UpdateRules.muon()),
                Candidate.of("PolarGrad", "|M|_* M (M^T M)^{-1/2}", Group.ORTHOGONAL, UpdateRules.polar(1)),
                Candidate.of("row-norm", "D^{-1} M", Group.ROW_PERMUTATION, UpdateRules.rowNorm()),
                Candidate.of("polar -> row-norm", "rownorm(polar(M))", Group.ROW_PERMUTATION, UpdateRules.polarThenRow()),
                Candidate.of("row-norm -> polar", "polar(rownorm(M))", Group.ROW_PERMUTATION, UpdateRules.rowThenPolar()),
                Candidate.of("column-aware", "rownorm(M^T)^T", Group.COLUMN_PERMUTATION, UpdateRules.columnAware()),
                Candidate.of("centred row-norm", "rownorm(M - 1 mean)", Group.ROUTER, UpdateRules.centredRowNorm()),
                Candidate.of("left polar (centred)", "(M_c M_c^T)^{-1/2} M_c", Group.ROUTER, UpdateRules.leftPolar()));
    }

}
