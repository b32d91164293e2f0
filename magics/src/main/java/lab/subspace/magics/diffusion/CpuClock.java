package lab.subspace.magics.diffusion;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** CPU seconds of the calling thread (wall seconds where the JVM cannot measure thread CPU time). */
final class CpuClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();

    private CpuClock() {
    }

    /** A reading in seconds; only differences are meaningful. */
    static double now() {
        if (CPU) {
            long t = THREADS.getCurrentThreadCpuTime();
            if (t >= 0) {
                return t / 1e9;
            }
        }
        return System.nanoTime() / 1e9;
    }
}
