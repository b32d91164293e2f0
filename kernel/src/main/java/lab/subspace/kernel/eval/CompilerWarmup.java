package lab.subspace.kernel.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Warms the JIT for javac while the kernel is idle, so the first few hundred cells answer as fast as
 * later ones.
 *
 * <p>JShell compiles every snippet with javac, which HotSpot keeps recompiling for hundreds of
 * snippets: a `1+1` cell takes about 28 ms in the first 200 cells after a start and 14-16 ms once
 * warm (measured on two cores). Compiled code is shared by every JShell in the JVM, so a throwaway
 * session of its own, evaluating typical snippets while no cell runs, moves that warm-up into the
 * time a reader spends before running cells. It is a {@link JShellSession} like the user's, so the
 * JIT also compiles the kernel's own evaluation path (splitting, result capture, class loading): after
 * a 12 s pause the first cells took 12-14 ms instead of 15-16 ms with a bare JShell. It never touches
 * the user's session, prints nothing, waits whenever the kernel is not idle, and closes its session
 * after a fixed number of snippets.
 */
public final class CompilerWarmup implements Runnable {

    private static final Logger LOG = Logger.getLogger(CompilerWarmup.class.getName());

    /** Enough snippets to reach the steady state measured in bare JShell (about 4 s of CPU). */
    public static final int DEFAULT_SNIPPETS = 600;

    /** Snippets like a notebook's cells: expressions, declarations, a method, a loop. Nothing prints. */
    private static final List<String> SNIPPETS = List.of(
            "1 + 1",
            "int n = 3;",
            "n * 7",
            "double[][] m = new double[n][n];",
            "m",
            "double sq(double v) { return v * v; }",
            "sq(n)",
            "var xs = new ArrayList<Integer>(List.of(1, 2, 3));",
            "xs.stream().mapToInt(i -> i).sum()",
            "String s = \"n = \" + n;",
            "for (int i = 0; i < n; i++) { m[i][i] = i; }",
            "Map<String, Double> w = new HashMap<>();",
            "w.put(s, 1.0)");

    private final List<Path> classpath;
    private final List<String> imports;
    private final BooleanSupplier idle;
    private final int snippets;
    private final Consumer<String> report;
    private final Companion companion;
    private final AtomicInteger evaluated = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private volatile boolean stopped;

    /**
     * @param classpath jars the cells compile against (so the imports resolve as in the session)
     * @param imports   the session's default imports, without "import" and ";"
     * @param idle      true while no request is being handled and none arrived just before
     * @param snippets  how many snippets to evaluate before closing
     * @param report    receives one line when the warm-up has finished
     */
    public CompilerWarmup(List<Path> classpath, List<String> imports, BooleanSupplier idle, int snippets,
                          Consumer<String> report) {
        this(classpath, imports, idle, snippets, report, Companion.NONE);
    }

    /** As above, with work that runs once per snippet and is closed when the warm-up ends. */
    public CompilerWarmup(List<Path> classpath, List<String> imports, BooleanSupplier idle, int snippets,
                          Consumer<String> report, Companion companion) {
        this.companion = companion;
        this.classpath = List.copyOf(classpath);
        this.imports = List.copyOf(imports);
        this.idle = idle;
        this.snippets = snippets;
        this.report = report;
    }

    /** Starts the warm-up on a daemon thread. */
    public Thread start() {
        Thread t = new Thread(this, "compiler-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    /** Number of warm-up snippets evaluated so far. */
    public int evaluated() {
        return evaluated.get();
    }

    /** Warm-up snippets that did not compile (none should: a rejected snippet warms less). */
    public int rejected() {
        return rejected.get();
    }

    /** Stops after the snippet in progress. */
    public void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        try (Companion alongside = companion;
             JShellSession shell = JShellSession.start(classpath)) {
            for (String imp : imports) {
                if (!awaitIdle()) {
                    return;
                }
                shell.run("import " + imp + ";", "", 0, w -> { });
            }
            for (int k = 0; k < snippets; k++) {
                if (!awaitIdle()) {
                    return;
                }
                String src = SNIPPETS.get(k % SNIPPETS.size());
                CellOutcome o = shell.run(src, src, k + 1, w -> { });
                if (o instanceof CellOutcome.Failure) {
                    rejected.incrementAndGet();
                }
                alongside.round();
                evaluated.incrementAndGet();
            }
            report.accept(String.format("%d snippets (%d rejected) in %.1f s", evaluated.get(), rejected.get(),
                    (System.nanoTime() - start) / 1e9));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "compiler warm-up ended early", e);
        }
    }

    /**
     * Other code the first cells run, warmed a round at a time with the snippets (the kernel
     * rehearses its message path); closed when the warm-up ends.
     */
    public interface Companion extends AutoCloseable {
        Companion NONE = new Companion() {
            @Override
            public void round() {
            }

            @Override
            public void close() {
            }
        };

        void round();

        @Override
        void close();
    }

    /** Waits until the kernel is idle; false when stopped or interrupted. */
    private boolean awaitIdle() {
        while (!stopped) {
            if (idle.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return false;
            }
        }
        return false;
    }
}
