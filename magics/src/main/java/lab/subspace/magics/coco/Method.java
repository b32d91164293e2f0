package lab.subspace.magics.coco;

/** The online learners compared. */
public enum Method {
    /** x_{t+1} = Proj_{S_t}(x_t - eta_t grad f_t(x_t)) onto the running intersection S_t (the paper's algorithm). */
    PROJECTION("projection onto S_t (self-contraction)"),
    /** Online gradient descent on f_t + lambda Q_t g_t^+ over X, Q_t the cumulative violation (virtual queue). */
    PENALTY("drift-plus-penalty baseline");

    private final String label;

    Method(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
