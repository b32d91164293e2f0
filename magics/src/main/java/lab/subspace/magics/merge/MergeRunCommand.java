package lab.subspace.magics.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code %merge run}: merges a researcher's own models. The base and the fine-tuned parameters (or
 * task vectors) are notebook variables or .npy/.csv files, one model per row; curvatures are one
 * diagonal per row (e.g. a diagonal Fisher), or a notebook variable holding a {@code List<Curvature>}.
 */
@Command(name = "run",
        description = "Merge your own models: --base theta0 --finetuned thetas (T x d) --curvature fisher (T x d diagonals).")
public final class MergeRunCommand implements Magic {

    @Option(names = "--problem", description = "A MergeProblem variable (instead of --base/--finetuned/--curvature).")
    String problem;

    @Option(names = "--base", description = "Base parameters theta_0: a vector variable or a .npy/.csv file (length d).")
    String base;

    @Option(names = "--finetuned", description = "Fine-tuned parameters, one model per row (T x d).")
    String finetuned;

    @Option(names = "--task-vectors", description = "Task vectors theta_t - theta_0, one per row (T x d), instead of --finetuned.")
    String taskVectors;

    @Option(names = "--curvature", description = "Curvature diagonals, one per row (T x d), or a List<Curvature> variable. "
            + "Omitted: flat geometry (EpiMer = projected mean).")
    String curvature;

    @Option(names = "--ranks", split = ",", description = "Subspace ranks, at most T (default: 1, 2, 4, ... below T, and T).")
    int[] ranks;

    @Option(names = "--damping", defaultValue = "0", description = "Added to every curvature: H_t + damping I (default ${DEFAULT-VALUE}).")
    double damping;

    @Option(names = "--ta-scale", description = "Task-arithmetic scale lambda (default 1/T: weight averaging).")
    Double taScale;

    @Option(names = "--names", split = ",", description = "Task names, comma-separated.")
    String[] names;

    @Override
    public MergeReport run(MagicContext context) {
        MergeProblem p = problem != null ? fromVariable(context) : fromInputs(context);
        if (names != null) {
            p = p.withNames(Arrays.asList(names));
        }
        if (damping != 0) {
            p = p.damped(damping);
        }
        return SubspaceMerge.compare(p, ranks == null ? defaultRanks(p.tasks()) : ranks, taScale == null ? 1.0 / p.tasks() : taScale);
    }

    /** 1, 2, 4, ... below T, then T. */
    static int[] defaultRanks(int tasks) {
        List<Integer> r = new ArrayList<>();
        for (int k = 1; k < tasks; k *= 2) {
            r.add(k);
        }
        r.add(tasks);
        return r.stream().mapToInt(Integer::intValue).toArray();
    }

    private MergeProblem fromVariable(MagicContext context) {
        if (base != null || finetuned != null || taskVectors != null || curvature != null) {
            throw new UserError("--problem already holds the base, task vectors and curvatures: drop the other inputs");
        }
        Object value = context.variable(problem);
        if (value instanceof MergeProblem mp) {
            return mp;
        }
        throw new UserError("--problem " + problem + " must be a MergeProblem, not " + value.getClass().getSimpleName());
    }

    private MergeProblem fromInputs(MagicContext context) {
        if (base == null) {
            throw new UserError("give --base (theta_0) and --finetuned or --task-vectors, or --problem");
        }
        if ((finetuned == null) == (taskVectors == null)) {
            throw new UserError("give exactly one of --finetuned (theta_t rows) and --task-vectors (theta_t - theta_0 rows)");
        }
        double[] theta0 = Inputs.vector(context, "--base", base);
        DMatrixRMaj rows = finetuned != null ? Inputs.matrix(context, "--finetuned", finetuned)
                : Inputs.matrix(context, "--task-vectors", taskVectors);
        if (rows.numCols != theta0.length && rows.numRows == theta0.length) {
            throw new UserError((finetuned != null ? "--finetuned" : "--task-vectors") + " is " + rows.numRows + " x " + rows.numCols
                    + ": put one model per ROW (T x d with d = " + theta0.length + "), e.g. np.stack(models)");
        }
        List<Curvature> h = curvatures(context, rows.numRows, theta0.length);
        return finetuned != null ? MergeProblem.fromFinetuned(theta0, rows, h) : MergeProblem.of(theta0, rows, h);
    }

    private List<Curvature> curvatures(MagicContext context, int tasks, int d) {
        if (curvature == null) {
            return MergeProblem.flat(tasks, d);
        }
        if (context.hasVariable(curvature)) {
            Object value = context.variable(curvature);
            if (value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(Curvature.class::isInstance)) {
                List<Curvature> out = new ArrayList<>();
                list.forEach(x -> out.add((Curvature) x));
                return out;
            }
        }
        DMatrixRMaj diag = Inputs.matrix(context, "--curvature", curvature);
        if (diag.numRows != tasks || diag.numCols != d) {
            throw new UserError("--curvature " + curvature + " is " + diag.numRows + " x " + diag.numCols + " but must be " + tasks
                    + " x " + d + " (one curvature diagonal per task, as rows)");
        }
        return MergeProblem.diagonals(diag);
    }
}
