package lab.subspace.magics;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import lab.subspace.kernel.spi.DisplayHandle;
import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine;

/**
 * Runs a magic in a unit test as the kernel would, without a kernel: notebook variables come from a map,
 * file names resolve against a (temporary) directory, and {@code display} shows nothing.
 *
 * <p>Parsing follows the kernel's {@code MagicInvoker}: picocli with case-insensitive enum values, then the
 * innermost sub-command runs. Unlike the kernel it does not prefix errors with {@code %name:}, so tests see
 * the exception the magic threw.
 *
 * <pre>{@code
 * Map<String, Object> variables = Map.of("x", new double[][] {{0, 0}, {1, 1}});
 * Object report = new MagicHarness("sinkhorn", dir, variables).line(new SinkhornMagic(), "--source x --target x");
 * }</pre>
 */
public final class MagicHarness {

    private final String name;
    private final Path dir;
    private final Map<String, Object> variables;
    private final MagicContext context = new Context();

    /**
     * A harness for the magic {@code name} that reads notebook variables from {@code variables} (not copied:
     * later puts are seen; may be unmodifiable) and resolves files against {@code dir}.
     */
    public MagicHarness(String name, Path dir, Map<String, Object> variables) {
        this.name = name;
        this.dir = dir;
        this.variables = variables;
    }

    /** The context handed to the magic. */
    public MagicContext context() {
        return context;
    }

    /** Parses {@code args} against {@code root} (picocli, sub-commands) and runs the leaf command. */
    public Object run(Magic root, String... args) throws Exception {
        CommandLine cl = new CommandLine(root);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        List<CommandLine> chain = cl.parseArgs(args).asCommandLineList();
        return ((Magic) chain.get(chain.size() - 1).getCommand()).run(context);
    }

    /** {@link #run} with the magic's line split on whitespace (no quoting), e.g. {@code "fit --data Y"}. */
    public Object line(Magic root, String line) throws Exception {
        return run(root, line.isBlank() ? new String[0] : line.strip().split("\\s+"));
    }

    private final class Context implements MagicContext {

        @Override
        public String name() {
            return name;
        }

        @Override
        public String body() {
            return null;
        }

        @Override
        public boolean hasVariable(String n) {
            return variables.containsKey(n);
        }

        @Override
        public Object variable(String n) {
            if (!variables.containsKey(n)) {
                // The kernel's wording (KernelMagicContext), with the names sorted so messages are stable.
                throw new UserError("No notebook variable named '" + n + "'" + (variables.isEmpty()
                        ? " (no variables are defined yet)."
                        : ". Defined: " + String.join(", ", new TreeSet<>(variables.keySet())) + "."));
            }
            return variables.get(n);
        }

        @Override
        public Path resolvePath(String f) {
            return dir.resolve(f);
        }

        @Override
        public DisplayHandle display(Object v) {
            return null;
        }
    }
}
