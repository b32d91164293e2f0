package lab.subspace.magics.game;

/** The estimators GAME is compared with. */
public enum Method {
    /** Overlapping per-group nuclear norms ({@link Game}). */
    GAME("GAME"),
    /** One global nuclear norm ({@link SoftImpute}). */
    GLOBAL("global soft-impute"),
    /** Soft-impute on each group alone ({@link Baselines#separate}). */
    SEPARATE("per-group soft-impute"),
    /** Column means of the observed entries ({@link Baselines#columnMeans}). */
    MEAN("mean imputation");

    private final String label;

    Method(String label) {
        this.label = label;
    }

    /** The name shown in tables and legends. */
    public String label() {
        return label;
    }
}
