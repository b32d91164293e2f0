package lab.subspace.magics.sinkhorn;

import java.util.List;
import java.util.stream.Collectors;

import org.ejml.data.DMatrixRMaj;

/**
 * Gradient flows from a start cloud to a target cloud, one per divergence ({@code %sinkhorn flow}).
 *
 * <pre>{@code
 * FlowReport r = GradientFlow.run(OtClouds.blob(200, 1L), OtClouds.crescent(200, 2L), FlowSettings.defaults(),
 *         OtMethod.parse("srot,eot,sot"));
 * double w2 = r.track(OtMethod.SROT).finalW2();
 * }</pre>
 *
 * @param start        the initial points (n x d; a copy is returned)
 * @param target       the target points (m x d; a copy is returned)
 * @param settings     steps, step size, eps, slices, seed, snapshots
 * @param epsAbsolute  the eps of the divergences: settings.eps() * max C at the start
 * @param tracks       one flow per method (unmodifiable)
 */
public record FlowReport(DMatrixRMaj start, DMatrixRMaj target, FlowSettings settings, double epsAbsolute,
                         List<FlowTrack> tracks) {

    public FlowReport {
        start = start.copy();
        target = target.copy();
        tracks = List.copyOf(tracks);
    }

    @Override
    public DMatrixRMaj start() {
        return start.copy();
    }

    @Override
    public DMatrixRMaj target() {
        return target.copy();
    }

    /** The flow of {@code method}. */
    public FlowTrack track(OtMethod method) {
        return tracks.stream().filter(t -> t.method() == method).findFirst().orElseThrow(() -> new IllegalArgumentException(
                method.label() + " has no flow here; this report has " + tracks.stream().map(t -> t.method().label())
                        .collect(Collectors.joining(", "))));
    }
}
