package lab.subspace.kernel;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.history.HistoryEntry;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.publish.PublishError;
import io.github.spencerpark.jupyter.messages.publish.PublishExecuteInput;
import io.github.spencerpark.jupyter.messages.publish.PublishExecuteResult;
import io.github.spencerpark.jupyter.messages.publish.PublishStatus;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;
import io.github.spencerpark.jupyter.messages.reply.ErrorReply;
import io.github.spencerpark.jupyter.messages.reply.ExecuteReply;
import io.github.spencerpark.jupyter.messages.request.ExecuteRequest;
import io.github.spencerpark.jupyter.messages.request.HistoryRequest;
import io.github.spencerpark.jupyter.messages.request.ShutdownRequest;
import lab.subspace.kernel.assist.CodeAssist;
import lab.subspace.kernel.display.BundleData;
import lab.subspace.kernel.display.CellChannel;
import lab.subspace.kernel.display.DisplayRegistry;
import lab.subspace.kernel.display.KernelDisplay;
import lab.subspace.kernel.eval.CellError;
import lab.subspace.kernel.eval.CellOutcome;
import lab.subspace.kernel.eval.CompilerWarmup;
import lab.subspace.kernel.eval.JShellSession;
import lab.subspace.kernel.history.History;
import lab.subspace.kernel.io.CellInput;
import lab.subspace.kernel.io.CellStreams;
import lab.subspace.kernel.magic.ClasspathChange;
import lab.subspace.kernel.magic.MagicCalls;
import lab.subspace.kernel.magic.MagicHost;
import lab.subspace.kernel.magic.MagicRegistry;
import lab.subspace.kernel.magic.MagicRewriter;
import lab.subspace.kernel.magic.builtin.Builtins;
import lab.subspace.kernel.plugins.PluginLoader;
import lab.subspace.kernel.protocol.IopubQueue;
import lab.subspace.kernel.protocol.ProtocolWarmup;
import lab.subspace.kernel.protocol.Replies;
import lab.subspace.kernel.protocol.StopOnError;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.MimeBundle;
import lab.subspace.kernel.spi.Notebook;

/**
 * The Java kernel: JShell cells, magics from plugins, rich display.
 *
 * <p>One cell's path: {@link #execute} -> {@link MagicRewriter} (magic lines become Java calls)
 * -> {@link JShellSession#run} -> {@link DisplayRegistry} (renderers) -> execute_result.
 * basekernel provides the message model and the complete/inspect/is_complete handlers; execute,
 * kernel_info, history, interrupt, shutdown and comm_info are handled here (see {@link Replies}).
 */
public final class JavaKernel extends BaseKernel implements MagicHost {

    private static final Logger LOG = Logger.getLogger(JavaKernel.class.getName());
    static final List<String> DEFAULT_IMPORTS = List.of(
            "java.util.*", "java.util.function.*", "java.util.stream.*", "java.util.concurrent.*",
            "java.io.*", "java.nio.file.*", "java.math.*",
            "static lab.subspace.kernel.spi.Notebook.display");

    /** Quiet time after a request before the compiler warm-up may run (so Run All is not slowed). */
    private static final long WARMUP_QUIET_NANOS = 500_000_000L;

    private final AtomicInteger count = new AtomicInteger();
    private volatile boolean executing;
    private volatile long lastExecuteEnd = System.nanoTime();
    private final MagicRegistry magics = new MagicRegistry();
    private final DisplayRegistry displays = new DisplayRegistry();
    private final KernelDisplay display = new KernelDisplay(displays);
    private final MagicRewriter rewriter = new MagicRewriter(magics::resultTypeName);
    private final PluginLoader plugins = new PluginLoader(magics, displays);
    private final History history = new History();
    private final CellStreams streams;
    private final CellInput input = new CellInput();
    private final CompletableFuture<JShellSession> session = new CompletableFuture<>();
    private final CodeAssist assist = new CodeAssist(this::session, magics, rewriter);
    private final List<String> startupProblems = Collections.synchronizedList(new ArrayList<>());
    private final List<String> pluginImports = new CopyOnWriteArrayList<>();
    private IopubQueue iopub;

    public JavaKernel(CellStreams streams) {
        this.streams = streams;
        Builtins.register(this);
        Notebook.install(display);
        MagicCalls.install(this);
        System.setIn(input);
    }

