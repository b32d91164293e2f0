package lab.subspace.kernel.install;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Where a kernelspec goes: --user (default), --sys-prefix or --prefix DIR, like jupyter kernelspec. */
final class Location {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--user", description = "Install for the current user (default).")
    boolean user;

    @Option(names = "--sys-prefix", description = "Install into the active Python environment (virtualenv or conda).")
    boolean sysPrefix;

    @Option(names = "--prefix", paramLabel = "DIR", description = "Install into DIR/share/jupyter/kernels.")
    Path prefix;

    Path kernelsDir() {
        int chosen = (user ? 1 : 0) + (sysPrefix ? 1 : 0) + (prefix != null ? 1 : 0);
        if (chosen > 1) {
            throw new ParameterException(spec.commandLine(), "Choose one of --user, --sys-prefix, --prefix");
        }
        if (prefix != null) {
            return JupyterDirs.prefixKernels(prefix.toAbsolutePath().normalize());
        }
        if (sysPrefix) {
            Path p = JupyterDirs.sysPrefix().orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--sys-prefix: no Python environment found (VIRTUAL_ENV / CONDA_PREFIX unset and no jupyter on PATH); use --prefix DIR"));
            return JupyterDirs.prefixKernels(p);
        }
        return JupyterDirs.kernels(JupyterDirs.userData());
    }
}
