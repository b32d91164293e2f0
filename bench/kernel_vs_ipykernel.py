"""Kernel responsiveness, side by side with ipykernel, in one run on this machine.

For each kernel: cold start (launch -> kernel_info reply), first execute (reply to the first cell
sent right after kernel_info), p50/p90 round trip of `1+1` over the 200 cells after the first 20
(median over the launches of each launch's p50 and p90), the p50 once warm (200 cells timed after 600
more, first launch) and late in a long session (200 cells timed after 3,000 in all: JShell used to get
slower with every cell), and interrupt latency (interrupt request -> idle for a busy loop). Launches
alternate between the kernels. The subspace kernel is installed four times into a temporary prefix:
as by default, without its class-data-sharing (AppCDS) archive, to show what the archive buys,
with `--default-jit` (C2 also compiles javac, JShell and the messaging libraries), to show what
keeping them on C1 buys, and with `--default-gc` (HotSpot's G1 instead of the parallel collector);
with `--also-jdk HOME` also on that JDK with its archive (an AOT cache with method profiles on JDK 25+),
with `--also-opts=OPTS` also with these JVM options (e.g. "-XX:TieredStopAtLevel=1", C1 only for all
code), and with `--think S` the round trips after a pause of S seconds after the first cell (a
reader's pause), with the kernel's idle compiler warm-up and without it (SUBSPACE_KERNEL_WARMUP=0).

    .venv/bin/python bench/kernel_vs_ipykernel.py [--launches 5] [--round-trips 200] \
        [--also-jdk /usr/lib/jvm/temurin-25-jdk-amd64] [--also-opts=-XX:TieredStopAtLevel=1] [--think 10]
"""
import argparse
import json
import os
import queue
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jupyter_client.manager import KernelManager

ROOT = Path(__file__).resolve().parents[1]
JAR = ROOT / "kernel" / "target" / "subspace-kernel.jar"

BUSY = {"subspace": "while (true) { }", "python": "while True:\n    pass"}


def install(prefix, name, cds, java="java", opts=None, extra=()):
    cmd = [java, "-jar", str(JAR), "install", "--prefix", str(prefix), "--name", name, *extra]
    if opts:
        cmd.append("--java-opts=" + opts)
    if not cds:
        cmd.append("--no-cds")
    subprocess.run(cmd, check=True, capture_output=True)


def round_trips_of(kc, n):
    """Seconds from sending `1+1` to its execute reply, n times back to back."""
    times = []
    for _ in range(n):
        t = time.perf_counter()
        kc.execute("1+1")
        kc.get_shell_msg(timeout=60)
        times.append(time.perf_counter() - t)
    return times


def drain_iopub(kc):
    """Reads every IOPub message sent so far: a kernel_info request's idle status comes after them.
    With thousands unread, ZeroMQ's high-water mark may drop messages (ipykernel's), that idle among
    them; then ask again, the backlog read by then."""
    for _ in range(20):
        msg_id = kc.kernel_info()
        kc.get_shell_msg(timeout=60)
        try:
            while True:
                m = kc.get_iopub_msg(timeout=5)
                if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "status" \
                        and m["content"]["execution_state"] == "idle":
                    return
        except queue.Empty:
            continue
    raise RuntimeError("the kernel's IOPub messages never caught up")


def launch(name, lang, round_trips, long_run, think=0.0, env=None, settle=600, long_session=3000):
    """One launch of a kernel: cold start, first execute, `round_trips` timed `1+1` cells after 20
    untimed ones, interrupt latency; with `long_run` also the warm p50 (timed after `settle` more
    cells, once the JIT has compiled what a cell runs) and the p50 after `long_session` cells. With
    think > 0 the client pauses that long after the first cell, as a reader does before running the
    next ones."""
    r = {}
    km = KernelManager(kernel_name=name)
    t0 = time.perf_counter()
    km.start_kernel(**({"env": {**os.environ, **env}} if env else {}))
    kc = km.client()
    kc.start_channels()
    kc.kernel_info()
    kc.get_shell_msg(timeout=60)
    t1 = time.perf_counter()
    kc.execute("1+1")
    kc.get_shell_msg(timeout=60)
    t2 = time.perf_counter()
    r["start"], r["first"] = t1 - t0, t2 - t1
    time.sleep(think)
    round_trips_of(kc, 20)  # warm-up, not measured
    r["rts"] = round_trips_of(kc, round_trips)
    if long_run:
        round_trips_of(kc, settle)
        r["warm"] = round_trips_of(kc, round_trips)
        for left in range(long_session - 1 - 20 - settle - 3 * round_trips, 0, -500):
            drain_iopub(kc)  # a client reads its outputs; a backlog of thousands would be the client's cost
            round_trips_of(kc, min(500, left))
        drain_iopub(kc)
        r["late"] = round_trips_of(kc, round_trips)
    drain_iopub(kc)  # the round trips left their outputs unread: reading them is not interrupt latency
    msg_id = kc.execute(BUSY[lang])
    time.sleep(0.5)
    t = time.perf_counter()
    km.interrupt_kernel()
    while True:
        m = kc.get_iopub_msg(timeout=30)
        if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "status" \
                and m["content"]["execution_state"] == "idle":
            break
    r["interrupt"] = time.perf_counter() - t
    kc.get_shell_msg(timeout=30)
    kc.stop_channels()
    pid = km.provisioner.process.pid
    km.shutdown_kernel(now=True)
    try:  # a kernel left running would warm its compiler while the next one is timed
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    return r


