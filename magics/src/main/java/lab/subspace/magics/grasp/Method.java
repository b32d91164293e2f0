package lab.subspace.magics.grasp;

/** The models compared by {@link GraspExperiment}. */
public enum Method {
    /** The pretrained model, not fine-tuned. */
    PRETRAINED("pretrained"),
    /** Naive LoRA fine-tune on the spuriously correlated data. */
    NAIVE("naive LoRA"),
    /** LoRA fine-tune with gradients projected off the identified direction. */
    GRASP("GRASP"),
    /** Identified direction removed from the representation in training and at inference. */
    ABLATION("ablation"),
    /** The naive fine-tune with the identified direction removed at inference only. */
    STEERING("steering"),
    /** LoRA fine-tune on data without the spurious correlation (agreement 0.5). */
    ORACLE("oracle");

    private final String label;

    Method(String label) {
        this.label = label;
    }

    /** Name shown in tables and legends. */
    public String label() {
        return label;
    }
}
