package lab.subspace.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import org.junit.jupiter.api.Test;

class ProtocolWarmupTest {

    @Test
    void everyRoundReadsASignedRequestAndAnswersIt() throws Exception {
        AtomicInteger rendered = new AtomicInteger();
        try (ProtocolWarmup rehearsal = new ProtocolWarmup(() -> {
            rendered.incrementAndGet();
            return new DisplayData("42");
        })) {
            for (int i = 0; i < 300; i++) {
                rehearsal.round();
            }
            assertEquals(300, rehearsal.answered(), "a request lost or failing its signature check is not answered");
            assertEquals(300, rendered.get(), "each round renders a result as a cell would");
        }
    }

    @Test
    void closingReleasesItsSocketsSoRehearsalsCanComeAndGo() throws Exception {
        // Other tests in this JVM may own I/O threads of their own: only the ones born here count.
        Set<Thread> before = ioThreads();
        for (int i = 0; i < 20; i++) {
            try (ProtocolWarmup rehearsal = new ProtocolWarmup(() -> new DisplayData("x"))) {
                rehearsal.round();
                assertEquals(1, rehearsal.answered());
            }
        }
        // Terminating a JeroMQ context stops its I/O thread but does not join it, so a thread
        // may still be finishing its last instructions; a leaked one would stay alive for good.
        long deadline = System.nanoTime() + 5_000_000_000L;
        Set<Thread> left = ioThreads();
        left.removeAll(before);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            for (Thread t : left) {
                t.join(100);
            }
            left.removeIf(t -> !t.isAlive());
        }
        assertEquals(Set.of(), left, "a closed rehearsal leaves no JeroMQ I/O thread behind");
    }

    private static Set<Thread> ioThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("iothread"))
                .collect(Collectors.toCollection(HashSet::new));
    }
}
