package lab.subspace.magics.game;

import java.util.Locale;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.MaskedMatrix;
import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code %game}: group-aware matrix estimation ("Group-Aware Matrix Estimation and Latent Subspace
 * Recovery") and its experiments, one sub-command each.
 *
 * <pre>
 * %game fit --data Y --groups groups.csv            your matrix (NaN = missing) and row groups
 * %game structured                                  one group 5% observed, distinct subspaces
 * %game shared                                      the control: all groups share one subspace
 * %game sweep --rates 0.02,0.05,0.1,0.2,0.4         sampling density of the under-sampled group
 * %game path --scales 2,1,0.5,0.25,0.125            lambda path with warm starts
 * </pre>
 */
@Command(name = "game", description = "Group-aware matrix estimation (GAME): overlapping per-group nuclear norms vs "
        + "global soft-impute.", subcommands = {GameMagic.Fit.class, GameMagic.Structured.class, GameMagic.Shared.class,
                GameMagic.Sweep.class, GameMagic.Path.class})
public final class GameMagic implements Magic {

    @Override
    public Object run(MagicContext context) {
        throw new UserError("choose what to run: %game fit | structured | shared | sweep | path (see %game --help)");
    }

    @Command(name = "fit", description = "GAME and the baselines on your data: a matrix with NaN for missing entries "
            + "and a row-group membership.")
    public static final class Fit implements Magic {

        @Option(names = "--data", required = true, description = "The n x p matrix (NaN or empty cells = missing): a "
                + "variable (double[][], DMatrixRMaj, Table) or a .npy/.csv file.")
        String data;

        @Option(names = "--groups", required = true, description = "Row groups: int[][] member lists, an n x G 0/1 "
                + "indicator (boolean[][], double[][], .npy), or a table/.csv with columns row,group (one line per "
                + "membership) or one column per attribute (n rows).")
        String groups;

        @Option(names = "--truth", description = "Optional true n x p matrix to score RMSE and sin-Theta against.")
        String truth;

        @Option(names = "--ranks", split = ",", description = "Ranks of the true group subspaces for sin-Theta (one, or "
                + "one per group); default: the numerical rank of each block of the truth.")
        int[] ranks;

        @Option(names = "--sigma", description = "Noise level for the lambda rule; default: unknown (the RMS of the "
                + "observed entries, with a wider kappa grid).")
        Double sigma;

        @Option(names = "--seed", defaultValue = "0", description = "Seed of the held-out split (default ${DEFAULT-VALUE}).")
        long seed;

        @Mixin
        TuningOptions tuning;

        @Override
        public ComparisonReport run(MagicContext context) {
            MaskedMatrix y = Inputs.masked(context, "--data", data);
            GroupMembership g = GroupTables.from("--groups " + groups, groupsValue(context, groups), y.rows());
            DMatrixRMaj t = truth == null ? null : Inputs.matrix(context, "--truth", truth);
            var bases = t == null ? null : Evaluation.bases(t, g, ranks);
            String title = String.format(Locale.ROOT, "%s: %d x %d, %.1f%% observed, %d groups", data, y.rows(), y.cols(),
                    100 * y.observedFraction(), g.count());
            return Comparison.run(title, y, g, t, bases, tuning.options(sigma == null ? Double.NaN : sigma, seed));
        }
    }

    @Command(name = "structured", description = "Structured missingness: one group sparsely observed, groups with "
            + "distinct subspaces; RMSE and sin-Theta per group for each method.")
    public static final class Structured implements Magic {

        @Mixin
        SyntheticOptions synthetic;

        @Mixin
        TuningOptions tuning;

        @Override
        public ComparisonReport run(MagicContext context) {
            return compare(synthetic, tuning, false);
        }
    }

    @Command(name = "shared", description = "The control: the same design with one subspace shared by all groups.")
    public static final class Shared implements Magic {

        @Mixin
        SyntheticOptions synthetic;

        @Mixin
        TuningOptions tuning;

        @Override
        public ComparisonReport run(MagicContext context) {
            return compare(synthetic, tuning, true);
        }
    }

    @Command(name = "sweep", description = "Sweep the sampling rate of the under-sampled group.")
    public static final class Sweep implements Magic {

        @Option(names = "--rates", split = ",", defaultValue = "0.02,0.05,0.1,0.2,0.4", description = "Sampling rates "
                + "of the under-sampled group (default ${DEFAULT-VALUE}).")
        double[] rates;

        @Option(names = "--shared-subspace", description = "Use one subspace for all groups (the control).")
        boolean shared;

        @Mixin
        SyntheticOptions synthetic;

        @Mixin
        TuningOptions tuning;

        @Override
        public SweepReport run(MagicContext context) {
            SyntheticSpec spec = synthetic.spec(shared);
            return DensitySweep.run(spec, rates, tuning.options(spec.sigma(), synthetic.seed), synthetic.seed);
        }
    }

    @Command(name = "path", description = "GAME and soft-impute along a lambda path; warm vs cold ADMM starts.")
    public static final class Path implements Magic {

        @Option(names = "--scales", split = ",", defaultValue = "2,1,0.5,0.25,0.125", description = "Decreasing "
                + "penalty scales kappa (default ${DEFAULT-VALUE}).")
        double[] scales;

        @Option(names = "--share", defaultValue = "0.5", description = "GAME's global share t (default ${DEFAULT-VALUE}).")
        double share;

        @Option(names = "--tolerance", defaultValue = "1e-3", description = "Relative tolerance (default ${DEFAULT-VALUE}).")
        double tolerance;

        @Mixin
        SyntheticOptions synthetic;

        @Override
        public PathReport run(MagicContext context) {
            SyntheticSpec spec = synthetic.spec(false);
            return LambdaPath.run(GroupedLowRank.sample(spec, synthetic.seed), spec.sigma(), scales, share,
                    GameOptions.defaults().withTolerance(tolerance), CompletionOptions.defaults().withTolerance(tolerance));
        }
    }

    /** Every method on one sample of the synthetic design, with distinct or shared group subspaces. */
    private static ComparisonReport compare(SyntheticOptions synthetic, TuningOptions tuning, boolean sharedSubspace) {
        SyntheticSpec spec = synthetic.spec(sharedSubspace);
        return Comparison.synthetic(GroupedLowRank.sample(spec, synthetic.seed), tuning.options(spec.sigma(), synthetic.seed));
    }

    /** A variable's value, a CSV file as a table, or a .npy file as a matrix. */
    static Object groupsValue(MagicContext context, String ref) {
        if (ref == null || ref.isBlank()) {
            throw new UserError("--groups needs a value: a notebook variable or a .csv/.npy file");
        }
        if (context.hasVariable(ref)) {
            return context.variable(ref);
        }
        if (isDelimited(ref)) {
            return Inputs.table(context, "--groups", ref);
        }
        if (ref.toLowerCase(Locale.ROOT).endsWith(".npy")) {
            return Inputs.matrix(context, "--groups", ref);
        }
        return context.variable(ref); // throws, naming the variables that exist
    }

    private static boolean isDelimited(String ref) {
        String lower = ref.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".tsv");
    }
}
