package lab.subspace.magics.coco;

/** The loss classes of the paper's two guarantees. */
public enum LossClass {
    /** f_t = alpha/2 |x - c_t|^2 with eta_t = 1/(alpha t): O(log T) regret and CCV. */
    STRONGLY_CONVEX("strongly convex losses"),
    /** f_t = w_t.x with eta_t = D/(G sqrt t): O(sqrt T) regret and CCV. */
    CONVEX("convex (linear) losses");

    private final String label;

    LossClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
