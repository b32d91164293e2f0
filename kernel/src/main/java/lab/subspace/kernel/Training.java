package lab.subspace.kernel;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.request.CompleteRequest;
import io.github.spencerpark.jupyter.messages.request.ExecuteRequest;
import io.github.spencerpark.jupyter.messages.request.KernelInfoRequest;
import lab.subspace.kernel.io.CellStreams;
import lab.subspace.kernel.protocol.ClientSocket;
import lab.subspace.kernel.protocol.KernelConnection;
import org.zeromq.ZMQ;

/**
 * The training run behind the class-data-sharing archive: a real kernel on loopback ports, driven
 * by a small client through kernel_info, completion and typical first cells, so the archive holds
 * the classes a real start and first cell load (protocol, JShell, javac, plugins, renderers).
 */
final class Training {

    private Training() {
    }

    static int run() throws Exception {
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        CellStreams streams = new CellStreams(quiet, quiet);
        streams.install();
        KernelConnectionProperties props = new KernelConnectionProperties("127.0.0.1", port(), port(), port(), port(), port(),
                "tcp", "hmac-sha256", UUID.randomUUID().toString());
        KernelConnection connection = new KernelConnection(props);
        JavaKernel kernel = new JavaKernel(streams);
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        kernel.startAsync(KernelPaths.kernelClasspath(), KernelPaths.pluginJars()).join();

        int failures = 0;
        try (ZMQ.Context context = ZMQ.context(1)) {
            ClientSocket shell = new ClientSocket(context, props.createHMACGenerator());
            shell.bind(props);
            String session = UUID.randomUUID().toString();
            shell.sendMessage(new Message<>(new Header<>(session, MessageType.KERNEL_INFO_REQUEST), new KernelInfoRequest()));
            shell.readMessage();
            shell.sendMessage(new Message<>(new Header<>(session, MessageType.COMPLETE_REQUEST), new CompleteRequest("Math.ma", 7)));
            shell.readMessage();
            for (String cell : cells(kernel)) {
                shell.sendMessage(new Message<>(new Header<>(session, MessageType.EXECUTE_REQUEST),
                        new ExecuteRequest(cell, false, true, Map.of(), false, true)));
                Message<?> reply = shell.readMessage();
                if (reply == null || reply.getHeader().getType() != MessageType.EXECUTE_REPLY) {
                    failures++;
                }
            }
            shell.close();
        }
        connection.close();
        connection.waitUntilClose();
        return failures == 0 ? 0 : 1;
    }

    /** Cells a notebook typically starts with; the table and figure ones only when their plugins exist. */
    private static List<String> cells(JavaKernel kernel) {
        List<String> cells = new ArrayList<>(List.of(
                "int n = 3;\nSystem.out.println(\"n = \" + n);",
                "double[][] m = new double[n][n];\nm",
                "6 * 7",
                "%lsmagic"));
        ClassLoader loader = kernel.session().classLoader();
        if (loader.getResource("tech/tablesaw/api/Table.class") != null) {
            cells.add("var t = tech.tablesaw.api.Table.create(\"t\", tech.tablesaw.api.DoubleColumn.create(\"x\", 1, 2, 3));\nt");
        }
        if (loader.getResource("tech/tablesaw/plotly/api/ScatterPlot.class") != null) {
            cells.add("tech.tablesaw.plotly.api.ScatterPlot.create(\"s\", t, \"x\", \"x\")");
        }
        return cells;
    }

    private static int port() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
