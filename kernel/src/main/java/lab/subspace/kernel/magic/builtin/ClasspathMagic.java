package lab.subspace.kernel.magic.builtin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import lab.subspace.kernel.magic.MagicHost;
import lab.subspace.kernel.magic.HelpText;
import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "classpath", description = "Show the cell classpath, or add jars and class folders to it.")
public final class ClasspathMagic implements Magic {

    private final MagicHost host;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Jars, class folders or patterns to add.")
    List<String> entries = new ArrayList<>();

    public ClasspathMagic(MagicHost host) {
        this.host = host;
    }

    @Override
    public Object run(MagicContext context) {
        if (entries.isEmpty()) {
            StringBuilder b = new StringBuilder("Cell classpath:");
            host.classpath().forEach(p -> b.append("\n  ").append(p));
            return new HelpText(b.toString());
        }
        List<Path> paths = new ArrayList<>();
        for (String e : entries) {
            paths.addAll(Globs.expand(e, context.resolvePath(".")));
        }
        return host.addToClasspath(paths);
    }
}
