package lab.subspace.kernel.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A class-data archive of the classes a kernel loads while starting and running its first cells,
 * written at install time by a training run ({@code kernel --train}); later starts map it instead
 * of parsing and verifying those classes again. On JDK 25 and newer it is an AOT cache (JEP 483,
 * 514, 515: classes also linked ahead of time, plus the training run's method profiles, so javac is
 * compiled sooner in the first cells); on older JDKs a dynamic AppCDS archive.
 */
final class CdsArchive {

    private CdsArchive() {
    }

    /** Whether this runtime (the one the kernelspec will use) writes an AOT cache. */
    static boolean aotCache() {
        return Runtime.version().feature() >= 25;
    }

    static String fileName() {
        return aotCache() ? "kernel.aot" : "kernel.jsa";
    }

    static boolean create(Path java, List<String> jvm, Path jar, Path archive) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvm);
        cmd.add((aotCache() ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive);
        cmd.addAll(logOff());
        cmd.addAll(List.of("-jar", jar.toString(), "train"));
        if (!succeeds(cmd, 180) || !Files.isRegularFile(archive)) {
            return false;
        }
        // A damaged archive can crash the JVM even in the lenient mode (JDK 17 dies with SIGBUS on a
        // truncated one), so the kernelspec only uses an archive that a strict start has mapped.
        List<String> check = new ArrayList<>();
        check.add(java.toString());
        check.addAll(jvm);
        check.addAll(useOptions(archive).stream().map(o -> o.equals("-Xshare:auto") ? "-Xshare:on" : o).toList());
        if (aotCache()) {
            check.add("-XX:AOTMode=on");
        }
        check.addAll(List.of("-jar", jar.toString(), "--version"));
        if (!succeeds(check, 60)) {
            Files.deleteIfExists(archive);
            return false;
        }
        return true;
    }

    private static boolean succeeds(List<String> cmd, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }

    /** Options that use the archive, silently falling back if the JDK changed since install. */
    static List<String> useOptions(Path archive) {
        List<String> options = new ArrayList<>();
        options.addAll(aotCache() ? List.of("-XX:AOTCache=" + archive) : List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto"));
        options.addAll(logOff());
        return options;
    }

    private static List<String> logOff() {
        return aotCache() ? List.of("-Xlog:aot=off", "-Xlog:cds=off") : List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }
}
