package lab.subspace.kernel.magic.builtin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import lab.subspace.kernel.magic.ClasspathChange;
import lab.subspace.kernel.magic.MagicHost;
import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "jars", description = "Add jars (globs allowed) to the classpath; plugins in them register their magics at once.")
public final class JarsMagic implements Magic {

    private final MagicHost host;

    @Parameters(arity = "1..*", paramLabel = "JAR", description = "Jar files or patterns such as lib/*.jar.")
    List<String> jars;

    public JarsMagic(MagicHost host) {
        this.host = host;
    }

    @Override
    public ClasspathChange run(MagicContext context) {
        List<Path> paths = new ArrayList<>();
        for (String pattern : jars) {
            for (Path p : Globs.expand(pattern, context.resolvePath("."))) {
                if (!p.getFileName().toString().endsWith(".jar")) {
                    throw new UserError("Not a jar: " + p + " (use %classpath for class folders)");
                }
                paths.add(p);
            }
        }
        return host.addToClasspath(paths);
    }
}
