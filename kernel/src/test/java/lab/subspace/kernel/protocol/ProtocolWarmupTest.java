package lab.subspace.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

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
        for (int i = 0; i < 20; i++) {
            try (ProtocolWarmup rehearsal = new ProtocolWarmup(() -> new DisplayData("x"))) {
                rehearsal.round();
                assertEquals(1, rehearsal.answered());
            }
        }
        long zmqThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("iothread")).count();
        assertEquals(0, zmqThreads, "a closed rehearsal leaves no JeroMQ I/O thread behind");
    }
}
