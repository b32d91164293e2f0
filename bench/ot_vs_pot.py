"""Benchmark: the Java OT solvers against POT on the same inputs, in one run.

    mvn -q -B -pl magics -am package -DskipTests
    .venv/bin/python bench/ot_vs_pot.py            # full table (several minutes)
    .venv/bin/python bench/ot_vs_pot.py --quick    # smaller sizes

Prints median seconds and ratios (POT time / our time, > 1 means we are faster) for entropic OT
(ot.sinkhorn and ot.sinkhorn(method='sinkhorn_log') at n = m = 1000, 2000, 4000, d = 2, with POT's
stopping rule: L2 column-marginal error 1e-9 checked every 10 iterations) and exact OT (ot.emd at
n = 1000, 2000), plus agreement: EOT cost and plan relative to POT, exact cost relative to POT.
With --single-thread, POT gets one BLAS thread and the Java solvers run sequentially: on a busy
shared machine multi-threaded BLAS (which spins while waiting) slows down erratically, and the
single-thread comparison is the stable one. Data: see bench/otjava.py (seeded uniform clouds, cost normalised to max 1). Timings on a shared
machine are noisy: the Java solver runs in one JVM that keeps the data (JavaServer), POT and Java
runs alternate round by round so both see the same load, and medians and minima are printed. Process
CPU time (Python: time.process_time around the POT call; Java: all JVM threads, JIT and GC included)
is printed beside: on a loaded machine it varies much less than wall time.
"""
from __future__ import annotations

import os
import sys

if "--single-thread" in sys.argv:  # must precede the numpy import: one BLAS thread for POT
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
    os.environ["OMP_NUM_THREADS"] = "1"

import argparse
import statistics
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
import ot

import otjava


def timed(fn, repeat: int):
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def pot_sinkhorn(a, b, cost, eps, method, max_iter, tol):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plan, log = ot.sinkhorn(a, b, cost, eps, method=method, numItermax=max_iter, stopThr=tol, log=True)
    return plan, log, [str(w.message) for w in caught]


def alternate(runs: dict, repeat: int, warmup: int) -> dict:
    """Runs each callable in turn, round after round (so all see the same load); returns, per
    callable, the median and minimum wall time and the median process CPU time of the rounds after
    the warm-up ones, the wall time of the very first round (a cold JVM for ours), and the last
    result of each."""
    times = {k: [] for k in runs}
    cpus = {k: [] for k in runs}
    first = {}
    last = {}
    for r in range(warmup + repeat):
        for key, fn in runs.items():
            c0 = time.process_time()
            t0 = time.perf_counter()
            out = fn()
            elapsed = time.perf_counter() - t0
            cpu = time.process_time() - c0
            if isinstance(out, dict) and "times" in out:  # a Java run: use its own timers (no pipe latency)
                elapsed, cpu = out["times"][0], out["cpu"][0]
            first.setdefault(key, elapsed)
            if r >= warmup:
                times[key].append(elapsed)
                cpus[key].append(cpu)
            last[key] = out
    return {k: (statistics.median(v), min(v), statistics.median(cpus[k]), first[k]) for k, v in times.items()}, last


SEQUENTIAL = "--single-thread" in sys.argv
# JIT warm-up: the solver's code is fully compiled after about 8 solves in a fresh JVM (measured);
# timed rounds start after it, as a session that has solved a few problems would. The first (cold)
# solve is printed separately.
WARMUP = 10


