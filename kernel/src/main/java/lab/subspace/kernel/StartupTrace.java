package lab.subspace.kernel;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/** Startup phase timings on stderr when SUBSPACE_KERNEL_TRACE is set (for tuning cold start). */
final class StartupTrace {

    private final boolean on = System.getenv("SUBSPACE_KERNEL_TRACE") != null;
    private final PrintStream log;
    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    private long last = System.currentTimeMillis();

    /** @param log the kernel's own stderr: not System.err, which belongs to the running cell */
    StartupTrace(PrintStream log) {
        this.log = log;
    }

    void mark(String phase) {
        if (!on) {
            return;
        }
        long now = System.currentTimeMillis();
        log.printf("[startup] %-10s +%4d ms (%5d ms since JVM start)%n", phase, now - last, now - jvmStart);
        last = now;
    }
}
