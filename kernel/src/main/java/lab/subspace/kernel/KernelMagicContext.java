package lab.subspace.kernel;

import java.nio.file.Path;
import java.util.List;

import lab.subspace.kernel.display.KernelDisplay;
import lab.subspace.kernel.eval.JShellSession;
import lab.subspace.kernel.spi.DisplayHandle;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;

/** The kernel side of one magic call. */
final class KernelMagicContext implements MagicContext {

    private final String name;
    private final String body;
    private final JShellSession session;
    private final KernelDisplay display;

    KernelMagicContext(String name, String body, JShellSession session, KernelDisplay display) {
        this.name = name;
        this.body = body;
        this.session = session;
        this.display = display;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String body() {
        return body;
    }

    @Override
    public boolean hasVariable(String variable) {
        return session.hasVariable(variable);
    }

    @Override
    public Object variable(String variable) {
        if (!session.hasVariable(variable)) {
            List<String> known = session.knownVariables();
            throw new UserError("No notebook variable named '" + variable + "'"
                    + (known.isEmpty() ? " (no variables are defined yet)." : ". Defined: " + String.join(", ", known) + "."));
        }
        return session.variable(variable).orElseThrow(() -> new UserError("Variable '" + variable + "' is null."));
    }

    @Override
    public Path resolvePath(String fileName) {
        return Path.of("").toAbsolutePath().resolve(fileName).normalize();
    }

    @Override
    public DisplayHandle display(Object value) {
        return display.display(value);
    }
}
