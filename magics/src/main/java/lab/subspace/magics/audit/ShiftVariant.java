package lab.subspace.magics.audit;

/**
 * The shift matrices the audit measures (rows = prompts). With chat-template activations the
 * paper's four-variant decomposition separates template formatting from the alignment shift:
 * <ul>
 * <li>{@link #SHIFT}: aligned - base on the same inputs (no template information given);</li>
 * <li>{@link #NAIVE}: aligned model on templated prompts - base model on raw prompts (template and
 * alignment confounded);</li>
 * <li>{@link #TEMPLATE}: template on both models (the chat-template-controlled alignment shift);</li>
 * <li>{@link #ALIGNED}: within the aligned model, templated - raw prompts (the template's own shift);</li>
 * <li>{@link #DID}: difference in differences, the template-controlled shift on the safety set minus
 * the mean template-controlled shift on the control set (isolates the refusal-mediating part).</li>
 * </ul>
 */
public enum ShiftVariant {
    SHIFT("shift"),
    NAIVE("naive"),
    TEMPLATE("template"),
    ALIGNED("aligned"),
    DID("DiD");

    private final String label;

    ShiftVariant(String label) {
        this.label = label;
    }

    /** Short name used in tables and legends. */
    public String label() {
        return label;
    }
}