def eot_rows(folder: Path, sizes, eps: float, max_iter: int, repeat: int, log_repeat: int, seed: int):
    rows = []
    for n in sizes:
        x, y, a, b, cost = otjava.make_data(n, n, seed=seed)
        otjava.write_inputs(folder, x, y, a, b, cost)
        with otjava.JavaServer(folder) as java:
            stats, last = alternate({
                "pot": lambda: pot_sinkhorn(a, b, cost, eps, "sinkhorn", max_iter, 1e-9),
                "ours": lambda: java.run("eot", eps=eps, max_iter=max_iter, sequential=SEQUENTIAL),
                "plain": lambda: java.run("eot", eps=eps, max_iter=max_iter, plain=True, sequential=SEQUENTIAL),
            }, repeat, warmup=WARMUP)
            java.run("eot", eps=eps, max_iter=max_iter, output=True)
        p_pot, log_pot, warn_pot = last["pot"]
        if log_repeat:
            t_log, (p_log, _, _) = timed(lambda: pot_sinkhorn(a, b, cost, eps, "sinkhorn_log", max_iter, 1e-9), log_repeat)
        else:
            t_log = float("nan")
        plan = otjava.read_plan(folder, "eot")
        cost_pot = float((p_pot * cost).sum())
        ours, plain = last["ours"], last["plain"]
        rows.append(dict(n=n, eps=eps, pot=stats["pot"], pot_log=t_log, pot_iter=log_pot["niter"], pot_warn=bool(warn_pot),
                         java=stats["ours"], java_iter=ours["iterations"], java_plain=stats["plain"],
                         java_plain_iter=plain["iterations"], converged=ours["converged"] and plain["converged"],
                         cost_rel=otjava.rel(ours["cost"], cost_pot), cost_rel_plain=otjava.rel(plain["cost"], cost_pot),
                         plan_rel=otjava.plan_rel(plan, p_pot)))
    return rows


def exact_rows(folder: Path, sizes, repeat: int, seed: int):
    rows = []
    for n in sizes:
        x, y, a, b, cost = otjava.make_data(n, n, seed=seed)
        otjava.write_inputs(folder, x, y, a, b, cost)
        with otjava.JavaServer(folder) as java:
            stats, last = alternate({
                "pot": lambda: ot.emd(a, b, cost, numItermax=10_000_000, log=True),
                "ours": lambda: java.run("exact"),
            }, repeat, warmup=WARMUP)
            java.run("exact", output=True)
        plan_pot, log_pot = last["pot"]
        plan = otjava.read_plan(folder, "exact")
        rows.append(dict(n=n, pot=stats["pot"], java=stats["ours"], pivots=last["ours"]["iterations"],
                         optimal=last["ours"]["converged"], pot_ok=log_pot["result_code"] == 1,
                         cost_rel=otjava.rel(last["ours"]["cost"], log_pot["cost"]),
                         plan_diff=float(np.abs(plan - plan_pot).max())))
    return rows


