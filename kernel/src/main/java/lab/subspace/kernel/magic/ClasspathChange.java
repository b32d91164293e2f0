package lab.subspace.kernel.magic;

import java.nio.file.Path;
import java.util.List;

/** What adding to the classpath did: the entries added and the magics that became available. */
public record ClasspathChange(List<Path> added, List<String> newMagics, List<String> plugins) {

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(added.isEmpty() ? "Nothing new added to the classpath." : "Added to the classpath:");
        added.forEach(p -> b.append("\n  ").append(p));
        if (!plugins.isEmpty()) {
            b.append("\nRegistered plugins: ").append(String.join(", ", plugins));
        }
        if (!newMagics.isEmpty()) {
            b.append("\nNew magics: ");
            b.append(String.join(", ", newMagics.stream().map(m -> "%" + m).toList()));
        }
        return b.toString();
    }
}
