package lab.subspace.magics.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code %subspace-audit}: the effective-rank audit of "An Effective-Rank Audit of Alignment-Induced
 * Activation Shifts" on notebook variables or .npy/.csv files (rows = prompts, columns = activation
 * coordinates); {@code %subspace-audit calibrate} runs the constructive calibration.
 */
@Command(name = "subspace-audit", subcommands = CalibrateCommand.class,
        description = "Effective-rank audit of activation shifts: rank_eps, rho_eps, four-variant decomposition, "
                + "refusal direction, ablation, kappa_lb (sub-command: calibrate).",
        footer = {"", "Inputs are notebook variables (double[][], DMatrixRMaj, Table) or .npy/.csv files with one row per prompt.",
                "Row sets: a variable (int[] or vector), a .npy/.csv file of indices, or ranges like 0:128,200:210.",
                "--layers DIR reads DIR/*.npy (one shift per layer) or DIR/base/*.npy + DIR/aligned/*.npy",
                "(+ DIR/template-base, DIR/template-aligned) with the same file names."})
public final class SubspaceAuditMagic implements Magic {

    @Option(names = "--shift", paramLabel = "M", description = "A precomputed shift matrix (aligned - base).")
    String shift;

    @Option(names = "--base", paramLabel = "B", description = "Base-model activations on raw prompts.")
    String base;

    @Option(names = "--aligned", paramLabel = "A", description = "Aligned-model activations on the same raw prompts.")
    String aligned;

    @Option(names = "--template-base", paramLabel = "TB", description = "Base-model activations with the chat template.")
    String templateBase;

    @Option(names = "--template-aligned", paramLabel = "TA", description = "Aligned-model activations with the chat template.")
    String templateAligned;

    @Option(names = "--safety-rows", paramLabel = "R", description = "Rows of the safety set Ds.")
    String safetyRows;

    @Option(names = "--control-rows", paramLabel = "C", description = "Rows of the control set Dc.")
    String controlRows;

    @Option(names = "--eps", defaultValue = "0.05", description = "Energy threshold of rank_eps (default ${DEFAULT-VALUE}).")
    double eps;

    @Option(names = "--center", description = "Use the centered shift for directions, curves, intervals and ablation.")
    boolean center;

    @Option(names = "--layers", paramLabel = "DIR", description = "Audit one .npy per layer (a directory, or a Path variable) and plot rho_eps per layer.")
    String layers;

    @Option(names = "--ablate", split = ",", paramLabel = "k", description = "Ablate the top-k directions, e.g. 0,1,2,5,10.")
    int[] ablate;

    @Option(names = "--downstream", paramLabel = "F",
            description = "Variable holding a ToDoubleFunction<DMatrixRMaj> scoring ablated activations "
                    + "(default: mean projection on the refusal direction).")
    String downstream;

    @Option(names = "--random-draws", defaultValue = "10", description = "Random rank-k projectors per k (default ${DEFAULT-VALUE}).")
    int randomDraws;

    @Option(names = "--bootstrap", defaultValue = "0", paramLabel = "N", description = "Bootstrap resamples for rho_eps intervals (default none).")
    int bootstrap;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the bootstrap and the random projectors.")
    long seed;

    @Override
    public AuditResult run(MagicContext context) {
        AuditOptions options = AuditOptions.defaults().eps(eps).center(center)
                .ablate(ablate == null ? new int[0] : ablate).randomDraws(randomDraws).bootstrap(bootstrap).seed(seed)
                .downstream(downstream == null ? null : function(context, downstream));
        int[] safety = RowSets.read(context, "--safety-rows", safetyRows);
        int[] control = RowSets.read(context, "--control-rows", controlRows);
        if (layers != null) {
            if (shift != null || base != null || aligned != null) {
                throw new UserError("--layers reads every matrix from the directory: drop --shift/--base/--aligned");
            }
            Path dir = directory(context, layers);
            if (!Files.isDirectory(dir)) {
                throw new UserError("--layers " + layers + ": no such directory (" + dir + ")");
            }
            return Audit.layers(LayerFiles.read(dir, safety, control), options);
        }
        return Audit.run(sets(context).withRows(safety, control), options);
    }

    /** A path, or a variable holding a Path, File or String. */
    private static Path directory(MagicContext context, String ref) {
        if (context.hasVariable(ref)) {
            Object v = context.variable(ref);
            if (v instanceof Path p) {
                return p;
            }
            if (v instanceof java.io.File f) {
                return f.toPath();
            }
            if (v instanceof String s) {
                return context.resolvePath(s);
            }
            throw new UserError("--layers " + ref + " must name a directory (a path, or a Path/File/String variable), not a "
                    + v.getClass().getSimpleName());
        }
        return context.resolvePath(ref);
    }

    private ActivationSets sets(MagicContext context) {
        if (shift != null) {
            if (base != null || aligned != null || templateBase != null || templateAligned != null) {
                throw new UserError("give either --shift or --base/--aligned, not both");
            }
            return ActivationSets.ofShift(Inputs.matrix(context, "--shift", shift));
        }
        if (base == null || aligned == null) {
            throw new UserError("give --shift M, or --base B --aligned A (or --layers DIR)");
        }
        ActivationSets s = ActivationSets.of(Inputs.matrix(context, "--base", base),
                Inputs.matrix(context, "--aligned", aligned));
        if (templateBase != null || templateAligned != null) {
            if (templateBase == null || templateAligned == null) {
                throw new UserError("give both --template-base and --template-aligned");
            }
            s = s.withTemplates(Inputs.matrix(context, "--template-base", templateBase),
                    Inputs.matrix(context, "--template-aligned", templateAligned));
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private static ToDoubleFunction<DMatrixRMaj> function(MagicContext context, String name) {
        Object v = context.variable(name);
        if (v instanceof ToDoubleFunction<?> f) {
            return (ToDoubleFunction<DMatrixRMaj>) f;
        }
        if (v instanceof Function<?, ?> f) {
            Function<DMatrixRMaj, ?> g = (Function<DMatrixRMaj, ?>) f;
            return h -> {
                Object out = g.apply(h);
                if (!(out instanceof Number n)) {
                    throw new UserError("--downstream " + name + " must return a number, not " + out);
                }
                return n.doubleValue();
            };
        }
        throw new UserError("--downstream " + name + " must be a ToDoubleFunction<DMatrixRMaj> (or Function<DMatrixRMaj, Double>), not "
                + v.getClass().getSimpleName());
    }
}
