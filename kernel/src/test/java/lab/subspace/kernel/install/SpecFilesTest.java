package lab.subspace.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFilesTest {

    @Test
    void kernelJsonUsesAbsolutePathsAndMessageInterrupts(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("subspace-kernel.jar");
        SpecFiles.writeKernelJson(dir.resolve("kernel.json"), Path.of("/jdk/bin/java"), List.of("-Xmx1g"), jar, "Java (subspace)");
        Map<?, ?> spec = new Gson().fromJson(Files.readString(dir.resolve("kernel.json")), Map.class);
        assertEquals(List.of("/jdk/bin/java", "-Xmx1g", "-jar", jar.toString(), "kernel", "{connection_file}"), spec.get("argv"));
        assertEquals("message", spec.get("interrupt_mode"));
        assertEquals("java", spec.get("language"));
    }

    @Test
    void prefixLayoutMatchesJupyter() {
        assertEquals(Path.of("/p/share/jupyter/kernels"), JupyterDirs.prefixKernels(Path.of("/p")));
    }
}
