package lab.subspace.kernel.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import lab.subspace.kernel.KernelPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "install", mixinStandardHelpOptions = true,
        description = "Install the kernelspec (kernel.json, logos, jars) so that Jupyter lists the kernel.")
final class InstallCommand implements Callable<Integer> {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

    @Mixin
    Location location;

    @Option(names = "--name", defaultValue = "subspace-java", description = "Kernelspec name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--display-name", defaultValue = "Java (subspace)", description = "Name shown in JupyterLab (default: ${DEFAULT-VALUE}).")
    String displayName;

    @Option(names = "--java-opts", paramLabel = "OPTS", description = "Extra JVM options, e.g. \"-Xmx8g\".")
    String javaOpts;

    @Option(names = "--no-cds", description = "Do not write a class-data-sharing archive (slower start).")
    boolean noCds;

    @Option(names = "--default-jit", description = "Let C2 compile javac, JShell and the messaging libraries too, "
            + "as HotSpot does by default (cells right after a start answer more slowly).")
    boolean defaultJit;

    @Option(names = "--default-gc", description = "Keep HotSpot's choice of garbage collector (G1 on most machines) "
            + "instead of the parallel collector (javac, and so every cell, runs slower under G1).")
    boolean defaultGc;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (ModuleLayer.boot().findModule("jdk.jshell").isEmpty()) {
            System.err.println("This Java runtime (" + System.getProperty("java.home") + ") has no jdk.jshell module: "
                    + "it is a JRE or a trimmed image. Run the installer with a full JDK 17 or newer.");
            return 2;
        }
        if (!NAME.matcher(name).matches()) {
            System.err.println("Invalid kernel name '" + name + "': use letters, digits, '.', '_' and '-'.");
            return 2;
        }
        Path source = KernelPaths.home();
        Path kernelJar = KernelPaths.kernelLocation();
        if (!Files.isRegularFile(kernelJar)) {
            System.err.println("Run the installer from the built jar (kernel/target/subspace-kernel.jar), not from classes.");
            return 2;
        }
        Path dir = location.kernelsDir().resolve(name);
        SpecFiles.replaceDir(dir);
        Path jar = dir.resolve(kernelJar.getFileName());
        Files.copy(kernelJar, jar);
        int libs = SpecFiles.copyJars(source.resolve("lib"), dir.resolve("lib"));
        int plugins = SpecFiles.copyJars(source.resolve("plugins"), dir.resolve("plugins"));
        Logo.write(dir.resolve("logo-32x32.png"), 32);
        Logo.write(dir.resolve("logo-64x64.png"), 64);

        Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        List<String> jvm = new ArrayList<>(List.of("-Dfile.encoding=UTF-8", "-Djava.awt.headless=true"));
        if (!defaultJit) {
            jvm.addAll(CompilerTiers.write(dir)); // before the user's options, which may override them
        }
        List<String> userOptions = javaOpts == null || javaOpts.isBlank() ? List.of() : List.of(javaOpts.strip().split("\\s+"));
        List<String> collector = defaultGc ? List.of() : Collector.options(userOptions);
        jvm.addAll(collector);
        jvm.addAll(userOptions);
        String cds = "";
        if (!noCds) {
            Path archive = dir.resolve(CdsArchive.fileName());
            if (CdsArchive.create(java, jvm, jar, archive)) {
                jvm.addAll(CdsArchive.useOptions(archive));
                cds = ", class-data archive " + archive.getFileName();
            } else {
                System.err.println("Note: no class-data-sharing archive was written; the kernel starts a little slower.");
            }
        }
        SpecFiles.writeKernelJson(dir.resolve("kernel.json"), java, jvm, jar, displayName);
        System.out.println("Installed kernelspec '" + name + "' in " + dir);
        System.out.println("  Java " + Runtime.version() + " (" + java + "), " + libs + " libraries, " + plugins + " plugin jars" + cds
                + (defaultJit ? "" : ", javac and the protocol compiled by C1 only")
                + (collector.isEmpty() ? "" : ", parallel garbage collector"));
        System.out.println("  Check with: jupyter kernelspec list");
        return 0;
    }

    static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase().contains("win");
    }
}
