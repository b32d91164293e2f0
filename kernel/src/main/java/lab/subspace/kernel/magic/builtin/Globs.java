package lab.subspace.kernel.magic.builtin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import lab.subspace.kernel.spi.UserError;

/** Expands "lib/*.jar"-style patterns relative to a base directory. */
final class Globs {

    private Globs() {
    }

    static List<Path> expand(String pattern, Path base) {
        String home = System.getenv("HOME") != null ? System.getenv("HOME") : System.getProperty("user.home");
        Path p = base.resolve(pattern.replaceFirst("^~(?=/|$)", java.util.regex.Matcher.quoteReplacement(home))).normalize();
        String text = p.toString();
        if (!text.contains("*") && !text.contains("?") && !text.contains("[")) {
            if (!Files.exists(p)) {
                throw new UserError("No such file or folder: " + p);
            }
            return List.of(p);
        }
        Path root = p.getRoot() == null ? base : p.getRoot();
        for (Path part : p) {
            String s = part.toString();
            if (s.contains("*") || s.contains("?") || s.contains("[")) {
                break;
            }
            root = root.resolve(part);
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + text);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, 8)) {
            walk.filter(matcher::matches).sorted().forEach(found::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.isEmpty()) {
            throw new UserError("No file matches " + pattern + " (looked in " + root + ")");
        }
        return found;
    }
}