def p(q, xs):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * q))]


def measure(kernels, launches, round_trips):
    """Launches every kernel in turn, `launches` rounds, so that they share the machine's ups and
    downs (on a shared machine its speed drifts by a factor of two within minutes). The long session
    runs in the first round. p50 and p90 are the medians over the launches of each launch's own."""
    runs = {label: [] for label in kernels}
    for i in range(launches):
        for label, spec in kernels.items():
            runs[label].append(launch(*spec[:2], round_trips, i == 0, **spec[2]))
    out = {}
    for label, rs in runs.items():
        out[label] = {
            "cold_start_s": statistics.median(r["start"] for r in rs),
            "first_execute_s": statistics.median(r["first"] for r in rs),
            "rt_p50_ms": 1000 * statistics.median(p(0.5, r["rts"]) for r in rs),
            "rt_p90_ms": 1000 * statistics.median(p(0.9, r["rts"]) for r in rs),
            "warm_p50_ms": 1000 * p(0.5, rs[0]["warm"]),
            "p50_at_3k_ms": 1000 * p(0.5, rs[0]["late"]),
            "interrupt_s": statistics.median(r["interrupt"] for r in rs),
            "rt_p50_each_ms": [round(1000 * p(0.5, r["rts"]), 1) for r in rs],
        }
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--launches", type=int, default=5)
    ap.add_argument("--round-trips", type=int, default=200)
    ap.add_argument("--also-jdk", action="append", default=[], metavar="HOME",
                    help="also measure the kernel installed with this JDK (with its archive)")
    ap.add_argument("--think", type=float, default=0.0, metavar="S",
                    help="also measure round trips after an S-second pause following the first cell, "
                         "with the kernel's idle compiler warm-up and without it")
    ap.add_argument("--also-opts", action="append", default=[], metavar="OPTS",
                    help="also measure the kernel installed with these JVM options (with its archive)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        prefix = Path(tmp)
        install(prefix, "bench-java-cds", True)
        install(prefix, "bench-java-nocds", False)
        install(prefix, "bench-java-c2", True, extra=["--default-jit"])
        install(prefix, "bench-java-g1", True, extra=["--default-gc"])
        extra = {}
        for i, home in enumerate(args.also_jdk):
            install(prefix, f"bench-java-jdk{i}", True, str(Path(home, "bin", "java")))
            version = subprocess.run([str(Path(home, "bin", "java")), "-version"], capture_output=True, text=True).stderr
            extra[f"subspace (JDK {version.split(chr(34))[1].split('.')[0]})"] = f"bench-java-jdk{i}"
        for i, opts in enumerate(args.also_opts):
            install(prefix, f"bench-java-opts{i}", True, opts=opts)
            extra[f"subspace ({opts})"] = f"bench-java-opts{i}"
        os.environ["JUPYTER_PATH"] = str(prefix / "share" / "jupyter") + os.pathsep + os.environ.get("JUPYTER_PATH", "")
        kernels = {
            "subspace (AppCDS)": ("bench-java-cds", "subspace", {}),
            "subspace (no CDS)": ("bench-java-nocds", "subspace", {}),
            "subspace (AppCDS, C2 for javac)": ("bench-java-c2", "subspace", {}),
            "subspace (AppCDS, G1)": ("bench-java-g1", "subspace", {}),
            **{k: (n, "subspace", {}) for k, n in extra.items()},
            **({f"subspace ({args.think:g} s idle, warm-up)": ("bench-java-cds", "subspace", {"think": args.think}),
                f"subspace ({args.think:g} s idle, no warm-up)": (
                    "bench-java-cds", "subspace", {"think": args.think, "env": {"SUBSPACE_KERNEL_WARMUP": "0"}})}
               if args.think else {}),
            "ipykernel": ("python3", "python", {}),
        }
        results = measure(kernels, args.launches, args.round_trips)
    cols = ["cold_start_s", "first_execute_s", "rt_p50_ms", "rt_p90_ms", "warm_p50_ms", "p50_at_3k_ms", "interrupt_s"]
    width = max(20, *(len(k) + 1 for k in results))
    print(f"{'kernel':{width}s}" + "".join(f"{c:>17s}" for c in cols))
    for k, r in results.items():
        print(f"{k:{width}s}" + "".join(f"{r[c]:17.3f}" for c in cols))
    base = results["ipykernel"]
    for k in [k for k in results if k != "ipykernel"]:
        print(f"ratio {k} / ipykernel: " + ", ".join(f"{c} {results[k][c] / base[c]:.2f}x" for c in cols))
    for k, r in results.items():
        print(f"p50 of each launch, {k}: {r['rt_p50_each_ms']} ms")
    print(json.dumps(results))


if __name__ == "__main__":
    sys.exit(main())
