package lab.subspace.numerics.ot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The kernel stops a cell by interrupting its thread: every solver loop must notice. */
class InterruptTest {

    @Test
    void sinkhornStopsSoonAfterAnInterrupt() throws InterruptedException {
        OtProblem p = OtProblem.of(Clouds.uniform(150, 2, 0, 1), Clouds.uniform(150, 2, 0.5, 2));
        // tiny eps, plain sweeps, unreachable tolerance: this would run for minutes
        SinkhornOptions forever = SinkhornOptions.defaults().withTol(1e-300).withMaxIter(Integer.MAX_VALUE)
                .withOverrelaxation(false);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                OT.eot(p, 1e-5 * Clouds.maxCost(p), forever);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        worker.start();
        Thread.sleep(200);
        assertTrue(worker.isAlive(), "the solver should still be running");
        long t0 = System.nanoTime();
        worker.interrupt();
        worker.join(5000);
        assertFalse(worker.isAlive(), "the solver ignored the interrupt");
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "stopping took too long");
        assertInstanceOf(CancellationException.class, thrown.get());
    }

    @Test
    void everySolverChecksForInterrupts() {
        OtProblem p = Clouds.weighted(20, 20, 3);
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> OT.eot(p, 0.1));
            assertThrows(CancellationException.class, () -> OT.srot(p, 0.1, 5, 1L));
            assertThrows(CancellationException.class, () -> OT.sot(p, 5, 1L));
            assertThrows(CancellationException.class, () -> OT.exact(p));
        } finally {
            Thread.interrupted(); // clear the flag for the next tests
        }
    }
}
