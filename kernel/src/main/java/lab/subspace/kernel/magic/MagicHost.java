package lab.subspace.kernel.magic;

import java.nio.file.Path;
import java.util.List;

import lab.subspace.kernel.spi.MagicContext;

/** What magics need from the running kernel. */
public interface MagicHost {

    MagicRegistry registry();

    /** A context for one magic call within the current cell. */
    MagicContext context(String name, String body);

    /** Displays a magic's result in the current cell. */
    void show(Object value);

    /** Adds jars or class folders to the cell classpath and registers the plugins they contain. */
    ClasspathChange addToClasspath(List<Path> paths);

    /** The jars and folders added so far. */
    List<Path> classpath();
}
