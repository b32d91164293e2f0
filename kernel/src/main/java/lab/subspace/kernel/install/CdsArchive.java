package lab.subspace.kernel.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An AppCDS archive of the classes a kernel loads while starting and running its first cells,
 * written at install time by a training run ({@code kernel --train}); later starts map it instead
 * of parsing and verifying those classes again.
 */
final class CdsArchive {

    private CdsArchive() {
    }

    static boolean create(Path java, List<String> jvm, Path jar, Path archive) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvm);
        cmd.add("-XX:ArchiveClassesAtExit=" + archive);
        cmd.addAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", jar.toString(), "train"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0 && Files.isRegularFile(archive);
    }

    /** Options that use the archive, silently falling back if the JDK changed since install. */
    static List<String> useOptions(Path archive) {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }
}
