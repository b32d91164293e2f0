package lab.subspace.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CompilerWarmupTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void evaluatesItsSnippetsOnlyWhileIdleAndThenEnds() throws InterruptedException {
        AtomicBoolean idle = new AtomicBoolean(false);
        List<String> reports = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompilerWarmup warmup = new CompilerWarmup(List.of(), List.of("java.util.*"), idle::get, 14, reports::add);
        Thread t = warmup.start();
        Thread.sleep(300);
        assertEquals(0, warmup.evaluated(), "must wait while the kernel is busy");
        assertTrue(t.isAlive());
        idle.set(true);
        t.join();
        assertEquals(14, warmup.evaluated()); // the list has 13: one came round again
        assertEquals(0, warmup.rejected(), "every warm-up snippet compiles and runs");
        assertEquals(1, reports.size());
        assertTrue(reports.get(0).startsWith("14 snippets (0 rejected) in "), reports.get(0));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void itsCompanionRunsARoundPerSnippetAndIsClosedAtTheEnd() throws InterruptedException {
        Rounds rounds = new Rounds();
        CompilerWarmup warmup = new CompilerWarmup(List.of(), List.of(), () -> true, 5, r -> { }, rounds);
        warmup.start().join();
        assertEquals(5, rounds.rounds.get());
        assertTrue(rounds.closed.get());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aStoppedWarmupClosesItsCompanionToo() throws InterruptedException {
        Rounds rounds = new Rounds();
        CompilerWarmup warmup = new CompilerWarmup(List.of(), List.of(), () -> false, 100, r -> { }, rounds);
        Thread t = warmup.start();
        warmup.stop();
        t.join(30_000);
        assertFalse(t.isAlive());
        assertEquals(0, rounds.rounds.get());
        assertTrue(rounds.closed.get(), "the companion's sockets must not outlive the warm-up");
    }

    private static final class Rounds implements CompilerWarmup.Companion {
        final java.util.concurrent.atomic.AtomicInteger rounds = new java.util.concurrent.atomic.AtomicInteger();
        final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public void round() {
            rounds.incrementAndGet();
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void stopEndsAWaitingWarmup() throws InterruptedException {
        CompilerWarmup warmup = new CompilerWarmup(List.of(), List.of(), () -> false, 100, r -> { });
        Thread t = warmup.start();
        warmup.stop();
        t.join(5_000);
        assertFalse(t.isAlive());
        assertEquals(0, warmup.evaluated());
    }
}
