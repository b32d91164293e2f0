package lab.subspace.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerTiersTest {

    /** A compilation in -XX:+PrintCompilation's log: the tier, then the method. */
    private static final Pattern COMPILED = Pattern.compile("\\s([0-4])\\s+([\\w.$/]+)::(\\S+)");

    @Test
    void theFilesNameEveryPackageAndTheOptionsReadThem(@TempDir Path dir) throws Exception {
        List<String> options = CompilerTiers.write(dir);
        assertEquals(List.of("-XX:+UnlockDiagnosticVMOptions",
                "-XX:CompilerDirectivesFile=" + dir.resolve("compiler-directives.json"),
                "-XX:CompileCommandFile=" + dir.resolve("compile-commands.txt")), options);
        List<?> directives = new Gson().fromJson(Files.readString(dir.resolve("compiler-directives.json")), List.class);
        Map<?, ?> still = (Map<?, ?>) directives.get(0);
        assertTrue(((List<?>) still.get("match")).contains("com/sun/tools/javac/code/Symbol.packge"), still.toString());
        assertEquals(Map.of("Exclude", false), still.get("c2"));
        Map<?, ?> directive = (Map<?, ?>) directives.get(1);
        assertTrue(((List<?>) directive.get("match")).containsAll(List.of("com/sun/tools/javac/*.*", "jdk/jshell/*.*", "zmq/*.*")));
        assertEquals(Map.of("Exclude", true), directive.get("c2"));
        List<String> commands = Files.readAllLines(dir.resolve("compile-commands.txt"));
        assertEquals("quiet", commands.get(0));
        assertTrue(commands.contains("CompileThresholdScaling,com.sun.tools.javac.*::*,0.3"), commands.toString());
        assertEquals(CompilerTiers.C1_ONLY.size() + 1, commands.size());
    }

    /**
     * In a JVM started with the options, C2 compiles no javac method (but for JShell's purge loop)
     * while C1's optimised tier compiles many, and numeric code and the purge loop still reach C2; the
     * same workload without them has javac compiled by C2 (so this test can tell the two apart).
     */
    @Test
    void javacStaysOnC1AndNumericCodeStillReachesC2(@TempDir Path dir) throws Exception {
        Tiers with = run(CompilerTiers.write(dir));
        assertEquals(0, with.javacC2, "javac methods compiled by C2");
        assertTrue(with.javacC1Optimised > 50, "javac methods at C1's optimised tier: " + with.javacC1Optimised);
        assertTrue(with.numericC2, "the numeric loop was not compiled by C2");
        assertTrue(with.purgeC2, "JShell's purge loop (Symbol.packge) was not compiled by C2");
        assertTrue(with.output.contains("workload done"), with.output);
        assertFalse(with.output.contains("CompileCommand"), "the command file was echoed:\n" + with.output);

        Tiers without = run(List.of());
        assertTrue(without.javacC2 > 0, "without the options C2 compiled no javac method: the workload is too short");
    }

    private record Tiers(int javacC2, int javacC1Optimised, boolean numericC2, boolean purgeC2, String output) {
    }

    private static Tiers run(List<String> options) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(options);
        cmd.addAll(List.of("-XX:+PrintCompilation", "-cp", System.getProperty("java.class.path"),
                JitWorkload.class.getName(), "150"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the workload did not finish");
        assertEquals(0, p.exitValue(), out);
        int c2 = 0;
        int c1 = 0;
        boolean numeric = false;
        boolean purge = false;
        for (String line : out.lines().toList()) {
            Matcher m = COMPILED.matcher(line);
            if (line.contains("made ") || !m.find()) {
                continue; // not a compilation (deoptimisation, flushing) or not a method line
            }
            int tier = Integer.parseInt(m.group(1));
            String owner = m.group(2);
            boolean purgeLoop = owner.equals("com.sun.tools.javac.code.Symbol") && m.group(3).equals("packge")
                    || owner.equals("com.sun.tools.javac.util.Iterators$CompoundIterator")
                    || owner.equals("com.sun.tools.javac.code.Symtab") && m.group(3).startsWith("lambda$getAllClasses");
            purge |= tier == 4 && owner.equals("com.sun.tools.javac.code.Symbol") && m.group(3).equals("packge");
            if (owner.startsWith("com.sun.tools.javac.") && !purgeLoop) {
                c2 += tier == 4 ? 1 : 0;
                c1 += tier == 1 ? 1 : 0;
            }
            numeric |= tier == 4 && owner.equals(JitWorkload.class.getName()) && m.group(3).equals("dotProduct");
        }
        return new Tiers(c2, c1, numeric, purge, out);
    }
}
