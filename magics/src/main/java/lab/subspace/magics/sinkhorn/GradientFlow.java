package lab.subspace.magics.sinkhorn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.ot.Directions;
import lab.subspace.numerics.ot.DivergenceGradient;
import lab.subspace.numerics.ot.OT;
import lab.subspace.numerics.ot.OtProblem;
import lab.subspace.numerics.random.Rng;

/**
 * Gradient flows of a point cloud towards a target, the SROT paper's third experiment: explicit
 * Euler steps x_i <- x_i - tau * grad_i F(x) / a_i on
 * <ul>
 *   <li>SROT: the SROT divergence S(x, y) = <C, P_xy> - 1/2 <C, P_xx> - 1/2 <C, P_yy> with SROT plans
 *       ("Sliced-Regularized Optimal Transport", 2025), fresh directions every step;</li>
 *   <li>EOT: the same divergence with entropic plans (the sharp Sinkhorn divergence);</li>
 *   <li>SOT: the squared sliced Wasserstein distance SW_2^2 (Liutkus et al. 2019, arXiv:1806.08141).</li>
 * </ul>
 * Progress is measured by the exact W2 distance to the target after every step.
 *
 * <pre>{@code
 * FlowReport r = GradientFlow.run(OtClouds.blob(200, 1L), OtClouds.crescent(200, 2L),
 *         FlowSettings.defaults().withSteps(30), OtMethod.parse("srot,eot,sot"));
 * }</pre>
 */
public final class GradientFlow {

    private GradientFlow() {
    }

    /**
     * @param start   n x d initial points (uniform weights)
     * @param target  m x d target points (uniform weights)
     * @param methods among SROT, EOT and SOT, run in that order
     */
    public static FlowReport run(DMatrixRMaj start, DMatrixRMaj target, FlowSettings settings, Set<OtMethod> methods) {
        if (methods.contains(OtMethod.EXACT) || methods.isEmpty()) {
            throw new IllegalArgumentException("a flow needs srot, eot or sot (exact OT is the yardstick, measured at every step)");
        }
        OtProblem first = OtProblem.of(start, target); // checks shapes and values
        double eps = settings.eps() * PlanMetrics.maxCost(first.cost());
        int d = start.numCols;
        List<FlowTrack> tracks = new ArrayList<>();
        long total = (long) settings.steps() * methods.size();
        try (Progress progress = Progress.start("Gradient flows", total, Duration.ofSeconds(1))) {
            for (OtMethod method : new OtMethod[] {OtMethod.SROT, OtMethod.EOT, OtMethod.SOT}) {
                if (methods.contains(method)) {
                    tracks.add(flow(method, first.x(), first.y(), settings, eps, d, progress));
                }
            }
        }
        return new FlowReport(start, target, settings, eps, tracks);
    }

    private static FlowTrack flow(OtMethod method, DMatrixRMaj x, DMatrixRMaj y, FlowSettings s, double eps, int d,
                                  Progress progress) {
        long t0 = System.nanoTime();
        Rng rng = new Rng(s.seed());
        int n = x.numRows;
        double[] w2 = new double[s.steps() + 1];
        double[] objective = new double[s.steps()];
        int[] keep = s.snapshots();
        List<DMatrixRMaj> snapshots = new ArrayList<>();
        int unconverged = 0;
        w2[0] = w2(x, y);
        for (int t = 0; ; t++) {
            if (Arrays.binarySearch(keep, t) >= 0) {
                snapshots.add(x.copy());
            }
            if (t == s.steps()) {
                break;
            }
            Interrupts.check();
            OtProblem p = OtProblem.of(x, y);
            DMatrixRMaj grad;
            if (method == OtMethod.SOT) {
                DMatrixRMaj dirs = Directions.random(d, s.slices(), rng.nextLong());
                grad = OT.swGradient(p, dirs);
                double sw = OT.sw(p, dirs, 2);
                objective[t] = sw * sw;
            } else {
                DivergenceGradient g = method == OtMethod.SROT
                        ? OT.srotDivergenceGradient(p, eps, Directions.random(d, s.slices(), rng.nextLong()), s.sinkhorn())
                        : OT.eotDivergenceGradient(p, eps, s.sinkhorn());
                grad = g.gradient();
                objective[t] = g.divergence().value();
                unconverged += g.divergence().converged() ? 0 : 1;
            }
            // uniform weights a_i = 1/n: x_i <- x_i - tau * n * grad_i
            double scale = s.stepSize() * n;
            for (int k = 0; k < x.data.length; k++) {
                x.data[k] -= scale * grad.data[k];
            }
            w2[t + 1] = w2(x, y);
            progress.step();
        }
        return new FlowTrack(method, w2, objective, keep, snapshots, unconverged, (System.nanoTime() - t0) / 1e9);
    }

    /** The exact W2 distance between two uniform clouds. */
    static double w2(DMatrixRMaj x, DMatrixRMaj y) {
        return Math.sqrt(Math.max(0, OT.exact(OtProblem.of(x, y)).cost()));
    }
}
