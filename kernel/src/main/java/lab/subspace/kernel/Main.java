package lab.subspace.kernel;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import lab.subspace.kernel.eval.CompilerWarmup;
import lab.subspace.kernel.install.Cli;
import lab.subspace.kernel.io.CellStreams;
import lab.subspace.kernel.protocol.KernelConnection;

/**
 * Entry point. {@code kernel <connection-file>} runs the kernel (what kernel.json starts);
 * everything else ({@code install}, {@code uninstall}, {@code --help}) is the command-line tool.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("kernel")) {
            runKernel(Path.of(args[1]));
            return;
        }
        if (args.length == 1 && args[0].equals("train")) {
            System.exit(Training.run()); // install-time run recording the class-data-sharing archive
        }
        System.exit(Cli.run(args));
    }

    static void runKernel(Path connectionFile) throws Exception {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        configureLogging(originalErr);
        CellStreams streams = new CellStreams(originalOut, originalErr);
        streams.install();

        KernelConnectionProperties props = KernelConnectionProperties.parse(Files.readString(connectionFile));
        KernelConnection connection = new KernelConnection(props);
        JavaKernel kernel = new JavaKernel(streams);
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        kernel.startAsync(KernelPaths.kernelClasspath(), KernelPaths.pluginJars());
        if (!"0".equals(System.getenv("SUBSPACE_KERNEL_WARMUP"))) {
            kernel.startCompilerWarmup(CompilerWarmup.DEFAULT_SNIPPETS);
        }
        connection.waitUntilClose();
        // Cells may have started non-daemon threads; the kernel's life ends with the connection.
        System.exit(0);
    }

    /** Kernel logs go to the process's stderr (the Jupyter server log), warnings and worse only. */
    private static void configureLogging(PrintStream err) {
        Logger root = Logger.getLogger("");
        Arrays.stream(root.getHandlers()).forEach(root::removeHandler);
        // Not a ConsoleHandler re-pointed with setOutputStream: that closes the stream it replaces,
        // which is the process's stderr, and every later kernel log line would vanish.
        Handler handler = new StreamHandler(err, new SimpleFormatter()) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        handler.setLevel(Level.WARNING);
        root.addHandler(handler);
        root.setLevel(Level.WARNING);
    }
}
