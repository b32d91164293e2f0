"""The kernel through a real Jupyter client: every reply and IOPub message is checked against the
message spec (see msgspec.py) as it arrives."""
import time

from kernel_session import Kernel
from paths import ROOT, KERNEL_JAR, build_jar, lib, plain


def test_hello_world_on_stdout(kernel):
    r = kernel.execute('System.out.println("hello world");')
    assert r.status == "ok"
    assert r.stdout == "hello world\n"
    assert r.result is None


def test_expression_value_is_execute_result(kernel):
    r = kernel.execute("6*7")
    assert r.status == "ok"
    assert r.result["text/plain"] == "42"
    result = r.of_type("execute_result")[0]["content"]
    assert result["execution_count"] == r.reply["content"]["execution_count"]


def test_outputs_keep_their_order(kernel):
    r = kernel.execute('System.out.println("first");\ndisplay("second");\nSystem.out.println("third");\n4')
    kinds = [(m["header"]["msg_type"], m["content"].get("text") or m["content"].get("data", {}).get("text/plain"))
             for m in r.of_type("stream", "display_data", "execute_result")]
    assert kinds == [("stream", "first\n"), ("display_data", "second"), ("stream", "third\n"), ("execute_result", "4")]


def test_declarations_show_nothing_and_state_persists(kernel):
    r = kernel.execute("int base = 40;\nint two = 2;")
    assert r.status == "ok" and r.result is None and not r.displays
    assert kernel.execute("base + two").result["text/plain"] == "42"


def test_compile_error_names_the_cell_line_and_state_survives(kernel):
    kernel.execute("int kept = 7;")
    r = kernel.execute('// a comment\nint ranFirst = 1;\nint bad = "x";')
    assert r.status == "error"
    assert r.reply["content"]["ename"] == "CompileError"
    assert r.error["ename"] == "CompileError"
    assert "line 3" in r.error["evalue"]
    text = plain("\n".join(r.error["traceback"]))
    assert 'int bad = "x";' in text and "^" in text
    assert "incompatible types" in text
    assert kernel.execute("kept + ranFirst").result["text/plain"] == "8"


def test_runtime_exception_names_the_line(kernel):
    r = kernel.execute("int[] small = new int[2];\n\n  small[5] = 1;")
    assert r.status == "error"
    assert r.error["ename"] == "ArrayIndexOutOfBoundsException"
    assert any("(line 3)" in plain(line) for line in r.error["traceback"])
    assert not any("jdk.jshell" in line or "lab.subspace.kernel" in line for line in r.error["traceback"])


def test_exception_in_method_from_earlier_cell_names_that_cell(kernel):
    defined = kernel.execute('void boom() {\n  throw new IllegalStateException("boom");\n}')
    n = defined.reply["content"]["execution_count"]
    r = kernel.execute("boom();")
    assert r.error["ename"] == "IllegalStateException" and r.error["evalue"] == "boom"
    assert any(f"cell [{n}], line 2" in plain(line) for line in r.error["traceback"])
    assert kernel.execute("1 + 1").result["text/plain"] == "2"


def test_run_all_stops_at_the_first_failing_cell(kernel):
    # JupyterLab's "Run All" sends every cell at once with stop_on_error: the cells queued behind a
    # failure are answered "aborted" instead of running.
    ids = [kernel.kc.execute(code) for code in ("int runAll = 1;", "runAll = 2;\nthrow new IllegalStateException(\"stop\");",
                                               "runAll = 3;", "runAll = 4;")]
    replies = [kernel.shell_reply(i)["content"]["status"] for i in ids]
    for i in ids:
        kernel.iopub_until_idle(i)
    assert replies == ["ok", "error", "aborted", "aborted"]
    assert kernel.execute("runAll").result["text/plain"] == "2"
    # without stop_on_error the next cells run
    ids = [kernel.kc.execute("throw new IllegalStateException(\"x\");", stop_on_error=False), kernel.kc.execute("runAll = 5;")]
    assert [kernel.shell_reply(i)["content"]["status"] for i in ids] == ["error", "ok"]
    for i in ids:
        kernel.iopub_until_idle(i)


