package lab.subspace.kernel.eval;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the classes JShell compiles for cells, and the jars added at run time (plugins, %jars).
 *
 * <p>Cell classes, plugin classes and the libraries they use all live in this one loader, so a
 * Tablesaw {@code Table} built in a cell is the same class the display plugin registered a renderer
 * for, and {@link java.util.ServiceLoader} over this loader finds every plugin added so far.
 */
public final class CellClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> cellClasses = new ConcurrentHashMap<>();

    CellClassLoader(ClassLoader parent) {
        super("cells", new URL[0], parent);
    }

    void declare(String name, byte[] bytecodes) {
        cellClasses.put(name, bytecodes);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = cellClasses.get(name);
        if (bytes == null) {
            return super.findClass(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    public void addURL(URL url) {
        super.addURL(url);
    }
}
