package lab.subspace.kernel.spi;

import java.nio.file.Path;

/** What a running magic can ask of the kernel. */
public interface MagicContext {

    /** The magic's name as invoked. */
    String name();

    /** The cell body of a {@code %%name} cell magic, or {@code null} for a line magic. */
    String body();

    /** True when a notebook variable with this name exists. */
    boolean hasVariable(String name);

    /**
     * The current value of a notebook (JShell) variable.
     *
     * @throws UserError naming the variable when it does not exist
     */
    Object variable(String name);

    /** Resolves a file name given by the user against the notebook's working directory. */
    Path resolvePath(String fileName);

    /** Shows a value now, as its own output, before the magic returns. */
    DisplayHandle display(Object value);
}
