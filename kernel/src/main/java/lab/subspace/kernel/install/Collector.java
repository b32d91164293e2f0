package lab.subspace.kernel.install;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The garbage collector the kernelspec asks for: HotSpot's parallel (throughput) collector, instead
 * of G1, which HotSpot picks on any machine with two cores and 2 GB.
 *
 * <p>Why: JShell runs javac for every cell, and javac stores object references all the time; under G1
 * every such store also runs G1's write barriers. Measured on two cores, 200 back-to-back `1+1` cells
 * right after a start: a bare JShell (in one process, eight alternating runs each) took a median
 * 15.3 ms per cell under G1 and 12.1 ms under the parallel collector; through the kernel, alternating
 * launches, 24-27 ms against 16-21 ms, the first cell 1.7-2.1 s against 1.3-1.5 s, and a 19 MB Plotly
 * heatmap 1.6-1.9 s against 1.5-1.6 s. The serial collector was as quick for `1+1` but slower on the
 * heatmap (1.9-2.3 s).
 *
 * <p>What it costs: the parallel collector stops the kernel for the whole of a full collection, which
 * happens only when the old generation fills: about a second per few GB of live data on two cores,
 * while a cell that allocates that much is running anyway. {@code install --default-gc} keeps
 * HotSpot's choice, and a collector named in {@code --java-opts} replaces this one.
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
