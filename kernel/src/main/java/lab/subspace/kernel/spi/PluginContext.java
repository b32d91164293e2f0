package lab.subspace.kernel.spi;

import java.util.function.Function;
import java.util.function.Supplier;

/** What a {@link KernelPlugin} can add to the kernel. */
public interface PluginContext {

    /**
     * Registers a magic. {@code type} is a picocli {@code @Command} class: its name is the magic's
     * name, its description the one-line summary shown by {@code %lsmagic}, its options the
     * magic's options (parsed, validated, completed and documented by the kernel). A new instance
     * is created with the public no-argument constructor for every call.
     */
    void magic(Class<? extends Magic> type);

    /** Registers a magic whose instances come from {@code factory} (one per call). */
    <M extends Magic> void magic(Class<M> type, Supplier<? extends M> factory);

    /**
     * Registers how values of {@code type} (and its subtypes, unless a closer type has its own
     * renderer) turn into a MIME bundle.
     */
    <T> void renderer(Class<T> type, Renderer<? super T> renderer);

    /**
     * Registers what to show instead of a value of {@code type}: typically a result record shown
     * as a table followed by figures ({@link Composite}). The returned object is displayed in turn.
     */
    <T> void presenter(Class<T> type, Function<? super T, ?> presenter);

    /**
     * Imports made in every cell, e.g. {@code "tech.tablesaw.api.*"} or
     * {@code "static lab.subspace.display.Plots.*"} (without the {@code import} keyword).
     */
    void imports(String... imports);
}