def test_completion_java_and_magics(kernel):
    kernel.execute('String greeting = "hi";')
    c = kernel.request("complete", "greeting.toUpp", 14)
    assert "toUpperCase(" in c["matches"]
    assert (c["cursor_start"], c["cursor_end"]) == (9, 14)
    code = "int unused = 1;\nMath.ab"
    c = kernel.request("complete", code, len(code))
    assert "abs(" in c["matches"] and c["cursor_start"] == code.index("ab")
    c = kernel.request("complete", "%lsm", 4)
    assert c["matches"] == ["lsmagic"] and c["cursor_start"] == 1
    c = kernel.request("complete", "%help --h", 9)
    assert c["matches"] == ["--help"] and c["cursor_start"] == 6


def test_inspect_java_variables_and_magics(kernel):
    r = kernel.request("inspect", "Math.max(", 9)
    assert r["found"] and "max(int" in r["data"]["text/plain"]
    kernel.execute("double[] probe = {1.5, 2.5};")
    r = kernel.request("inspect", "probe", 2)
    assert r["found"] and "double[]" in r["data"]["text/plain"] and "1.5" in r["data"]["text/plain"]
    r = kernel.request("inspect", "%jars x.jar", 2)
    assert r["found"] and "Usage: %jars" in r["data"]["text/plain"]
    r = kernel.request("inspect", "   ", 1)
    assert r["found"] is False


def test_is_complete(kernel):
    assert kernel.request("is_complete", "int a = 1;")["status"] == "complete"
    r = kernel.request("is_complete", "for (int i = 0; i < 3; i++) {")
    assert r["status"] == "incomplete" and r["indent"] == "    "
    assert kernel.request("is_complete", "%lsmagic")["status"] == "complete"
    assert kernel.request("is_complete", "int x = %lsmagic")["status"] == "complete"
    assert kernel.request("is_complete", "}}")["status"] == "invalid"


def test_history_replies(kernel):
    kernel.execute("int historyMarker = 3;")
    r = kernel.request("history", hist_access_type="tail", n=2)
    assert r["status"] == "ok"
    assert r["history"][-1][2] == "int historyMarker = 3;"
    session, line, _ = r["history"][-1]
    r = kernel.request("history", hist_access_type="range", session=session, start=line, stop=line + 1)
    assert [h[2] for h in r["history"]] == ["int historyMarker = 3;"]
    r = kernel.request("history", hist_access_type="search", pattern="*historyMarker*", n=5)
    assert any("historyMarker" in h[2] for h in r["history"])


def test_kernel_info_and_comm_info(kernel):
    info = kernel.request("kernel_info")
    assert info["status"] == "ok"
    assert info["language_info"]["name"] == "java"
    assert info["implementation"] == "subspace-kernel"
    assert kernel.request("comm_info")["status"] == "ok"


def test_magic_user_errors_are_one_clear_line(kernel):
    r = kernel.execute("%nosuchmagic --x 1")
    assert r.status == "error" and r.error["ename"] == "UsageError"
    assert "Unknown magic %nosuchmagic" in r.error["evalue"] and "%lsmagic" in r.error["evalue"]
    assert not any(plain(line).lstrip().startswith("at ") for line in r.error["traceback"])

    r = kernel.execute("%lsmagic --bogus")
    text = plain("\n".join(r.error["traceback"]))
    assert "Unknown option: '--bogus'" in text and "Usage: %lsmagic" in text and "--help" in text
    assert not any(line.lstrip().startswith("at ") for line in text.splitlines())

    r = kernel.execute("%help nosuchmagic")
    assert r.error["ename"] == "UsageError"
    assert kernel.execute("1").result["text/plain"] == "1"


def test_lsmagic_and_help(kernel):
    r = kernel.execute("%lsmagic")
    assert r.status == "ok"
    html = r.displays[0]["data"]["text/html"]
    assert "<table" in html and "%lsmagic" in html and "%jars" in html
    r = kernel.execute("%jars --help")
    assert "Usage: %jars" in r.displays[0]["data"]["text/plain"]
    r = kernel.execute("%help lsmagic")
    assert "Usage: %lsmagic" in r.displays[0]["data"]["text/plain"]


