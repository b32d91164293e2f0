package lab.subspace.kernel.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "uninstall", mixinStandardHelpOptions = true, description = "Remove an installed kernelspec.")
final class UninstallCommand implements Callable<Integer> {

    @Mixin
    Location location;

    @Option(names = "--name", defaultValue = "subspace-java", description = "Kernelspec name (default: ${DEFAULT-VALUE}).")
    String name;

    @Override
    public Integer call() throws IOException {
        Path dir = location.kernelsDir().resolve(name);
        if (!Files.isRegularFile(dir.resolve("kernel.json"))) {
            System.err.println("No kernelspec '" + name + "' in " + dir.getParent());
            return 1;
        }
        SpecFiles.deleteDir(dir);
        System.out.println("Removed kernelspec '" + name + "' from " + dir.getParent());
        return 0;
    }
}
