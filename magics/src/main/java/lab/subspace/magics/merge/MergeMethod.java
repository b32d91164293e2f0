package lab.subspace.magics.merge;

/**
 * The merges compared in "Model Merging on Loss Landscape: A Geometry Perspective".
 *
 * <pre>{@code
 * Merge m = report.merge(MergeMethod.EPIMER, 4);
 * }</pre>
 */
public enum MergeMethod {
    /** theta_0 + lambda sum_t tau_t (lambda = 1/T: weight averaging). */
    TASK_ARITHMETIC("task arithmetic"),
    /** theta_0 + U U^T mean(tau): the flat (spectral) subspace mean at rank r. */
    PROJECTED_MEAN("projected mean"),
    /** theta_0 + (sum_t H_t)^{-1} sum_t H_t tau_t in the whole space. */
    FISHER("Fisher merging"),
    /** theta_0 + U c*, the subspace Frechet mean with the curvature metric at rank r. */
    EPIMER("EpiMer");

    private final String label;

    MergeMethod(String label) {
        this.label = label;
    }

    /** Name shown in tables and legends. */
    public String label() {
        return label;
    }

    /** "EpiMer (r = 4)" for ranked methods, the plain label otherwise. */
    public String label(int rank) {
        return ranked() ? label + " (r = " + rank + ")" : label;
    }

    /** True for the methods computed in a rank-r task subspace. */
    public boolean ranked() {
        return this == PROJECTED_MEAN || this == EPIMER;
    }
}
