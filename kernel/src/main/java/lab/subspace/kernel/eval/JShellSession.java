package lab.subspace.kernel.eval;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * One JShell, evaluating cells in this JVM: values stay live objects, variables can be read by
 * name (magics use this), errors point at cell lines, and a running cell can be interrupted.
 */
public final class JShellSession implements AutoCloseable {

    /** How long cooperative interruption may take before the cell is stopped by force. */
    private static final long GRACE_MS = 300;

    /** How often an interrupt that arrived before the cell's code started checks again. */
    private static final long POLL_MS = 50;

    private final JShell shell;
    private final CompiledClasses compiled;
    private final CellExecutionControl control;
    private final CellClassLoader loader;
    private final Map<String, Class<?>> variableHomes = new ConcurrentHashMap<>();
    private final Map<String, SnippetOrigin> origins = new ConcurrentHashMap<>();
    private final List<Path> classpath = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService stopper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cell-stopper");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean interruptRequested;
    private volatile long generation;
    private volatile boolean busy;
    private boolean interruptBeforeRun;

    private JShellSession(JShell shell, CellExecutionControl control, CellClassLoader loader) {
        this.shell = shell;
        this.compiled = CompiledClasses.of(shell);
        this.control = control;
        this.loader = loader;
    }

    /** Starts JShell; {@code compileClasspath} lists jars already loaded by the kernel that cells may use. */
    public static JShellSession start(List<Path> compileClasspath) {
        CellClassLoader loader = new CellClassLoader(JShellSession.class.getClassLoader());
        CellExecutionControl control = new CellExecutionControl(new CellLoaderDelegate(loader));
        ExecutionControlProvider provider = new ExecutionControlProvider() {
            @Override
            public String name() {
                return "subspace-local";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return control;
            }
        };
        JShell shell = JShell.builder().executionEngine(provider, Map.of()).build();
        JShellSession session = new JShellSession(shell, control, loader);
        compileClasspath.forEach(session::addToClasspath);
        return session;
    }

    /** Adds a jar or class folder: cells can compile against it and load its classes. */
    public void addToClasspath(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (!classpath.contains(p)) {
            shell.addToClasspath(p.toString());
            classpath.add(p);
        }
    }

    /**
     * Null when the session drops the class files of snippets no longer in use (so cells do not get
     * slower as a session grows); otherwise why it cannot.
     */
    public String classFileTidyingUnavailableBecause() {
        return compiled.unavailableBecause();
    }

    /** How many compiled class files JShell keeps for later snippets (-1 if that cannot be seen). */
    int keptClassFiles() {
        return compiled.kept();
    }

    public List<Path> classpath() {
        return List.copyOf(classpath);
    }

    /** The loader of cell classes and of everything added to the classpath. */
    public ClassLoader classLoader() {
        return loader;
    }

    public SourceCodeAnalysis analysis() {
        return shell.sourceCodeAnalysis();
    }

    /**
     * Evaluates a cell already rewritten to plain Java.
     *
     * @param source       the Java source (magic lines rewritten, same line structure as the cell)
     * @param originalCell the cell as typed, used to quote lines in compile errors
     * @param cell         the execution count, used to name lines of earlier cells in tracebacks
     * @param warnings     receives notes that are not errors (e.g. a method that cannot run yet)
     */
    public CellOutcome run(String source, String originalCell, int cell, Consumer<String> warnings) {
        synchronized (this) {
            if (interruptBeforeRun) { // pressed while this cell waited for the session to start
                interruptBeforeRun = false;
                return new CellOutcome.Failure(CellErrors.interrupted());
            }
            interruptRequested = false;
            generation++;
            busy = true;
        }
        try {
            return evaluate(source, originalCell, cell, warnings);
        } finally {
            compiled.forgetUnused();
            busy = false;
        }
    }

