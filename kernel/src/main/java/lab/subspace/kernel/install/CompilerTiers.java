package lab.subspace.kernel.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * JIT settings the kernelspec passes to its JVM: javac, JShell and the libraries that carry messages
 * are compiled by C1 alone, and sooner than by default; everything else (numerical code, the code of
 * cells, the JDK's collections, and JShell's purge loop, see {@link #C2_STILL}) keeps HotSpot's usual
 * tiers up to C2.
 *
 * <p>Why: JShell runs javac for every cell, a large body of code that HotSpot keeps compiling for the
 * first several hundred cells. On two cores C2, compiling javac, took most of a core for seconds
 * (2.8 s of CPU during the 3.6 s of 200 back-to-back `1+1` cells right after a start) from the cells it
 * was meant to speed up. javac compiled by C1 alone is almost as fast once warm (`1+1` in a bare JShell
 * with javac and JShell on C1: 4.8-5.0 ms after 1,000 cells, against 4.3-4.9 ms), and the cells right
 * after a start no longer wait for C2. C2 does not compile these packages: a directive excludes them
 * from it, and HotSpot then compiles them at C1's optimised tier. Their thresholds are scaled down so
 * that they spend less time in C1's slower profiling tier, which only matters when C2 follows.
 */
final class CompilerTiers {

    /** Packages compiled by C1 only: the compiler, JShell, ZeroMQ, JSON, the Jupyter protocol. */
    static final List<String> C1_ONLY = List.of("com.sun.tools.javac", "com.sun.source", "jdk.jshell",
            "zmq", "org.zeromq", "com.google.gson", "io.github.spencerpark");

    /**
     * Methods of those packages that C2 still compiles: the loop JShell runs after each of a cell's
     * javac tasks over every class symbol javac has seen (2,000-3,000 with the kernel's imports) to
     * purge its REPL package. It is a quarter or more of a cell's time in the first few hundred cells,
     * and C2 compiles it within the first second. A bare JShell, 16 alternating runs each: a median
     * 4% quicker over cells 20-220 (quicker in 10 runs of 16) and 14% over cells 220-320 (12 of 16).
     */
    static final List<String> C2_STILL = List.of("jdk/jshell/TaskFactory.lambda$runTask*",
            "com/sun/tools/javac/code/Symtab.lambda$getAllClasses*",
            "com/sun/tools/javac/util/Iterators$CompoundIterator.*", "com/sun/tools/javac/code/Symbol.packge");

    /**
     * Their compile thresholds, as a fraction of HotSpot's. Lower reaches the fast tier sooner but
     * floods C1 while the session starts: 0.03 made the first cell take 1.55-1.71 s instead of about
     * 1.1 s; 0.3 costs about 0.15 s.
     */
    static final double THRESHOLD_SCALING = 0.3;

    static final String DIRECTIVES_FILE = "compiler-directives.json";
    static final String COMMANDS_FILE = "compile-commands.txt";

    private CompilerTiers() {
    }

    /**
     * Writes the directive and command files into the kernelspec folder and returns the JVM options
     * that read them. (The JVM prints "2 compiler directives added" on its standard output, which
     * Jupyter shows in the server's log.)
     */
    static List<String> write(Path dir) throws IOException {
        Path directives = dir.resolve(DIRECTIVES_FILE);
        Path commands = dir.resolve(COMMANDS_FILE);
        Files.writeString(directives, directives());
        Files.writeString(commands, commands());
        return List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:CompilerDirectivesFile=" + directives,
                "-XX:CompileCommandFile=" + commands);
    }

    /** Compiler directives (JSON) keeping C2 away from the packages but for a few methods (first match applies). */
    static String directives() {
        String still = C2_STILL.stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(", "));
        String match = C1_ONLY.stream().map(p -> "\"" + p.replace('.', '/') + "/*.*\"").collect(Collectors.joining(", "));
        return "[ { \"match\": [" + still + "], \"c2\": { \"Exclude\": false } },\n"
                + "  { \"match\": [" + match + "], \"c2\": { \"Exclude\": true } } ]\n";
    }

    /** CompileCommand lines that scale the packages' thresholds; "quiet" keeps the JVM from echoing them. */
    static String commands() {
        List<String> lines = new ArrayList<>();
        lines.add("quiet");
        for (String p : C1_ONLY) {
            lines.add("CompileThresholdScaling," + p + ".*::*," + THRESHOLD_SCALING);
        }
        return String.join("\n", lines) + "\n";
    }
}
