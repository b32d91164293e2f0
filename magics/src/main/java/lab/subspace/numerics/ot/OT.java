package lab.subspace.numerics.ot;

import org.ejml.data.DMatrixRMaj;

/**
 * Optimal transport between discrete measures: one entry point per method, in the spirit of POT.
 *
 * <ul>
 *   <li>{@link #eot} entropic OT by stabilised Sinkhorn [1, 2]: KL(P | a b^T) regularisation;</li>
 *   <li>{@link #srot} sliced-regularised OT [3]: KL(P | pi_ref) with pi_ref = (1 - delta) pi_SOT + delta a b^T;</li>
 *   <li>{@link #sot} sliced OT: SW_p and the averaged lifted 1-D plans pi_SOT [4]; {@link #swGradient} for sliced flows;</li>
 *   <li>{@link #exact} exact OT by the network simplex [5];</li>
 *   <li>{@link #srotDivergence} / {@link #srotDivergenceGradient} the SROT divergence [3] for gradient flows.</li>
 * </ul>
 *
 * <pre>{@code
 * OtProblem p = OtProblem.of(x, y);                 // n x d and m x d points, uniform weights, |x - y|^2
 * SinkhornResult e = OT.eot(p, 0.01);               // plan, cost, duals, iterations, trace
 * SinkhornResult s = OT.srot(p, 0.01, 100, 42L);    // 100 random directions from seed 42
 * ExactResult    w = OT.exact(p);                   // sparse plan, cost, duals
 * DMatrixRMaj    t = OT.barycentricMap(e, p);       // T(x_i) = sum_j P_ij y_j / a_i
 * }</pre>
 *
 * <p>References: [1] Cuturi 2013, "Sinkhorn distances", arXiv:1306.0895. [2] Schmitzer 2019,
 * "Stabilized sparse scaling algorithms for entropy regularized transport problems",
 * arXiv:1610.06519. [3] "Sliced-Regularized Optimal Transport" (SROT), arXiv 2025. [4] Rabin,
 * Peyre, Delon, Bernot 2011, "Wasserstein barycenter and its application to texture mixing";
 * Bonneel et al. 2015, "Sliced and Radon Wasserstein barycenters of measures". [5] Bonneel, van de
 * Panne, Paris, Heidrich 2011, "Displacement interpolation using Lagrangian mass transport".
 */
public final class OT {

    /** Weight of the product measure a b^T mixed into the SROT reference (keeps it positive). */
    public static final double SROT_DELTA = 1e-8;

    private OT() {
    }

    /** Entropic OT with default options. */
    public static SinkhornResult eot(OtProblem problem, double eps) {
        return eot(problem, eps, SinkhornOptions.defaults());
    }

    /**
     * Entropic OT: min_P <C, P> + eps KL(P | a b^T) over plans with marginals a, b. The plan is the
     * one of POT's {@code ot.sinkhorn(a, b, C, eps)} (entropy and KL to a b^T differ by a constant on
     * the plans with these marginals); the duals are in the KL form, see {@link SinkhornResult}.
     *
     * @param eps regularisation strength, in the units of C (stable down to about 1e-4 max C; below
     *            about 1e-3 max C convergence is slow, and {@code epsScaling} helps)
     */
    public static SinkhornResult eot(OtProblem problem, double eps, SinkhornOptions options) {
        return Sinkhorn.solve(problem.weightsA(), problem.weightsB(), problem.cost(), null, eps, options, "Sinkhorn (EOT)");
    }

    /** SROT with {@code projections} random directions drawn from {@code seed}, default options. */
    public static SinkhornResult srot(OtProblem problem, double eps, int projections, long seed) {
        return srot(problem, eps, Directions.random(dimension(problem), projections, seed), SinkhornOptions.defaults());
    }

    /**
     * Sliced-regularised OT: min_P <C, P> + eps KL(P | pi_ref), pi_ref = (1 - delta) pi_SOT + delta a b^T.
     *
     * @param directions d x L unit directions (columns)
     */
    public static SinkhornResult srot(OtProblem problem, double eps, DMatrixRMaj directions, SinkhornOptions options) {
        double[] logQ = SlicedReference.logRatio(problem, directions, SROT_DELTA);
        return Sinkhorn.solve(problem.weightsA(), problem.weightsB(), problem.cost(), logQ, eps, options, "Sinkhorn (SROT)");
    }

    /** The SROT reference plan pi_ref = (1 - delta) pi_SOT + delta a b^T (n x m, new). */
    public static DMatrixRMaj referencePlan(OtProblem problem, DMatrixRMaj directions) {
        return SlicedReference.plan(problem, directions, SROT_DELTA);
    }

    /** Sliced OT (p = 2) over {@code projections} random directions drawn from {@code seed}. */
    public static SlicedResult sot(OtProblem problem, int projections, long seed) {
        return sot(problem, Directions.random(dimension(problem), projections, seed), 2);
    }