    /** Starts JShell and loads plugins in the background, so kernel_info is answered at once. */
    public CompletableFuture<JShellSession> startAsync(List<Path> compileClasspath, List<Path> pluginJars) {
        Thread init = new Thread(() -> {
            try {
                session.complete(startSession(compileClasspath, pluginJars));
            } catch (Throwable t) {
                LOG.log(Level.SEVERE, "JShell did not start", t);
                session.completeExceptionally(t);
            }
        }, "kernel-init");
        init.setDaemon(true);
        init.start();
        return session;
    }

    private JShellSession startSession(List<Path> compileClasspath, List<Path> pluginJars) {
        StartupTrace trace = new StartupTrace(streams.kernelLog());
        JShellSession s = JShellSession.start(compileClasspath);
        if (s.classFileTidyingUnavailableBecause() != null) {
            LOG.warning("Each cell will compile a little slower than the last (JShell's class files of finished"
                    + " snippets cannot be dropped: " + s.classFileTidyingUnavailableBecause() + ")");
        }
        trace.mark("jshell");
        pluginJars.forEach(s::addToClasspath);
        // Loading the plugins (class loading, picocli models) needs no JShell, and the first
        // snippets pay for starting the compiler: on two cores the two overlap.
        CompletableFuture<PluginLoader.Scan> scanning =
                CompletableFuture.supplyAsync(() -> plugins.scan(s.classLoader()), PLUGIN_SCAN);
        runImports(s, DEFAULT_IMPORTS);
        trace.mark("jdk imports");
        PluginLoader.Scan scan = scanning.join();
        trace.mark("plugins");
        startupProblems.addAll(scan.problems());
        scan.problems().forEach(p -> LOG.warning(p));
        runImports(s, scan.imports());
        pluginImports.addAll(scan.imports());
        trace.mark("imports");
        s.run("1 + 1", "", 0, w -> { }); // warm the compiler so the first cell is quick
        trace.mark("warm-up");
        return s;
    }

    /**
     * Starts warming the compiler on a throwaway JShell whenever no cell has run for half a second
     * (see {@link CompilerWarmup}); does nothing if the session failed to start.
     */
    public void startCompilerWarmup(int snippets) {
        boolean trace = System.getenv("SUBSPACE_KERNEL_TRACE") != null;
        session.thenAccept(s -> new CompilerWarmup(s.classpath(), defaultImports(), this::idle, snippets,
                done -> {
                    if (trace) {
                        streams.kernelLog().println("[warm-up] compiler warmed while idle: " + done);
                    }
                }, messageRehearsal()).start());
    }

    /** Rehearses a cell's messages (and the rendering of its value) alongside the compiler warm-up. */
    private CompilerWarmup.Companion messageRehearsal() {
        try {
            return new ProtocolWarmup(() -> {
                List<Object> parts = displays.parts(42);
                return BundleData.of(displays.render(parts.get(parts.size() - 1)));
            });
        } catch (GeneralSecurityException | RuntimeException e) {
            LOG.log(Level.FINE, "no message rehearsal", e);
            return CompilerWarmup.Companion.NONE;
        }
    }

    private boolean idle() {
        return !executing && System.nanoTime() - lastExecuteEnd > WARMUP_QUIET_NANOS;
    }

    private List<String> defaultImports() {
        List<String> all = new ArrayList<>(DEFAULT_IMPORTS);
        all.addAll(pluginImports);
        return all;
    }

    private void runImports(JShellSession s, List<String> imports) {
        for (String imp : imports) {
            CellOutcome o = s.run("import " + imp + ";", "", 0, w -> { });
            if (o instanceof CellOutcome.Failure f) {
                startupProblems.add("import " + imp + " failed: " + f.error().value());
            }
        }
    }

    /** One short-lived daemon thread for the plugin scan at startup. */
    private static final Executor PLUGIN_SCAN = task -> {
        Thread t = new Thread(task, "plugin-scan");
        t.setDaemon(true);
        t.start();
    };

