package lab.subspace.kernel;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the kernel's files are: the kernel jar, its {@code lib/} dependencies and the
 * {@code plugins/} folder next to it (filled by the build, copied by the installer), plus any
 * folders named in {@code SUBSPACE_KERNEL_PLUGINS} (path-separated).
 */
public final class KernelPaths {

    private KernelPaths() {
    }

    /** The jar (or classes folder) the kernel runs from. */
    public static Path kernelLocation() {
        try {
            return Path.of(KernelPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path home() {
        Path location = kernelLocation();
        return Files.isDirectory(location) ? location.getParent() : location.getParent();
    }

    /** The kernel jar and its libraries: what cells compile against besides plugins. */
    public static List<Path> kernelClasspath() {
        List<Path> out = new ArrayList<>();
        out.add(kernelLocation());
        out.addAll(jars(home().resolve("lib")));
        return out;
    }

    /** Plugin jars to load at start. */
    public static List<Path> pluginJars() {
        List<Path> out = new ArrayList<>(jars(home().resolve("plugins")));
        String extra = System.getenv("SUBSPACE_KERNEL_PLUGINS");
        if (extra != null && !extra.isBlank()) {
            for (String dir : extra.split(File.pathSeparator)) {
                Path p = Path.of(dir);
                if (Files.isDirectory(p)) {
                    out.addAll(jars(p));
                } else if (p.toString().endsWith(".jar") && Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    static List<Path> jars(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