def test_interrupt_tight_loop_and_recovery(fresh_kernel):
    k = fresh_kernel
    assert k.execute("int before = 41;").status == "ok"
    msg_id = k.kc.execute("while (true) { }")
    time.sleep(0.7)
    t0 = time.time()
    k.km.interrupt_kernel()
    messages = k.iopub_until_idle(msg_id, timeout=10)
    elapsed = time.time() - t0
    reply = k.shell_reply(msg_id)
    assert elapsed < 1.0, f"interrupt took {elapsed:.2f} s"
    assert reply["content"]["status"] == "error"
    errors = [m for m in messages if m["header"]["msg_type"] == "error"]
    assert errors and errors[0]["content"]["ename"] == "Interrupted"
    assert k.execute("before + 1").result["text/plain"] == "42"
    # a sleeping cell stops too
    msg_id = k.kc.execute("Thread.sleep(60_000);")
    time.sleep(0.5)
    t0 = time.time()
    k.km.interrupt_kernel()
    k.iopub_until_idle(msg_id, timeout=10)
    assert time.time() - t0 < 1.0
    assert k.shell_reply(msg_id)["content"]["status"] == "error"
    assert k.execute("before").result["text/plain"] == "41"


def test_interrupt_pressed_while_the_kernel_is_still_starting(fresh_kernel):
    """A first cell that loops, interrupted before the Java session has started (it takes about a
    second after kernel_info): the press must not be lost. (It was: the loop ran on.)"""
    k = fresh_kernel
    msg_id = k.kc.execute("while (true) { }")
    time.sleep(0.2)
    k.km.interrupt_kernel()
    messages = k.iopub_until_idle(msg_id, timeout=15)
    assert k.shell_reply(msg_id)["content"]["status"] == "error"
    errors = [m for m in messages if m["header"]["msg_type"] == "error"]
    assert errors and errors[0]["content"]["ename"] == "Interrupted"
    assert k.execute("6 * 7").result["text/plain"] == "42", "the next cell runs: the early press is used up"


def test_plugin_jar_added_at_run_time(fresh_kernel, tmp_path):
    jar = build_jar(ROOT / "tests" / "kernel" / "plugin_src", tmp_path / "hello-plugin.jar", [KERNEL_JAR, lib("picocli")])
    k = fresh_kernel
    r = k.execute(f'%jars "{jar}"')
    assert r.status == "ok", r.error
    text = r.displays[0]["data"]["text/plain"]
    assert "%hello" in text and "HelloPlugin" in text
    assert "%hello" in k.execute("%lsmagic").displays[0]["data"]["text/plain"]

    r = k.execute("var g = %hello --name Ada")
    assert r.status == "ok"
    assert r.displays[0]["data"]["text/html"] == '<b class="greeting">Hello, Ada</b>'
    # the variable has the magic's declared result type, not Object
    assert k.execute("g.text().length()").result["text/plain"] == str(len("Hello, Ada"))

    k.execute("double[][] grid = new double[2][3];")
    r = k.execute("%hello --source grid")
    assert r.displays[0]["data"]["text/plain"] == "Hello, 2x3"
    r = k.execute("%hello --source nope")
    assert r.error["ename"] == "UsageError" and "No notebook variable named 'nope'" in r.error["evalue"]
    assert "grid" in r.error["evalue"]
    k.execute('String word = "x";')
    r = k.execute("%hello --source word")
    assert r.error["ename"] == "UsageError" and "must be a double[][]" in r.error["evalue"]
    r = k.execute("%hello --help")
    assert "--name" in r.displays[0]["data"]["text/plain"]
    # adding the same jar again registers nothing twice
    r = k.execute(f'%jars "{jar}"')
    assert "Nothing new" in r.displays[0]["data"]["text/plain"]


def test_interrupt_inside_a_magic(fresh_kernel, tmp_path):
    jar = build_jar(ROOT / "tests" / "kernel" / "plugin_src", tmp_path / "hello-plugin.jar", [KERNEL_JAR, lib("picocli")])
    k = fresh_kernel
    assert k.execute(f'%jars "{jar}"\nint state = 5;').status == "ok"
    msg_id = k.kc.execute("%hello --spin 60")
    time.sleep(0.7)
    t0 = time.time()
    k.km.interrupt_kernel()
    messages = k.iopub_until_idle(msg_id, timeout=10)
    assert time.time() - t0 < 1.0
    assert [m["content"]["ename"] for m in messages if m["header"]["msg_type"] == "error"] == ["Interrupted"]
    k.shell_reply(msg_id)
    assert k.execute("state * 2").result["text/plain"] == "10"


