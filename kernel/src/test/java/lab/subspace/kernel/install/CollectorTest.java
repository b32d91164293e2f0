package lab.subspace.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class CollectorTest {

    @Test
    void theParallelCollectorUnlessTheUserNamesOne() {
        assertEquals(List.of("-XX:+UseParallelGC"), Collector.options(List.of()));
        assertEquals(List.of("-XX:+UseParallelGC"), Collector.options(List.of("-Xmx8g", "-XX:MaxGCPauseMillis=50")));
        assertEquals(List.of(), Collector.options(List.of("-Xmx8g", "-XX:+UseG1GC")));
        assertEquals(List.of(), Collector.options(List.of("-XX:+UseZGC")));
        assertEquals(List.of(), Collector.options(List.of("-XX:-UseParallelGC")));
    }

    /** A JVM started with the options runs the parallel collector, and with the user's own choice, that one. */
    @Test
    void theJvmStartsWithTheChosenCollector() throws Exception {
        assertTrue(flags(Collector.options(List.of())).contains("-XX:+UseParallelGC"));
        List<String> user = List.of("-XX:+UseSerialGC");
        List<String> both = new ArrayList<>(Collector.options(user));
        both.addAll(user);
        String flags = flags(both); // two collectors would stop the JVM: flags() would fail
        assertTrue(flags.contains("-XX:+UseSerialGC") && !flags.contains("UseParallelGC"), flags);
    }

    private static String flags(List<String> options) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(options);
        cmd.addAll(List.of("-XX:+PrintCommandLineFlags", "-version"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
