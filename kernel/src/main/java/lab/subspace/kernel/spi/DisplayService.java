package lab.subspace.kernel.spi;

/**
 * How code reaches the notebook's outputs. The running kernel installs its implementation in
 * {@link Notebook}; outside a kernel (unit tests, plain Java) a silent one is used.
 */
public interface DisplayService {

    /** True when outputs reach a notebook cell right now. */
    boolean attached();

    /** Shows a value as a new output. */
    DisplayHandle display(Object value);

    /** Shows a ready-made bundle as a new output, optionally under a display id for later updates. */
    DisplayHandle display(MimeBundle bundle, boolean updatable);

    /** Replaces the content of an output shown earlier. */
    void update(String displayId, MimeBundle bundle);

    /** Renders a value the way the notebook would show it (renderers and presenters applied). */
    MimeBundle render(Object value);
}