def test_kernel_diagnostics_reach_the_server_log(tmp_path):
    """The kernel's own log lines go to the process's stderr (the Jupyter server log); the startup
    timings of SUBSPACE_KERNEL_TRACE are one of them. (A logging handler once closed stderr.)"""
    log = tmp_path / "kernel.err"
    with open(log, "w") as err:
        k = Kernel(env={"SUBSPACE_KERNEL_TRACE": "1"}, stderr=err)
        try:
            assert k.execute("1 + 1").result["text/plain"] == "2"
        finally:
            k.close()
    text = log.read_text()
    for phase in ("jshell", "plugins", "imports", "warm-up"):
        assert f"[startup] {phase}" in text, text[-2000:]
    # the session can drop JShell's class files of finished snippets (see the next test)
    assert "Each cell will compile a little slower" not in text, text[-2000:]


def test_the_installed_kernel_may_tidy_jshell_class_files(kernel):
    """JShell keeps the class file of every snippet it compiled and javac lists them all for each
    compile, so without tidying every cell makes the later ones slower. The tidying reads JShell's
    internals, which the kernel jar's manifest opens (Add-Opens); a kernel launched without it falls
    back to plain JShell's behaviour."""
    r = kernel.execute('jdk.jshell.JShell.class.getModule().isOpen("jdk.jshell", '
                       'ClassLoader.getSystemClassLoader().getUnnamedModule())')
    assert r.result["text/plain"] == "true"


def test_the_installed_kernel_keeps_c2_away_from_javac(kernel):
    """The kernelspec's compiler directive (C1 only for javac, JShell and the messaging libraries, so
    the cells right after a start do not wait for C2) is in force in the kernel's JVM."""
    r = kernel.execute('java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke('
                       'new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), '
                       '"compilerDirectivesPrint", new Object[] { null }, new String[] { String[].class.getName() })')
    printed = r.result["text/plain"]
    assert "com/sun/tools/javac/*.*" in printed and "jdk/jshell/*.*" in printed
    c2 = printed.split("com/sun/tools/javac/*.*", 1)[1].split("c2 directives:", 1)[1]
    assert "Exclude:true" in c2.split("Directive:", 1)[0]


def test_the_installed_kernel_runs_the_parallel_collector(kernel):
    """The kernelspec asks for the parallel collector (javac, and so every cell, is slower under G1's
    write barriers); the kernel's JVM runs it."""
    r = kernel.execute('java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()'
                       '.map(b -> b.getName()).sorted().toList()')
    assert r.result["text/plain"] == "[PS MarkSweep, PS Scavenge]"


def test_a_badly_signed_message_is_dropped_and_the_kernel_keeps_serving(tmp_path):
    """A message signed with another key (a stray client, e.g. after a port collision) is dropped with
    a warning in the server log; the kernel goes on answering its own client. (It once ended the
    shell loop, and the kernel stopped answering.)"""
    from jupyter_client.session import Session
    log = tmp_path / "kernel.err"
    with open(log, "w") as err:
        k = Kernel(stderr=err)
        try:
            assert k.execute("int kept = 41;").status == "ok"
            stray = Session(key=b"not-the-kernel-key")
            for channel in (k.kc.shell_channel, k.kc.control_channel):
                stray.send(channel.socket, "kernel_info_request", {})
            time.sleep(1)
            assert k.execute("kept + 1").result["text/plain"] == "42"
            assert k.request("kernel_info")["status"] == "ok"
        finally:
            k.close()
    text = log.read_text()
    assert "Dropped a shell message: Message received had invalid signature" in text, text[-2000:]
    assert "Dropped a control message: Message received had invalid signature" in text, text[-2000:]


def test_idle_compiler_warmup_leaves_the_session_alone(tmp_path):
    """While no cell runs, the kernel warms javac on a throwaway session of its own (its snippets declare
    n, s, xs, ...): the user's variables keep their values, its names do not appear, nothing prints."""
    log = tmp_path / "kernel.err"
    with open(log, "w") as err:
        k = Kernel(env={"SUBSPACE_KERNEL_TRACE": "1"}, stderr=err)
        try:
            assert k.execute('int n = 5;\nString s = "mine";').status == "ok"
            deadline = time.time() + 120
            while "[warm-up]" not in log.read_text() and time.time() < deadline:
                time.sleep(0.5)
            assert "[warm-up] compiler warmed while idle: 600 snippets (0 rejected)" in log.read_text(), log.read_text()[-2000:]
            r = k.execute("n + s")
            assert r.result["text/plain"] == "5mine" and r.stdout == "" and r.stderr == ""
            assert k.execute("xs").error is not None
        finally:
            k.close()
