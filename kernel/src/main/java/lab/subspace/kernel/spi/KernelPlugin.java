package lab.subspace.kernel.spi;

/**
 * A jar's entry point into the kernel: it registers magics, renderers and presenters.
 *
 * <p>Declare the implementation in {@code META-INF/services/lab.subspace.kernel.spi.KernelPlugin}.
 * The kernel finds plugins with {@link java.util.ServiceLoader} at start (the jars in its
 * {@code plugins/} folder) and again whenever {@code %jars} adds jars, so a third-party jar
 * registers itself exactly like the bundled paper plugins.
 *
 * <pre>{@code
 * public final class MyPlugin implements KernelPlugin {
 *     public void register(PluginContext context) {
 *         context.magic(MyMagic.class);
 *         context.renderer(MyResult.class, r -> MimeBundle.text(r.summary()));
 *     }
 * }
 * }</pre>
 */
public interface KernelPlugin {

    /** Registers this plugin's contributions. Called once per kernel process. */
    void register(PluginContext context);
}
