package lab.subspace.magics.coco;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %coco data}: both methods on your own loss targets and half-spaces. */
@Command(name = "data", description = "Regret, CCV and path length vs T on your sequence: loss targets (T x d) and half-spaces "
        + "(m x (d+1) rows [a | b] for a.x <= b), round t revealing row order[t] (default t mod m).")
public final class DataCommand implements Magic {

    @Option(names = "--targets", required = true, description = "T x d loss targets: centres c_t (strongly convex) or weights w_t "
            + "(convex); a variable or a .npy/.csv file.")
    String targets;

    @Option(names = "--halfspaces", required = true, description = "m x (d+1) half-spaces [a_i | b_i] for a_i.x <= b_i; a variable or "
            + "a .npy/.csv file.")
    String halfspaces;

    @Option(names = "--order", description = "Length-T indices of the half-space revealed in each round (default t mod m).")
    String order;

    @Option(names = "--losses", defaultValue = "strongly-convex", description = "strongly-convex or convex (default ${DEFAULT-VALUE}).")
    String losses;

    @Option(names = "--alpha", defaultValue = "1", description = "Strong convexity of the quadratic losses (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--radius", defaultValue = "10", description = "Radius of the domain ball X around 0 (default ${DEFAULT-VALUE}).")
    double radius;

    @Option(names = "--lipschitz", description = "G of the D/(G sqrt t) schedules (default: the largest gradient norm at 0).")
    Double lipschitz;

    @Option(names = "--lambda", defaultValue = "1", description = "Penalty weight of the baseline (default ${DEFAULT-VALUE}).")
    double lambda;

    @Option(names = "--tol", defaultValue = "1e-10", description = "Dykstra / feasibility tolerance (default ${DEFAULT-VALUE}).")
    double tolerance;

    @Override
    public CocoComparison run(MagicContext context) {
        LossClass cls = CocoMagic.lossClass(losses);
        DMatrixRMaj t = Inputs.matrix(context, "--targets", targets);
        DMatrixRMaj h = Inputs.matrix(context, "--halfspaces", halfspaces);
        if (h.numCols != t.numCols + 1) {
            throw new UserError("--halfspaces has " + h.numCols + " columns but the targets have d = " + t.numCols
                    + ", so it needs d + 1 = " + (t.numCols + 1));
        }
        int[] idx = null;
        if (order != null) {
            double[] o = Inputs.vector(context, "--order", order);
            idx = new int[o.length];
            for (int i = 0; i < o.length; i++) {
                if (o[i] != Math.rint(o[i])) {
                    throw new UserError("--order must hold integers but entry " + i + " is " + o[i]);
                }
                idx[i] = (int) o[i];
            }
        }
        double[][] rows = Matrices.toArray(t);
        Ball domain = Ball.centred(t.numCols, radius);
        CocoProblem problem = Sequences.fromRows(domain, cls, alpha, rows, Matrices.toArray(h), idx);
        double g = lipschitz != null ? lipschitz : largestGradient(problem);
        StepSize convex = StepSize.convex(domain.diameter(), g);
        StepSize ours = cls == LossClass.STRONGLY_CONVEX ? StepSize.stronglyConvex(alpha) : convex;
        CocoOptions o = CocoOptions.of(ours).withBaselineStep(convex).withPenaltyWeight(lambda).withTolerance(tolerance);
        return Coco.compare(problem, o, cls.label() + " (" + targets + ", " + h.numRows + " half-spaces)");
    }

    private static double largestGradient(CocoProblem p) {
        double[] zero = new double[p.dimension()];
        double g = 0;
        for (int t = 1; t <= p.horizon(); t++) {
            g = Math.max(g, Vectors.norm(p.losses().apply(t).gradient(zero)));
        }
        return g > 0 ? g : 1;
    }
}
