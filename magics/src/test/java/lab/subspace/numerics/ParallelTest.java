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
    void blocksDependOnTheLengthOnlyAndCoverItOnce() {
        Parallel.Blocks blocks = Parallel.Blocks.of(1000);
        assertEquals(16, blocks.count());
        assertEquals(0, blocks.start(0));
        assertEquals(1000, blocks.end(15));
        for (int b = 0; b < blocks.count(); b++) {
            int size = blocks.end(b) - blocks.start(b);
            assertTrue(size == 62 || size == 63, "block " + b + " has " + size + " indices");
            if (b > 0) {
                assertEquals(blocks.end(b - 1), blocks.start(b));
            }
        }
        assertEquals(1, Parallel.Blocks.of(20).count(), "fewer than 32 indices: one block");
        assertEquals(1, Parallel.Blocks.of(0).count());
        assertEquals(3, Parallel.Blocks.of(100, 3, 10).count());
        assertThrows(IllegalArgumentException.class, () -> Parallel.Blocks.of(10, 0, 1));
    }

    @Test
    void blockReductionsGiveTheSameBitsWithAndWithoutThreads() {
        double[] x = new double[5000];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i) * 1e-3 + 1e6 / (i + 1); // sums whose value depends on the order of additions
        }
        Parallel.Blocks blocks = Parallel.Blocks.of(x.length);
        double[] sums = new double[2];
        for (int k = 0; k < 2; k++) {
            double[] part = new double[blocks.count()];
            Parallel.forBlocks(blocks, k == 0, b -> {
                for (int i = blocks.start(b); i < blocks.end(b); i++) {
                    part[b] += x[i];
                }
            });
            for (double t : part) {
                sums[k] += t;
            }
        }
        assertEquals(Double.doubleToRawLongBits(sums[1]), Double.doubleToRawLongBits(sums[0]));
    }

    @Test
    void blockFailuresAndInterruptsReachTheCaller() {
        Parallel.Blocks blocks = Parallel.Blocks.of(1000);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.forBlocks(blocks, true, b -> {
            if (b == 5) {
                throw new IllegalStateException("boom in block 5");
            }
        }));
        assertEquals("boom in block 5", e.getMessage());
        AtomicInteger ran = new AtomicInteger();
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> Parallel.forBlocks(blocks, true, b -> ran.incrementAndGet()));
            assertThrows(CancellationException.class, () -> Parallel.forBlocks(blocks, false, b -> ran.incrementAndGet()));
        } finally {
            Thread.interrupted();
        }
        assertEquals(0, ran.get());
        assertTrue(Parallel.worthForking(1L << 20) && !Parallel.worthForking(100));
    }

    @Test
    void matricesCheckNamesTheShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Memory.requireMatrices(50_000, 50_000, 1, "cost matrix"));
        assertEquals("cost matrix: a 50000 x 50000 matrix (20.00 GB) has more than 2^31 entries, which a Java array cannot hold",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Memory.requireMatrices(40_000, 40_000, 1 << 10, "plans"));
        assertTrue(e.getMessage().startsWith("plans: 40000 x 40000 doubles (x1024) needs 13107.20 GB"), e.getMessage());
        Memory.requireMatrices(100, 100, 2, "small");
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
