package lab.subspace.kernel.spi;

import java.util.concurrent.CancellationException;

/**
 * Cooperative cancellation for long-running library code.
 *
 * <p>The kernel interrupts the thread running a cell when the user presses stop; every iterative
 * solver calls {@link #check()} once per iteration (cheap: one volatile read) so that it stops
 * within milliseconds, on every JDK (Thread.stop is gone from JDK 20 on).
 */
public final class Interrupts {

    private Interrupts() {
    }

    /**
     * @throws CancellationException when the current thread has been interrupted (the interrupt
     *                               flag is left set so that callers further up see it too)
     */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("Interrupted");
        }
    }
}
