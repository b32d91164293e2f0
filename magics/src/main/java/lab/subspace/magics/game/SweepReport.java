package lab.subspace.magics.game;

import java.util.List;

/**
 * Results of a {@link DensitySweep}: one {@link ComparisonReport} per sampling rate of the
 * under-sampled group.
 *
 * @param spec    the design (its sparse rate is replaced by each rate in turn)
 * @param rates   the sampling rates; not copied
 * @param reports one comparison per rate
 */
public record SweepReport(SyntheticSpec spec, double[] rates, List<ComparisonReport> reports) {

    /** The methods that were run. */
    public List<Method> methods() {
        return reports.get(0).results().stream().map(MethodResult::method).toList();
    }

    /** RMSE of a method on the under-sampled group, per rate. */
    public double[] sparseRmse(Method method) {
        return reports.stream().mapToDouble(r -> r.rmse(method, spec.sparseGroup())).toArray();
    }

    /** sin-Theta distance of a method on the under-sampled group, per rate. */
    public double[] sparseSinTheta(Method method) {
        return reports.stream().mapToDouble(r -> r.sinTheta(method, spec.sparseGroup())).toArray();
    }

    /** GAME's relative RMSE gain over global soft-impute on the under-sampled group, per rate. */
    public double[] gains() {
        return reports.stream().mapToDouble(r -> r.gain(spec.sparseGroup())).toArray();
    }
}
