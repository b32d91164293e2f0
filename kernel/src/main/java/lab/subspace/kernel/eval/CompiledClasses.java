package lab.subspace.kernel.eval;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;

/**
 * The class files JShell keeps so that later snippets can be compiled against earlier ones.
 *
 * <p>JShell keeps the class file of every snippet it has compiled, and javac lists all of them for
 * each of the five compiler passes of a cell (JShell forgets the package after every pass). So every
 * cell made all later cells slower: {@code 1+1} took 10 ms after 500 cells and 19 ms after 3,000.
 * Later snippets only ever compile against declarations still in use (variables, methods, types);
 * {@link #forgetUnused()} drops the class files of everything else: expressions, statements, and
 * declarations dropped or replaced. The classes already loaded are not touched.
 *
 * <p>JShell has no API for this, so the map is reached by reflection. That needs
 * {@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED} (the kernel jar's manifest carries it).
 * Without it, or on a JDK whose JShell is laid out differently, nothing is dropped and cells run as
 * they would in plain JShell; {@link #unavailableBecause()} says why.
 */
final class CompiledClasses {

    private static final String PREFIX = "REPL.$JShell$";

    private final JShell shell;
    private final Map<String, ?> files;
    private final Method classNameOf;
    private final String unavailable;

    private CompiledClasses(JShell shell, Map<String, ?> files, Method classNameOf, String unavailable) {
        this.shell = shell;
        this.files = files;
        this.classNameOf = classNameOf;
        this.unavailable = unavailable;
    }

    @SuppressWarnings("unchecked")
    static CompiledClasses of(JShell shell) {
        try {
            Field taskFactory = JShell.class.getDeclaredField("taskFactory");
            taskFactory.setAccessible(true);
            Object factory = taskFactory.get(shell);
            Method fileManager = factory.getClass().getDeclaredMethod("fileManager");
            fileManager.setAccessible(true);
            Object manager = fileManager.invoke(factory);
            Field classObjects = manager.getClass().getDeclaredField("classObjects");
            classObjects.setAccessible(true);
            Method classFullName = Snippet.class.getDeclaredMethod("classFullName");
            classFullName.setAccessible(true);
            return new CompiledClasses(shell, (Map<String, ?>) classObjects.get(manager), classFullName, null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // InaccessibleObjectException without the add-opens; NoSuch* on another JShell layout
            return new CompiledClasses(shell, null, null, e.toString());
        }
    }

    /** Null when unused class files are dropped; otherwise the reason they cannot be. */
    String unavailableBecause() {
        return unavailable;
    }

    /** How many class files JShell keeps (-1 when that cannot be seen). */
    int kept() {
        return files == null ? -1 : files.size();
    }

    /** Drops the class files no snippet in use can compile against. Call only between snippets. */
    void forgetUnused() {
        if (files == null) {
            return;
        }
        Set<String> inUse = new HashSet<>();
        try {
            shell.snippets()
                    .filter(s -> s.kind().isPersistent() && shell.status(s).isActive())
                    .forEach(s -> inUse.add(className(s)));
        } catch (RuntimeException e) {
            return; // e.g. the shell was closed: nothing to tidy
        }
        files.keySet().removeIf(name -> name.startsWith(PREFIX) && !inUse.contains(outerClass(name)));
    }

    private String className(Snippet s) {
        try {
            return (String) classNameOf.invoke(s);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read a snippet's class name", e);
        }
    }

    /** {@code REPL.$JShell$12$Point} (a type declared in snippet 12) belongs to {@code REPL.$JShell$12}. */
    static String outerClass(String name) {
        int nested = name.indexOf('$', PREFIX.length());
        return nested < 0 ? name : name.substring(0, nested);
    }
}