def stability_row(folder: Path, n: int, eps: float, seed: int):
    """Small eps: POT's default kernel exp(-C/eps) underflows; the stabilised solver does not."""
    x, y, a, b, cost = otjava.make_data(n, n, seed=seed)
    otjava.write_inputs(folder, x, y, a, b, cost)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        t0 = time.perf_counter()
        plan = ot.sinkhorn(a, b, cost, eps, numItermax=20000, stopThr=1e-9)
        t_pot = time.perf_counter() - t0
    java = otjava.run_java(folder, "eot", eps=eps, max_iter=20000, repeat=1, warmup=1, eps_scaling=True)
    exact = otjava.run_java(folder, "exact", repeat=1, warmup=0)
    return dict(n=n, eps=eps, pot=t_pot, pot_nan=bool(np.isnan(plan).any()), pot_zero_rows=int((plan.sum(1) == 0).sum()),
                pot_warnings=sorted({str(w.message)[:60] for w in caught}), java=java["median"],
                java_iter=java["iterations"], java_converged=java["converged"],
                java_gap=(java["cost"] - exact["cost"]) / exact["cost"])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="n = 500, 1000 only")
    parser.add_argument("--eps", type=float, default=0.01, help="regularisation (cost normalised to max 1)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--single-thread", action="store_true", help="one BLAS thread for POT, sequential Java")
    args = parser.parse_args()
    eot_sizes = [500, 1000] if args.quick else [1000, 2000, 4000]
    exact_sizes = [500, 1000] if args.quick else [1000, 2000]

    with tempfile.TemporaryDirectory(prefix="ot_vs_pot_") as tmp:
        folder = Path(tmp)
        print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
              + ("single thread (POT: 1 BLAS thread, ours: sequential)" if SEQUENTIAL else "default threads"))
        tables = [(args.eps, eot_sizes, 1000, 1, args.repeat), (args.eps / 10, eot_sizes[:2], 20_000, 0, 3)]
        for eps, sizes, cap, log_repeat, repeat in tables:
            print(f"EOT, eps = {eps:g} (cost / max cost), tol 1e-9 (L2 marginal error, checked every 10), cap {cap}; "
                  f"runs alternate POT / ours / ours plain, {repeat} rounds after {WARMUP} warm-up rounds: median s (min s); "
                  f"CPU: median process CPU s (all threads) and its ratio; ours cold: the first solve in a fresh JVM"
                  + (", sinkhorn_log: one run" if log_repeat else ", sinkhorn_log skipped (too slow)"))
            print(f"{'n':>5} {'POT sinkhorn':>16} {'POT log':>8} {'ours':>16} {'ours plain':>16} {'ratio med (min)':>16} "
                  f"{'plain ratio':>12} {'ratio log':>9} {'CPU s POT/ours ratio':>21} {'iters POT/ours/plain':>21} {'cost rel':>9} {'plan rel':>9} {'ours cold':>9}")
            for r in eot_rows(folder, sizes, eps, cap, repeat, log_repeat, args.seed):
                (pm, pn, pc, _), (jm, jn, jc, jf), (lm, ln, _, _) = r["pot"], r["java"], r["java_plain"]
                print(f"{r['n']:>5} {pm:>8.3f} ({pn:.3f}) {r['pot_log']:>8.2f} {jm:>8.3f} ({jn:.3f}) {lm:>8.3f} ({ln:.3f}) "
                      f"{pm / jm:>8.2f} ({pn / jn:.2f}) {pm / lm:>5.2f} ({pn / ln:.2f}) {r['pot_log'] / jm:>9.1f} "
                      f"{pc:>7.3f}/{jc:.3f} {pc / jc:>5.2f} "
                      f"{r['pot_iter']:>7}/{r['java_iter']}/{r['java_plain_iter']:<8} {r['cost_rel']:>9.1e} {r['plan_rel']:>9.1e} {jf:>9.3f}"
                      + ("" if r["converged"] else "  (ours NOT converged)") + ("  (POT warned)" if r["pot_warn"] else ""))
            print()
        print(f"Exact OT (network simplex), runs alternate POT / ours, {args.repeat} rounds after {WARMUP} warm-up rounds")
        print(f"{'n':>5} {'POT emd':>16} {'ours':>16} {'ratio med (min)':>16} {'CPU ratio':>9} {'pivots':>8} {'cost rel':>9} {'plan max diff':>13} {'ours cold':>9}")
        for r in exact_rows(folder, exact_sizes, args.repeat, args.seed):
            (pm, pn, pc, pf), (jm, jn, jc, jf) = r["pot"], r["java"]
            print(f"{r['n']:>5} {pm:>8.3f} ({pn:.3f}) {jm:>8.3f} ({jn:.3f}) {pm / jm:>8.2f} ({pn / jn:.2f}) {pc / jc:>9.2f} {r['pivots']:>8} "
                  f"{r['cost_rel']:>9.1e} {r['plan_diff']:>13.1e} {jf:>9.3f}" + ("" if r["optimal"] and r["pot_ok"] else "  (NOT optimal)"))
        print()
        s = stability_row(folder, 500 if args.quick else 1000, 1e-4, args.seed)
        print(f"Small eps = {s['eps']} at n = {s['n']}: POT default sinkhorn {s['pot']:.2f} s, NaN in plan: {s['pot_nan']}, "
              f"rows with zero mass: {s['pot_zero_rows']}, warnings: {s['pot_warnings']}")
        print(f"  ours (eps-scaling): {s['java']:.2f} s, {s['java_iter']} sweeps, converged: {s['java_converged']}, "
              f"cost above exact OT by {s['java_gap']:.2e} (relative)")


if __name__ == "__main__":
    main()
