package lab.subspace.magics.sinkhorn;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.ot.OtProblem;

/**
 * What {@code %sinkhorn} returns: every requested method's plan, cost, duals and diagnostics on one
 * problem. Shown as the results table and the figures in {@link #plots()}.
 *
 * <pre>{@code
 * SinkhornReport r = OtComparison.run(OtProblem.of(x, y), OtSettings.defaults(), OtMethod.parse("all"));
 * double err = r.run(OtMethod.SROT).relativeError();
 * DMatrixRMaj plan = r.plan(OtMethod.EOT);
 * }</pre>
 *
 * @param problem      the problem solved (points, weights, cost)
 * @param settings     eps (fraction of max C), slices, seed, Sinkhorn options
 * @param epsAbsolute  the eps actually used: settings.eps() * max C
 * @param runs         one run per method, in {@link OtMethod} order (unmodifiable)
 * @param plots        the figures shown under the table
 */
public record SinkhornReport(OtProblem problem, OtSettings settings, double epsAbsolute, List<MethodRun> runs,
                             Set<SinkhornPlot> plots) {

    public SinkhornReport {
        runs = List.copyOf(runs);
        plots = Collections.unmodifiableSet(plots.isEmpty() ? EnumSet.noneOf(SinkhornPlot.class) : EnumSet.copyOf(plots));
    }

    /** The run of {@code method}. */
    public MethodRun run(OtMethod method) {
        return runs.stream().filter(r -> r.method() == method).findFirst().orElseThrow(() -> new IllegalArgumentException(
                method.label() + " was not run; this report has " + runs.stream().map(r -> r.method().label())
                        .collect(Collectors.joining(", "))));
    }

    /** Whether {@code method} was run. */
    public boolean has(OtMethod method) {
        return runs.stream().anyMatch(r -> r.method() == method);
    }

    /** The plan of {@code method} (n x m). */
    public DMatrixRMaj plan(OtMethod method) {
        return run(method).plan();
    }

    /** The transport cost {@code <C, P>} of {@code method}. */
    public double cost(OtMethod method) {
        return run(method).cost();
    }

    /** The same report showing other figures. */
    public SinkhornReport withPlots(Set<SinkhornPlot> value) {
        return new SinkhornReport(problem, settings, epsAbsolute, runs, value);
    }
}