    private CellOutcome evaluate(String source, String originalCell, int cell, Consumer<String> warnings) {
        List<CellSplitter.Piece> pieces = CellSplitter.split(shell.sourceCodeAnalysis(), source);
        CellOutcome outcome = new CellOutcome.NoValue();
        for (int i = 0; i < pieces.size(); i++) {
            CellSplitter.Piece piece = pieces.get(i);
            if (interruptRequested) { // pressed while an earlier statement compiled or ran
                return new CellOutcome.Failure(CellErrors.interrupted());
            }
            control.reset();
            List<SnippetEvent> events = shell.eval(piece.source());
            List<SnippetEvent> primaries = new ArrayList<>();
            for (SnippetEvent e : events) {
                if (e.causeSnippet() == null) {
                    primaries.add(e);
                    // JShell numbers stack-trace lines from the snippet's first non-blank character
                    int codeStart = piece.offset() + (piece.source().length() - piece.source().stripLeading().length());
                    origins.put(e.snippet().id(), new SnippetOrigin(cell, CellSplitter.lineOf(source, codeStart)));
                } else if (e.snippet() instanceof VarSnippet v) {
                    variableHomes.remove(v.name()); // re-initialised because something it uses changed
                }
            }
            if (primaries.isEmpty()) {
                if (interruptRequested) {
                    return new CellOutcome.Failure(CellErrors.interrupted());
                }
                continue;
            }
            List<Class<?>> invoked = control.invokedClasses();
            for (SnippetEvent e : primaries) {
                if (e.exception() != null) {
                    CellError error = CellErrors.runtime(e.exception(), cell, origins);
                    if (interruptRequested && !error.interrupted()) {
                        error = CellErrors.interrupted();
                    }
                    return new CellOutcome.Failure(error);
                }
                if (e.status() == Snippet.Status.REJECTED) {
                    return new CellOutcome.Failure(CellErrors.compile(source, originalCell, piece.offset(),
                            shell.diagnostics(e.snippet()).toList()));
                }
                if (e.status() == Snippet.Status.RECOVERABLE_DEFINED || e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                    warnings.accept(unresolvedNote(e.snippet()));
                }
                if (e.snippet() instanceof VarSnippet v && e.status() == Snippet.Status.VALID) {
                    home(invoked, v.name()).ifPresent(k -> variableHomes.put(v.name(), k));
                }
            }
            if (interruptRequested) {
                return new CellOutcome.Failure(CellErrors.interrupted());
            }
            Snippet snippet = primaries.get(primaries.size() - 1).snippet();
            if (i == pieces.size() - 1) {
                outcome = showsValue(snippet) ? new CellOutcome.Value(control.lastValue()) : new CellOutcome.NoValue();
            }
            if (snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND && snippet instanceof VarSnippet temp) {
                // JShell imports every live declaration into each new snippet; $1, $2, ... would pile up
                // and slow every later compile. The value has been taken; the temporary is not needed.
                variableHomes.remove(temp.name());
                shell.drop(temp);
            }
        }
        return outcome;
    }

    /** The snippet class (of those just run) that declares the variable's static field. */
    private static Optional<Class<?>> home(List<Class<?>> invoked, String name) {
        for (int i = invoked.size() - 1; i >= 0; i--) {
            for (Field f : invoked.get(i).getDeclaredFields()) {
                if (f.getName().equals(name) && Modifier.isStatic(f.getModifiers())) {
                    return Optional.of(invoked.get(i));
                }
            }
        }
        return Optional.empty();
    }

    /** Expressions show their value; declarations, assignments and statements do not. */
    private static boolean showsValue(Snippet s) {
        return s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                || s.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND;
    }

    private String unresolvedNote(Snippet s) {
        List<String> missing = new ArrayList<>();
        if (s instanceof jdk.jshell.DeclarationSnippet d) {
            shell.unresolvedDependencies(d).forEach(missing::add);
        }
        return "Note: " + s.kind().name().toLowerCase().replace('_', ' ') + " defined, but it cannot be used until "
                + (missing.isEmpty() ? "its dependencies are declared" : String.join(", ", missing) + " is declared");
    }

