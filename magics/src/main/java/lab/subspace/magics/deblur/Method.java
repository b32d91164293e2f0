package lab.subspace.magics.deblur;

/**
 * The self-supervised deblurring methods compared in the paper's ablation, from the baseline up.
 * All of them train on noisy frames only (see {@link SelfSupervised}).
 */
public enum Method {

    /** Noise2Noise through the blur, assuming zero-mean noise: single-frame input, no bias, free DC gain. */
    PLAIN_N2N("Noise2Noise (plain)", "plain N2N", false, false),
    /** Adds the DC constraint {@code G(0) = 1 / H(0)} and a learnable bias b; single-frame input. */
    PHYSEN("Physen-N2N", "Physen-N2N", false, true),
    /** Physen-N2N whose input is the average of several noisy frames (multi-frame noisy initialisation). */
    PHYSEN_MULTIFRAME("Physen-N2N + multi-frame init", "+ multi-frame", true, true),
    /** Physen-N2N + multi-frame init, pretrained on other scenes' noisy frames, then finetuned. */
    PHYSEN_PRETRAIN_FINETUNE("Physen-N2N pretrain-finetune", "pretrain-finetune", true, true);

    private final String label;
    private final String shortLabel;
    private final boolean multiFrame;
    private final boolean biasAware;

    Method(String label, String shortLabel, boolean multiFrame, boolean biasAware) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.multiFrame = multiFrame;
        this.biasAware = biasAware;
    }

    /** Name shown in tables and legends. */
    public String label() {
        return label;
    }

    /** A short name for image captions. */
    public String shortLabel() {
        return shortLabel;
    }

    /** True when the input is the average of frames rather than one frame. */
    public boolean multiFrame() {
        return multiFrame;
    }

    /** True when the method models the bias and pins the DC gain to the physics. */
    public boolean biasAware() {
        return biasAware;
    }
}
