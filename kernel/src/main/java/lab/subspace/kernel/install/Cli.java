package lab.subspace.kernel.install;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line tool: {@code java -jar subspace-kernel.jar install|uninstall ...}. */
@Command(name = "java -jar subspace-kernel.jar", mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "Installs the subspace Java kernel for Jupyter.",
        subcommands = {InstallCommand.class, UninstallCommand.class})
public final class Cli implements Runnable {

    public static int run(String[] args) {
        return new CommandLine(new Cli()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"subspace-kernel " + (v == null ? "dev" : v) + " on Java " + Runtime.version()};
        }
    }
}
