package lab.subspace.magics.mcboost;

import java.util.List;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code %mcboost}: multicalibration boosting ("Multicalibration Boosting: Theory, Convergence, and
 * Transferability") on your table, and the experiments, one sub-command each.
 *
 * <pre>
 * %mcboost fit --data T --prediction p --label y --groups sex,region     your predictions, labels and groups
 * %mcboost tradeoff                                                       MC error and test risk vs rounds, stopping rules
 * %mcboost shift --shifts 0,0.5,1,1.5                                     covariate-shift transfer, linear audit
 * %mcboost converge                                                       convergence to the Bregman projection
 * </pre>
 */
@Command(name = "mcboost", description = "Multicalibration boosting: post-process predictions to be calibrated on "
        + "groups x level sets, linear functions or trees.", subcommands = {McBoostMagic.Fit.class,
                McBoostMagic.TradeoffCommand.class, McBoostMagic.Shift.class, McBoostMagic.Converge.class})
public final class McBoostMagic implements Magic {

    @Override
    public Object run(MagicContext context) {
        throw new UserError("choose what to run: %mcboost fit | tradeoff | shift | converge (see %mcboost --help)");
    }

    enum LossKind { LOGISTIC, SQUARED, QUANTILE }

    @Command(name = "fit", description = "MCBoost on your table: base predictions, labels, group columns and optional "
            + "feature columns; adds a column 'mcboost' and reports calibration per group.")
    public static final class Fit implements Magic {

        @Option(names = "--data", required = true, description = "A Tablesaw Table variable or a .csv file, one row per example.")
        String data;

        @Option(names = "--prediction", required = true, description = "Column of base predictions (probabilities for "
                + "--loss logistic).")
        String prediction;

        @Option(names = "--label", required = true, description = "Column of labels (0/1 for --loss logistic).")
        String label;

        @Option(names = "--groups", split = ",", description = "Group columns: categorical (one group per value) or 0/1.")
        List<String> groups = List.of();

        @Option(names = "--features", split = ",", description = "Numeric feature columns for linear and tree audits.")
        List<String> features = List.of();

        @Option(names = "--loss", defaultValue = "logistic", description = "logistic, squared or quantile (pinball; "
                + "BatchGCP / BatchMVP) (default ${DEFAULT-VALUE}).")
        LossKind loss;

        @Option(names = "--tau", defaultValue = "0.9", description = "Quantile level of --loss quantile (default ${DEFAULT-VALUE}).")
        double tau;

        @Option(names = "--holdout", defaultValue = "0.3", description = "Fraction of rows held out for the holdout rule "
                + "and the out-of-sample report; 0 fits on all rows (default ${DEFAULT-VALUE}).")
        double holdout;

        @Option(names = "--seed", defaultValue = "0", description = "Seed of the holdout split (default ${DEFAULT-VALUE}).")
        long seed;

        @Mixin
        BoostOptions boost;

        @Override
        public McTables.Result run(MagicContext context) {
            var table = Inputs.table(context, "--data", data);
            Loss l = switch (loss) {
                case LOGISTIC -> Loss.logistic();
                case SQUARED -> Loss.squared();
                case QUANTILE -> Loss.pinball(tau);
            };
            return McTables.fit(table, prediction, label, groups, features, boost.auditClass(), l, boost.options(), holdout, seed);
        }
    }

    @Command(name = "tradeoff", description = "An accurate but miscalibrated classifier: MC error and test risk vs rounds "
            + "(U-shaped), and where each stopping rule stops.")
    public static final class TradeoffCommand implements Magic {

        @Option(names = "--n", defaultValue = "3000", description = "Training rows; the holdout has as many (default ${DEFAULT-VALUE}).")
        int n;

        @Option(names = "--test", defaultValue = "10000", description = "Test rows (default ${DEFAULT-VALUE}).")
        int test;

        @Option(names = "--sharpness", defaultValue = "1.8", description = "Over-confidence of the base logit (default ${DEFAULT-VALUE}).")
        double sharpness;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Mixin
        BoostOptions boost;

        @Override
        public TradeoffReport run(MagicContext context) {
            if (boost.audit == BoostOptions.AuditKind.LINEAR) {
                throw new UserError("the tradeoff experiment audits levels, groups or tree; linear is for shift and converge");
            }
            return Tradeoff.run(new Tradeoff.Spec(n, test, sharpness, boost.auditClass(), boost.options(), seed));
        }
    }

    @Command(name = "shift", description = "Covariate shift N(0, I) -> N(mu e1, I): target bias of the base predictor "
            + "and of MCBoost with constant and linear audits fitted on the source.")
    public static final class Shift implements Magic {

        @Option(names = "--source", defaultValue = "4000", description = "Source rows (default ${DEFAULT-VALUE}).")
        int source;

        @Option(names = "--target", defaultValue = "20000", description = "Rows per target (default ${DEFAULT-VALUE}).")
        int target;

        @Option(names = "--d", defaultValue = "4", description = "Feature dimension (default ${DEFAULT-VALUE}).")
        int d;

        @Option(names = "--shifts", split = ",", defaultValue = "0,0.25,0.5,0.75,1,1.25,1.5", description = "Mean shifts "
                + "mu (default ${DEFAULT-VALUE}).")
        double[] shifts;

        @Option(names = "--eta", defaultValue = "0.5", description = "Learning rate (default ${DEFAULT-VALUE}).")
        double eta;

        @Option(names = "--rounds", defaultValue = "200", description = "Most rounds (default ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--seed", defaultValue = "3", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public TransferReport run(MagicContext context) {
            return Transfer.run(source, target, d, shifts, McOptions.defaults().withEta(eta).withMaxRounds(rounds), seed);
        }
    }

    @Command(name = "converge", description = "Linear audit: distance of the iterates to the Bregman projection (squared "
            + "and logistic), and to the population projection as n grows.")
    public static final class Converge implements Magic {

        @Option(names = "--n", defaultValue = "2000", description = "Rows (default ${DEFAULT-VALUE}).")
        int n;

        @Option(names = "--eta", defaultValue = "0.5", description = "Learning rate (default ${DEFAULT-VALUE}).")
        double eta;

        @Option(names = "--rounds", defaultValue = "40", description = "Rounds (default ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--sizes", split = ",", defaultValue = "250,1000,4000", description = "Sample sizes for the "
                + "population projection (default ${DEFAULT-VALUE}).")
        int[] sizes;

        @Option(names = "--seed", defaultValue = "5", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public ConvergenceReport run(MagicContext context) {
            return Convergence.run(n, eta, rounds, sizes, seed);
        }
    }
}