    /**
     * The current value of a variable declared in a cell, read directly from the static field JShell
     * keeps it in. Safe to call from code running inside a cell (magics), unlike JShell itself.
     */
    public Optional<Object> variable(String name) {
        Field f = variableField(name);
        if (f == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(f.get(null));
        } catch (IllegalAccessException e) {
            return Optional.empty();
        }
    }

    /** True when a variable of that name is defined (its value may be null). */
    public boolean hasVariable(String name) {
        return variableField(name) != null;
    }

    /** The declared type of a variable, for messages. */
    public Optional<Class<?>> variableType(String name) {
        Field f = variableField(name);
        return f == null ? Optional.empty() : Optional.of(f.getType());
    }

    private Field variableField(String name) {
        Class<?> home = variableHomes.get(name);
        if (home == null) {
            return null;
        }
        try {
            Field f = home.getDeclaredField(name);
            if (!Modifier.isStatic(f.getModifiers())) {
                return null;
            }
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** Names of variables whose values can be read (safe while a cell runs). */
    public List<String> knownVariables() {
        return variableHomes.keySet().stream().filter(n -> !n.startsWith("$")).sorted().toList();
    }

    /** Names of the variables currently defined (call only when no cell is running). */
    public List<String> variableNames() {
        return shell.variables().map(VarSnippet::name).filter(n -> !n.startsWith("$")).sorted().distinct().toList();
    }

    /** Declared type name of a variable as JShell knows it (call only when no cell is running). */
    public Optional<String> variableTypeName(String name) {
        return shell.variables().filter(v -> v.name().equals(name)).map(VarSnippet::typeName).reduce((a, b) -> b);
    }

    /**
     * Interrupts the running cell: first the thread's interrupt flag (library loops poll it and stop
     * cleanly), then, if the cell is still running after a short grace period, JShell's stop
     * (Thread.stop on JDK 17-19; on JDK 21+ a stop check JShell weaves into cell loops).
     */
    public synchronized void interrupt() {
        if (!busy) {
            return;
        }
        interruptRequested = true;
        long interrupted = generation;
        boolean flagged = control.interruptRunner();
        stopper.schedule(() -> escalate(interrupted, flagged), flagged ? GRACE_MS : POLL_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * An interrupt for a cell that was sent before the session had started: if that cell is running
     * it is interrupted, otherwise it stops as soon as it reaches {@link #run}. The kernel calls
     * {@link #forgetEarlyInterrupt()} when the cell is over, in case it never got that far.
     */
    public synchronized void interruptEarly() {
        if (busy) {
            interrupt();
        } else {
            interruptBeforeRun = true;
        }
    }

    public synchronized void forgetEarlyInterrupt() {
        interruptBeforeRun = false;
    }

    /**
     * Follows an interrupt until the cell ends. An interrupt can arrive while JShell still compiles
     * the cell (slow on a loaded machine): then nothing runs yet, so poll until code starts, flag
     * its thread, and stop it by force if it is still running after the grace period.
     */
    private void escalate(long interrupted, boolean flagged) {
        if (!busy || generation != interrupted) {
            return;
        }
        if (!control.running()) {
            stopper.schedule(() -> escalate(interrupted, false), POLL_MS, TimeUnit.MILLISECONDS);
        } else if (!flagged) {
            control.interruptRunner();
            stopper.schedule(() -> escalate(interrupted, true), GRACE_MS, TimeUnit.MILLISECONDS);
        } else {
            shell.stop();
            stopper.schedule(() -> escalate(interrupted, true), GRACE_MS, TimeUnit.MILLISECONDS);
        }
    }

    public boolean running() {
        return control.running();
    }

    @Override
    public void close() {
        stopper.shutdownNow();
        shell.close();
    }
}