    /**
     * Sliced OT: SW_p over the given directions and the averaged lifted plan (1/L) sum_l pi_l, each
     * pi_l the monotone (north-west corner) coupling of the sorted projections with weights a, b.
     */
    public static SlicedResult sot(OtProblem problem, DMatrixRMaj directions, double p) {
        return SlicedPlans.solve(problem, directions, p, true);
    }

    /** SW_p alone (no n x m plan or cost matrix is built): ((1/L) sum_l W_p^p)^(1/p), as POT's sliced_wasserstein_distance. */
    public static double sw(OtProblem problem, DMatrixRMaj directions, double p) {
        return SlicedPlans.solve(problem, directions, p, false).distance();
    }

    /**
     * The gradient of SW_2^2 (the squared sliced distance, as {@code sw(problem, directions, 2)^2})
     * in the source points, n x d: the direction of a sliced gradient flow
     * {@code x_i <- x_i - step * gradient_i / a_i}. Exact wherever no two projections tie.
     */
    public static DMatrixRMaj swGradient(OtProblem problem, DMatrixRMaj directions) {
        return SlicedGradient.of(problem, directions);
    }

    /** Exact OT with an effectively unlimited pivot budget (interrupt to stop). */
    public static ExactResult exact(OtProblem problem) {
        return exact(problem, Long.MAX_VALUE);
    }

    /**
     * Exact OT by the network simplex (block-search pivots).
     *
     * @param maxPivots cap on simplex pivots; reaching it gives {@code optimal() == false}
     */
    public static ExactResult exact(OtProblem problem, long maxPivots) {
        double[] a = problem.weightsA();
        double[] b = problem.weightsB().clone();
        // the masses agree within Weights.MASS_TOLERANCE: make them agree exactly for the flow problem
        double ratio = Weights.sum(a) / Weights.sum(b);
        for (int j = 0; j < b.length; j++) {
            b[j] *= ratio;
        }
        DMatrixRMaj cost = problem.cost();
        NetworkSimplex simplex = new NetworkSimplex(a, b, cost);
        long pivots = simplex.run(maxPivots);
        boolean optimal = pivots >= 0;
        SparsePlan plan = simplex.plan();
        return new ExactResult(plan, plan.dot(cost), simplex.sourceDuals(), simplex.targetDuals(),
                optimal ? pivots : -pivots - 1, optimal);
    }

    /** The barycentric map T(x_i) = sum_j P_ij y_j / a_i of a result on its problem's points (n x d, new). */
    public static DMatrixRMaj barycentricMap(TransportResult result, OtProblem problem) {
        DMatrixRMaj y = problem.pointsY();
        if (result instanceof ExactResult exact) {
            return BarycentricMap.apply(exact.sparsePlan(), problem.weightsA(), y, null);
        }
        return BarycentricMap.apply(result.plan(), problem.weightsA(), y, null);
    }

    /** The SROT divergence S = <C_xy, P_xy> - 1/2 <C_xx, P_xx> - 1/2 <C_yy, P_yy> (all three plans SROT). */
    public static DivergenceResult srotDivergence(OtProblem problem, double eps, DMatrixRMaj directions,
                                                  SinkhornOptions options) {
        return Divergence.value(problem, eps, Directions.check(directions, dimension(problem)), options);
    }

    /**
     * The SROT divergence and its gradient in the source points (exact for the converged plans:
     * implicit differentiation, references held fixed). Costs O(n m^2 + m^3): meant for gradient
     * flows with up to a few thousand points; converge tightly (tol ~1e-12) for an accurate gradient.
     */
    public static DivergenceGradient srotDivergenceGradient(OtProblem problem, double eps, DMatrixRMaj directions,
                                                            SinkhornOptions options) {
        return Divergence.withGradient(problem, eps, Directions.check(directions, dimension(problem)), options);
    }

    /** The same divergence built from EOT plans (the sharp Sinkhorn divergence). */
    public static DivergenceResult eotDivergence(OtProblem problem, double eps, SinkhornOptions options) {
        return Divergence.value(problem, eps, null, options);
    }

    /** The EOT divergence and its gradient in the source points. */
    public static DivergenceGradient eotDivergenceGradient(OtProblem problem, double eps, SinkhornOptions options) {
        return Divergence.withGradient(problem, eps, null, options);
    }

    /**
     * A solver by method name, for callers that pick the method at run time (a magic's --method).
     *
     * @param method      "eot", "srot", "sot" or "exact"
     * @param eps         regularisation (eot, srot; ignored otherwise)
     * @param projections number of random directions (srot, sot; ignored otherwise)
     * @param seed        seed of the directions
     */
    public static TransportSolver solver(String method, double eps, int projections, long seed, SinkhornOptions options) {
        return switch (method) {
            case "eot" -> p -> eot(p, eps, options);
            case "srot" -> p -> srot(p, eps, Directions.random(dimension(p), projections, seed), options);
            case "sot" -> p -> sot(p, Directions.random(dimension(p), projections, seed), 2);
            case "exact" -> OT::exact;
            default -> throw new IllegalArgumentException("unknown method '" + method + "'; use eot, srot, sot or exact");
        };
    }

    private static int dimension(OtProblem problem) {
        return problem.pointsX().numCols;
    }
}
