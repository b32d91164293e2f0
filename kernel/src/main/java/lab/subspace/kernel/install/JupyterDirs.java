package lab.subspace.kernel.install;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Jupyter's kernelspec folders, found the way jupyter_core finds them, without running Python. */
final class JupyterDirs {

    private JupyterDirs() {
    }

    /** The per-user data folder (JUPYTER_DATA_DIR, else the platform default). */
    static Path userData() {
        String env = System.getenv("JUPYTER_DATA_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        Path home = home();
        if (os.contains("mac")) {
            return home.resolve("Library/Jupyter");
        }
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home.toString(), "jupyter");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("jupyter");
    }

    /**
     * The active Python environment's prefix: VIRTUAL_ENV, CONDA_PREFIX, or the environment that
     * owns the {@code jupyter} command on PATH.
     */
    static Optional<Path> sysPrefix() {
        for (String var : new String[] {"VIRTUAL_ENV", "CONDA_PREFIX"}) {
            String v = System.getenv(var);
            if (v != null && !v.isBlank() && Files.isDirectory(Path.of(v))) {
                return Optional.of(Path.of(v));
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                for (String exe : new String[] {"jupyter", "jupyter.exe"}) {
                    Path p = Path.of(dir, exe);
                    if (Files.isRegularFile(p)) {
                        Path bin = p.toAbsolutePath().getParent();
                        return Optional.ofNullable(bin.getParent());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The home folder as Jupyter (Python's expanduser) sees it: $HOME when set. Java's user.home
     * comes from the password database and ignores $HOME, which would install where Jupyter
     * does not look (e.g. Binder-style setups, or HOME pointed elsewhere).
     */
    static Path home() {
        String env = System.getenv("HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"));
    }

    static Path kernels(Path dataDir) {
        return dataDir.resolve("kernels");
    }

    static Path prefixKernels(Path prefix) {
        return prefix.resolve("share").resolve("jupyter").resolve("kernels");
    }
}
