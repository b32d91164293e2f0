package lab.subspace.magics.factorlink;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.MaskedMatrix;
import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code %factor-link}: nonlinear factor models with an unknown monotone link ("Learning Nonlinear
 * Factor Models with Unknown Monotone Links from Incomplete and Noisy Data"), one sub-command per
 * experiment.
 *
 * <pre>
 * %factor-link fit --data Y --rank 3                      your matrix (NaN / empty = missing)
 * %factor-link converge --noise 0,0.1                     error vs iteration, estimated vs true links
 * %factor-link missing --rates 0.2,0.5,0.8                error vs missing rate
 * %factor-link noise --levels 0.02,0.05,0.1,0.2           error vs noise level
 * </pre>
 */
@Command(name = "factor-link", description = "Nonlinear factor model Y = g(F L^T) + noise with an unknown monotone link: "
        + "projected block coordinate descent vs the linear factor model and the oracle link.",
        subcommands = {FactorLinkMagic.Fit.class, FactorLinkMagic.Converge.class, FactorLinkMagic.Missing.class,
                FactorLinkMagic.Noise.class})
public final class FactorLinkMagic implements Magic {

    @Override
    public Object run(MagicContext context) {
        throw new UserError("choose what to run: %factor-link fit | converge | missing | noise (see %factor-link --help)");
    }

    @Command(name = "fit", description = "Fit factors, loadings and the monotone link to your matrix (NaN or empty cells "
            + "= missing) and complete it.")
    public static final class Fit implements Magic {

        @Option(names = "--data", required = true, description = "The n x p matrix: a variable (double[][], DMatrixRMaj, "
                + "Table) or a .npy/.csv file; NaN or empty cells are missing.")
        String data;

        @Option(names = "--rank", defaultValue = "3", description = "Number of factors r (default ${DEFAULT-VALUE}).")
        int rank;

        @Option(names = "--truth", description = "Optional noiseless n x p matrix to track the relative error against.")
        String truth;

        @Option(names = "--iterations", defaultValue = "50", description = "Maximum iterations (default ${DEFAULT-VALUE}).")
        int iterations;

        @Option(names = "--tolerance", defaultValue = "1e-10", description = "Stop when the fitted values change less "
                + "(relative; default ${DEFAULT-VALUE}).")
        double tolerance;

        @Option(names = "--knots", defaultValue = "12", description = "Kernel centres of the link regression (default "
                + "${DEFAULT-VALUE}).")
        int knots;

        @Option(names = "--ridge", description = "RKHS penalty of the link regression per observation (default: chosen "
                + "by generalised cross-validation).")
        Double ridge;

        @Option(names = "--link", description = "Hold this link fixed instead of estimating it (linear, tanh, cubic, exp).")
        Link link;

        @Override
        public FactorLinkFit run(MagicContext context) {
            MaskedMatrix y = Inputs.masked(context, "--data", data);
            DMatrixRMaj t = truth == null ? null : Inputs.matrix(context, "--truth", truth);
            FactorLinkOptions options = FactorLinkOptions.defaults().withIterations(iterations).withTolerance(tolerance)
                    .withKnots(knots).withRidge(ridge == null ? Double.NaN : ridge);
            return link == null ? FactorLink.fit(y, rank, options, t) : FactorLink.fitWithLink(y, rank, link, options, t);
        }
    }

    @Command(name = "converge", description = "Relative error against iteration, noiseless and noisy, for each link; "
            + "the estimated links against the true ones.")
    public static final class Converge implements Magic {

        @Option(names = "--noise", split = ",", defaultValue = "0,0.1", description = "Noise levels, relative to the "
                + "spread of M (default ${DEFAULT-VALUE}).")
        double[] noise;

        @Option(names = "--missing", defaultValue = "0.5", description = "Missing rate (default ${DEFAULT-VALUE}).")
        double missing;

        @Mixin
        DesignOptions design;

        @Override
        public ConvergenceReport run(MagicContext context) {
            return Experiments.convergence(design.spec(missing, 0), design.links, noise, design.iterations, design.seed);
        }
    }

    @Command(name = "missing", description = "Final relative error against the missing rate.")
    public static final class Missing implements Magic {

        @Option(names = "--rates", split = ",", defaultValue = "0.2,0.5,0.8", description = "Missing rates (default "
                + "${DEFAULT-VALUE}).")
        double[] rates;

        @Option(names = "--noise", defaultValue = "0.05", description = "Noise level (default ${DEFAULT-VALUE}).")
        double noise;

        @Mixin
        DesignOptions design;

        @Override
        public SweepReport run(MagicContext context) {
            return Experiments.missingSweep(design.spec(0, noise), design.links, rates, design.iterations, design.seed);
        }
    }

    @Command(name = "noise", description = "Final relative error against the noise level (the error floor).")
    public static final class Noise implements Magic {

        @Option(names = "--levels", split = ",", defaultValue = "0.02,0.05,0.1,0.2", description = "Noise levels "
                + "(default ${DEFAULT-VALUE}).")
        double[] levels;

        @Option(names = "--missing", defaultValue = "0.5", description = "Missing rate (default ${DEFAULT-VALUE}).")
        double missing;

        @Mixin
        DesignOptions design;

        @Override
        public SweepReport run(MagicContext context) {
            return Experiments.noiseSweep(design.spec(missing, 0), design.links, levels, design.iterations, design.seed);
        }
    }
}
