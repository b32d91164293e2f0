package lab.subspace.kernel.install;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The garbage collector the kernelspec asks for: HotSpot's parallel (throughput) collector, instead
 * of G1, which HotSpot picks on any machine with two cores and 2 GB.
 *
 * <p>Why: JShell runs javac for every cell, and javac stores object references all the time; under G1
 * every such store also runs G1's write barriers. Measured on two cores over the 200 back-to-back
 * `1+1` cells right after a start (runs alternating, so both saw the same load): a bare JShell in
 * one process took a median 12.9 ms per cell under G1 and 10.8 ms under the parallel collector,
 * quicker in 14 of 16 pairs of runs; through the kernel 18.1 ms against 16.3 ms, quicker in 9 of 10
 * pairs of launches. A 19 MB Plotly heatmap was no slower (1.5-1.6 s against 1.6-1.9 s). The serial
 * collector was as quick for `1+1` but slower on the heatmap (1.9-2.3 s).
 *
 * <p>What it costs: the parallel collector stops the kernel for the whole of a full collection, which
 * happens only when the old generation fills. Measured with System.gc(): 10 million small objects
 * plus 1 GB of arrays took 1.1-1.9 s (G1 0.5 s), 4 GB of large arrays 0.02-0.36 s. {@code install
 * --default-gc} keeps HotSpot's choice, and a collector named in {@code --java-opts} replaces this one.
 */
final class Collector {

    static final String PARALLEL = "-XX:+UseParallelGC";

    /** Any option that selects (or deselects) a collector: the JVM refuses to start with two. */
    private static final Pattern CHOOSES_A_COLLECTOR = Pattern.compile("-XX:[+-]Use\\w*GC");

    private Collector() {
    }

    /** The option to add, or none when the user's own options already choose a collector. */
    static List<String> options(List<String> userOptions) {
        boolean userChose = userOptions.stream().anyMatch(o -> CHOOSES_A_COLLECTOR.matcher(o).matches());
        return userChose ? List.of() : List.of(PARALLEL);
    }
}