    JShellSession session() {
        try {
            return session.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("The Java session failed to start: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        this.iopub = new IopubQueue(connection.getIOPub());
        connection.setHandler(MessageType.EXECUTE_REQUEST, this::execute);
        connection.setHandler(MessageType.KERNEL_INFO_REQUEST, (env, msg) -> {
            env.setBusyDeferIdle();
            env.reply(new Replies.KernelInfo(KERNEL_META.get("project"), KERNEL_META.get("version"),
                    getLanguageInfo(), getBanner(), getHelpLinks()));
        });
        connection.setHandler(MessageType.HISTORY_REQUEST, this::history);
        connection.setHandler(MessageType.INTERRUPT_REQUEST, (env, msg) -> {
            env.setBusyDeferIdle();
            interrupt();
            env.reply(new Replies.Interrupt());
        });
        connection.setHandler(MessageType.SHUTDOWN_REQUEST, this::shutdown);
        connection.setHandler(MessageType.COMM_INFO_REQUEST, (env, msg) -> {
            env.setBusyDeferIdle();
            env.reply(new Replies.CommInfo());
        });
    }

    // ---------------------------------------------------------------- execute

    private void execute(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        executing = true;
        try {
            executeCell(env, message);
        } finally {
            lastExecuteEnd = System.nanoTime();
            executing = false;
            session.thenAccept(JShellSession::forgetEarlyInterrupt);
        }
    }

    private void executeCell(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        ExecuteRequest request = message.getContent();
        boolean silent = request.isSilent();
        int n = request.shouldStoreHistory() && !silent ? count.incrementAndGet() : count.get();
        iopub.publish(new Message<>(message, PublishStatus.MESSAGE_TYPE, PublishStatus.BUSY));
        if (!silent) {
            iopub.publish(new Message<>(message, PublishExecuteInput.MESSAGE_TYPE, new PublishExecuteInput(request.getCode(), n)));
        }
        CellChannel channel = new CellChannel(message, iopub, streams);
        if (!silent) {
            streams.attach((name, text) -> channel.publishRaw(new PublishStream(
                    name.equals("stderr") ? PublishStream.StreamType.ERR : PublishStream.StreamType.OUT, text)));
            display.attach(channel);
        }
        if (request.isStdinEnabled()) {
            input.attach(() -> env.readFromStdIn(""));
        }
        CellError error = null;
        try {
            JShellSession s = session();
            reportStartupProblems();
            String java = rewriter.rewrite(request.getCode());
            CellOutcome outcome = s.run(java, request.getCode(), n, warning -> System.err.println(warning));
            if (outcome instanceof CellOutcome.Failure f) {
                error = f.error();
            } else if (outcome instanceof CellOutcome.Value v && !silent) {
                showResult(channel, n, v.value());
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Cell failed inside the kernel", e);
            error = new CellError(e.getClass().getSimpleName(), String.valueOf(e.getMessage()),
                    List.of("\u001b[1;31m" + e + "\u001b[0m"), false);
        } finally {
            streams.detach();
            display.detach();
            input.detach();
        }
        if (error != null && !silent) {
            channel.publishNow(new PublishError(error.name(), error.value(), error.traceback()));
        }
        iopub.drain();
        if (error == null) {
            env.reply(new ExecuteReply(n, Collections.emptyMap()));
        } else {
            ErrorReply reply = new ErrorReply(error.name(), error.value(), error.traceback());
            reply.setExecutionCount(n);
            env.replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
            if (request.shouldStopOnError()) {
                StopOnError.abortQueuedExecutes(env);
            }
        }
        iopub.publishNow(new Message<>(message, PublishStatus.MESSAGE_TYPE, PublishStatus.IDLE));
        if (request.shouldStoreHistory() && !silent) {
            history.add(n, request.getCode());
        }
    }

    /** The last expression's value: every part but the last as display_data, the last as execute_result. */
    private void showResult(CellChannel channel, int n, Object value) {
        List<Object> parts = displays.parts(value);
        for (int i = 0; i < parts.size(); i++) {
            MimeBundle bundle = displays.render(parts.get(i));
            if (i < parts.size() - 1) {
                display.display(bundle, true);
            } else {
                channel.publishNow(new PublishExecuteResult(n, BundleData.of(bundle)));
            }
        }
    }

    // ---------------------------------------------------------------- other requests

    private void history(ShellReplyEnvironment env, Message<HistoryRequest> message) {
        env.setBusyDeferIdle();
        HistoryRequest request = message.getContent();
        List<HistoryEntry> entries = switch (request.getAccessType()) {
            case TAIL -> history.tail(((HistoryRequest.Tail) request).getMaxReturnLength());
            case RANGE -> {
                HistoryRequest.Range r = (HistoryRequest.Range) request;
                yield history.range(r.getSessionIndex(), r.getStart(), r.getStop());
            }
            case SEARCH -> {
                HistoryRequest.Search s = (HistoryRequest.Search) request;
                yield history.search(s.getPattern(), s.getMaxReturnLength(), s.filterUnique());
            }
        };
        env.reply(new Replies.History(entries));
    }

    private void shutdown(ShellReplyEnvironment env, Message<ShutdownRequest> message) {
        env.setBusyDeferIdle();
        boolean restart = message.getContent().isRestart();
        env.defer().reply(new Replies.Shutdown(restart));
        onShutdown(restart);
        env.resolveDeferrals();
        env.markForShutdown();
    }

    @Override
    public void interrupt() {
        if (executing && !session.isDone()) {
            // The cell waits for the Java session to start: stop it as soon as it can run, or the
            // press would be lost and a first `while (true) {}` would run on.
            session.thenAccept(JShellSession::interruptEarly);
        } else {
            session.thenAccept(JShellSession::interrupt);
        }
    }

    @Override
    public void onShutdown(boolean restarting) {
        session.thenAccept(JShellSession::close);
    }

    // ---------------------------------------------------------------- completion & inspection

    @Override
    public ReplacementOptions complete(String code, int at) {
        int cursor = CodePoints.toIndex(code, at);
        CodeAssist.Completion c = assist.complete(code, cursor);
        return new ReplacementOptions(c.matches(), CodePoints.toCodePoints(code, c.start()), CodePoints.toCodePoints(code, c.end()));
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        int cursor = CodePoints.toIndex(code, at);
        Optional<String> doc = assist.inspect(code, cursor, () -> variablePreview(CodeAssist.identifierAt(code, cursor)));
        return doc.map(DisplayData::new).orElse(null);
    }

    private Optional<String> variablePreview(String name) {
        JShellSession s = session();
        if (name.isEmpty() || !s.hasVariable(name)) {
            return Optional.empty();
        }
        String type = s.variableTypeName(name).orElse("?");
        Object value = s.variable(name).orElse(null);
        String text = displays.render(value).get(MimeBundle.TEXT);
        if (text.length() > 2000) {
            text = text.substring(0, 2000) + " ...";
        }
        return Optional.of(type + " " + name + " =\n" + text);
    }

    @Override
    public String isComplete(String code) {
        return assist.isComplete(code);
    }

    // ---------------------------------------------------------------- MagicHost

    @Override
    public MagicRegistry registry() {
        return magics;
    }

    @Override
    public MagicContext context(String name, String body) {
        return new KernelMagicContext(name, body, session(), display);
    }

    @Override
    public void show(Object value) {
        display.display(value);
    }

    @Override
    public ClasspathChange addToClasspath(List<Path> paths) {
        JShellSession s = session();
        List<Path> added = new ArrayList<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (!s.classpath().contains(abs)) {
                s.addToClasspath(abs);
                added.add(abs);
            }
        }
        PluginLoader.Scan scan = plugins.scan(s.classLoader());
        scan.problems().forEach(System.err::println);
        if (!scan.imports().isEmpty()) {
            System.err.println("Plugins asked for imports; add them to a cell: "
                    + String.join(", ", scan.imports().stream().map(i -> "import " + i + ";").toList()));
        }
        return new ClasspathChange(added, scan.magics(), scan.plugins());
    }

    @Override
    public List<Path> classpath() {
        return session().classpath();
    }

    // ---------------------------------------------------------------- BaseKernel

    /** Evaluates code outside of a request (no outputs are published) and returns its value's bundle. */
    @Override
    public DisplayData eval(String code) {
        CellOutcome outcome = session().run(rewriter.rewrite(code), code, count.get(), w -> { });
        if (outcome instanceof CellOutcome.Failure f) {
            throw new IllegalStateException(f.error().name() + ": " + f.error().value());
        }
        return outcome instanceof CellOutcome.Value v ? BundleData.of(displays.render(v.value())) : null;
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return new LanguageInfo.Builder("java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("text/x-java")
                .build();
    }

    @Override
    public String getBanner() {
        return "Java " + Runtime.version() + " (JShell) - subspace kernel " + KERNEL_META.get("version")
                + "\n%lsmagic lists the magics; %help explains them.";
    }

    @Override
    public List<LanguageInfo.Help> getHelpLinks() {
        return List.of(
                new LanguageInfo.Help("Java API", "https://docs.oracle.com/en/java/javase/17/docs/api/"),
                new LanguageInfo.Help("EJML", "https://ejml.org/"),
                new LanguageInfo.Help("Tablesaw", "https://jtablesaw.github.io/tablesaw/"));
    }

    /** Plugins that failed to load are reported once, in the first cell, rather than silently. */
    private void reportStartupProblems() {
        synchronized (startupProblems) {
            startupProblems.forEach(p -> System.err.println("Kernel start: " + p));
            startupProblems.clear();
        }
    }
}
