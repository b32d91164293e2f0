package lab.subspace.kernel.spi;

/** An output shown in the notebook that can be replaced in place. */
public interface DisplayHandle {

    /** The Jupyter display_id of the output. */
    String id();

    /** Replaces the output's content with {@code value} (sends update_display_data). */
    void update(Object value);
}
