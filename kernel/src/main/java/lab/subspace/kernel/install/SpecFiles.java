package lab.subspace.kernel.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.GsonBuilder;

/** Files of a kernelspec folder. */
final class SpecFiles {

    private SpecFiles() {
    }

    static void writeKernelJson(Path file, Path java, List<String> jvmOptions, Path jar, String displayName) throws IOException {
        List<String> argv = new ArrayList<>();
        argv.add(java.toString());
        argv.addAll(jvmOptions);
        argv.addAll(List.of("-jar", jar.toString(), "kernel", "{connection_file}"));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv);
        spec.put("display_name", displayName);
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        spec.put("env", Map.of());
        spec.put("metadata", Map.of("debugger", false));
        Files.writeString(file, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n");
    }

    static int copyJars(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        Files.createDirectories(to);
        int n = 0;
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".jar")).toList()) {
                Files.copy(p, to.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                n++;
            }
        }
        return n;
    }

    static void replaceDir(Path dir) throws IOException {
        if (Files.exists(dir)) {
            deleteDir(dir);
        }
        Files.createDirectories(dir);
    }

    static void deleteDir(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
