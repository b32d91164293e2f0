package lab.subspace.magics.symopt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import lab.subspace.numerics.nn.Optimizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %symopt equivariance}: the rule x group table of equivariance errors. */
@Command(name = "equivariance", description = "Equivariance error of AdamW and every built-in rule (and your own, --rule) under orthogonal, "
        + "permutation and shared-shift groups acting on the gradient.")
public final class EquivarianceCommand implements Magic {

    @Option(names = "--rows", description = "Rows m of the random gradients (default ${DEFAULT-VALUE}).")
    int rows = 24;

    @Option(names = "--cols", description = "Columns n of the random gradients (default ${DEFAULT-VALUE}).")
    int cols = 12;

    @Option(names = "--steps", description = "Gradients per optimizer trajectory (default ${DEFAULT-VALUE}).")
    int steps = 3;

    @Option(names = "--trials", description = "Random group elements per cell; the table shows the largest error (default ${DEFAULT-VALUE}).")
    int trials = 3;

    @Option(names = "--gradient", description = "Your gradient (a variable or .npy/.csv file) instead of random ones (one step).")
    String gradient;

    @Option(names = "--rule", description = "A notebook variable holding your UpdateRule (or an OptimizerFactory); repeatable.")
    List<String> rules;

    @Option(names = "--only-yours", description = "Leave out the built-in rules.")
    boolean onlyYours;

    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = 0;

    @Override
    public EquivarianceTable run(MagicContext context) {
        List<Candidate> candidates = new ArrayList<>(onlyYours ? List.of() : Equivariance.builtIns());
        if (rules != null) {
            for (String name : rules) {
                candidates.add(candidate(name, context.variable(name)));
            }
        }
        if (candidates.isEmpty()) {
            throw new UserError("--only-yours needs at least one --rule");
        }
        DMatrixRMaj g = gradient == null ? null : Inputs.matrix(context, "--gradient", gradient);
        return Equivariance.table(candidates, List.of(Group.values()), rows, cols, steps, trials, g, seed);
    }

    private static Candidate candidate(String name, Object value) {
        if (value instanceof UpdateRule rule) {
            return Candidate.of(name, rule);
        }
        if (value instanceof OptimizerFactory factory) {
            return new Candidate(name, "user optimizer", null, () -> factory.create(Candidate.LR));
        }
        if (value instanceof Supplier<?> supplier && supplier.get() instanceof Optimizer) {
            return new Candidate(name, "user optimizer", null, () -> (Optimizer) supplier.get());
        }
        throw new UserError("--rule " + name + " must be an UpdateRule (e.g. UpdateRule " + name + " = m -> ...;), an OptimizerFactory or "
                + "a Supplier<Optimizer>, not " + (value == null ? "null" : value.getClass().getSimpleName()));
    }
}
