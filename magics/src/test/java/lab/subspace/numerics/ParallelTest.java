package lab.subspace.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void everyIndexRunsExactlyOnce() {
        for (int n : new int[] {0, 1, 5, 1000, 12345}) {
            int[] hits = new int[n];
            Parallel.forRange(n, 7, null, (lo, hi) -> {
                for (int i = lo; i < hi; i++) {
                    hits[i]++;
                }
            });
            for (int i = 0; i < n; i++) {
                assertEquals(1, hits[i], "index " + i + " of " + n);
            }
        }
    }

    @Test
    void exceptionsFromChunksReachTheCaller() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.forRange(1000, 10, null,
                (lo, hi) -> {
                    if (lo <= 500 && 500 < hi) {
                        throw new IllegalStateException("boom at 500");
                    }
                }));
        assertEquals("boom at 500", e.getMessage());
    }

    @Test
    void anInterruptedCallerStopsWithCancellation() {
        AtomicInteger ran = new AtomicInteger();
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> Parallel.forRange(100_000, 10, null,
                    (lo, hi) -> ran.addAndGet(hi - lo)));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag stays set for callers");
        } finally {
            Thread.interrupted();
        }
        assertEquals(0, ran.get(), "an interrupt seen on entry starts no work");
    }

    @Test
    void memoryCheckNamesTheSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Memory.requireDoubles(1L << 40, "distance matrix 1048576 x 1048576"));
        assertTrue(e.getMessage().startsWith("distance matrix 1048576 x 1048576 needs 8796.09 GB"), e.getMessage());
        Memory.requireDoubles(1000, "small");
        assertTrue(Memory.availableBytes() > 0);
    }
}
