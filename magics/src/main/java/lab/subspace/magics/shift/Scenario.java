package lab.subspace.magics.shift;

/** The controlled 20-dimensional benchmarks of the paper (reconstructed). */
public enum Scenario {
    /** Both sets from the same standard Gaussian: nothing should be flagged. */
    NULL,
    /** The test set's mean moves by +shift on a few features: a broad shift. */
    BROAD,
    /** A few percent extra test points in a tight blob on a few features: a localised shift. */
    LOCALIZED
}
