package lab.subspace.kernel.io;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Replaces System.out and System.err for the whole process: while a cell runs their text becomes
 * stream messages (flushed every {@value #FLUSH_MS} ms, so long loops show output as they go).
 */
public final class CellStreams {

    private static final long FLUSH_MS = 50;

    private final PrintStream originalErr;
    private final CapturedStream out;
    private final CapturedStream err;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stream-flusher");
        t.setDaemon(true);
        return t;
    });

    public CellStreams(PrintStream originalOut, PrintStream originalErr) {
        this.originalErr = originalErr;
        out = new CapturedStream(originalOut);
        err = new CapturedStream(originalErr);
        stdout = new PrintStream(out, false, StandardCharsets.UTF_8);
        stderr = new PrintStream(err, false, StandardCharsets.UTF_8);
        flusher.scheduleWithFixedDelay(this::flush, FLUSH_MS, FLUSH_MS, TimeUnit.MILLISECONDS);
    }

    /** Installs the streams as System.out / System.err. */
    public void install() {
        System.setOut(stdout);
        System.setErr(stderr);
    }

    /** Routes output to {@code sink} as ("stdout" | "stderr", text). */
    public void attach(BiConsumer<String, String> sink) {
        out.attach(text -> sink.accept("stdout", text));
        err.attach(text -> sink.accept("stderr", text));
    }

    public void detach() {
        stdout.flush();
        stderr.flush();
        out.detach();
        err.detach();
    }

    /** Sends what is buffered now (called before displays and results to keep the order). */
    public void flush() {
        stdout.flush();
        stderr.flush();
    }

    public PrintStream stderr() {
        return stderr;
    }

    /** The process's own stderr (the Jupyter server log), for the kernel's diagnostics. */
    public PrintStream kernelLog() {
        return originalErr;
    }
}
