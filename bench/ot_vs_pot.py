"""Benchmark: the Java OT solvers against POT on the same inputs, in one run.

    mvn -q -B -pl magics -am package -DskipTests
    .venv/bin/python bench/ot_vs_pot.py            # full table (several minutes)
    .venv/bin/python bench/ot_vs_pot.py --quick    # smaller sizes

Prints median seconds and ratios (POT time / our time, > 1 means we are faster) for entropic OT
(ot.sinkhorn and ot.sinkhorn(method='sinkhorn_log') at n = m = 1000, 2000, 4000, d = 2, with POT's
stopping rule: L2 column-marginal error 1e-9 checked every 10 iterations) and exact OT (ot.emd at
n = 1000, 2000), plus agreement: EOT cost and plan relative to POT, exact cost relative to POT.
Data: see bench/otjava.py (seeded uniform clouds, cost normalised to max 1). Timings on a shared
machine are noisy: medians of several runs, POT and Java never run at the same time.
"""
from __future__ import annotations

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


def pot_sinkhorn(a, b, cost, eps, method, max_iter, tol, repeat):
    def run():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            plan, log = ot.sinkhorn(a, b, cost, eps, method=method, numItermax=max_iter, stopThr=tol, log=True)
        return plan, log, [str(w.message) for w in caught]
    return timed(run, repeat)


def eot_rows(folder: Path, sizes, eps: float, max_iter: int, repeat: int, log_repeat: int, seed: int):
    rows = []
    for n in sizes:
        x, y, a, b, cost = otjava.make_data(n, n, seed=seed)
        otjava.write_inputs(folder, x, y, a, b, cost)
        t_pot, (p_pot, log_pot, warn_pot) = pot_sinkhorn(a, b, cost, eps, "sinkhorn", max_iter, 1e-9, repeat)
        if log_repeat:
            t_log, (p_log, log_log, warn_log) = pot_sinkhorn(a, b, cost, eps, "sinkhorn_log", max_iter, 1e-9, log_repeat)
        else:
            t_log, p_log, warn_log = float("nan"), p_pot, []
        java = otjava.run_java(folder, "eot", n, n, 2, eps=eps, max_iter=max_iter, repeat=repeat)
        java_plain = otjava.run_java(folder, "eot", n, n, 2, eps=eps, max_iter=max_iter, repeat=repeat, plain=True)
        plan = otjava.read_plan(folder, "eot", n, n)  # the last run written: the plain one
        cost_pot = float((p_pot * cost).sum())
        rows.append(dict(n=n, eps=eps, pot=t_pot, pot_log=t_log, pot_iter=log_pot["niter"], pot_warn=bool(warn_pot),
                         log_warn=bool(warn_log), java=java["median"], java_iter=java["iterations"],
                         java_plain=java_plain["median"], java_plain_iter=java_plain["iterations"],
                         converged=java["converged"] and java_plain["converged"],
                         cost_rel=otjava.rel(java["cost"], cost_pot), cost_rel_sor=otjava.rel(java_plain["cost"], java["cost"]),
                         plan_rel=otjava.plan_rel(plan, p_pot), log_plan_rel=otjava.plan_rel(p_log, p_pot)))
    return rows


def exact_rows(folder: Path, sizes, repeat: int, seed: int):
    rows = []
    for n in sizes:
        x, y, a, b, cost = otjava.make_data(n, n, seed=seed)
        otjava.write_inputs(folder, x, y, a, b, cost)
        t_pot, (plan_pot, log_pot) = timed(lambda: ot.emd(a, b, cost, numItermax=10_000_000, log=True), repeat)
        java = otjava.run_java(folder, "exact", n, n, 2, repeat=repeat)
        plan = otjava.read_plan(folder, "exact", n, n)
        rows.append(dict(n=n, pot=t_pot, java=java["median"], pivots=java["iterations"], optimal=java["converged"],
                         pot_ok=log_pot["result_code"] == 1, cost_rel=otjava.rel(java["cost"], log_pot["cost"]),
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
    java = otjava.run_java(folder, "eot", n, n, 2, eps=eps, max_iter=20000, repeat=1, warmup=1, eps_scaling=True)
    exact = otjava.run_java(folder, "exact", n, n, 2, repeat=1, warmup=0)
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
    args = parser.parse_args()
    eot_sizes = [500, 1000] if args.quick else [1000, 2000, 4000]
    exact_sizes = [500, 1000] if args.quick else [1000, 2000]

    with tempfile.TemporaryDirectory(prefix="ot_vs_pot_") as tmp:
        folder = Path(tmp)
        tables = [(args.eps, eot_sizes, 1000, 1 if eot_sizes[-1] >= 2000 else 3, args.repeat),
                  (args.eps / 10, eot_sizes[:2], 20_000, 0, 3)]
        for eps, sizes, cap, log_repeat, repeat in tables:
            print(f"EOT, eps = {eps:g} (cost / max cost), tol 1e-9 (L2 marginal error, checked every 10), cap {cap}; "
                  f"median of {repeat}" + (" (sinkhorn_log: fewer runs)" if log_repeat else " (sinkhorn_log: too slow, skipped)"))
            print(f"{'n':>5} {'POT sinkhorn':>13} {'POT log':>9} {'ours':>8} {'ours plain':>11} {'ratio':>7} "
                  f"{'ratio log':>9} {'ratio plain':>11} {'iters POT/ours/plain':>21} {'cost rel':>9} {'plan rel':>9}")
            for r in eot_rows(folder, sizes, eps, cap, repeat, log_repeat, args.seed):
                print(f"{r['n']:>5} {r['pot']:>13.3f} {r['pot_log']:>9.3f} {r['java']:>8.3f} {r['java_plain']:>11.3f} "
                      f"{r['pot'] / r['java']:>7.2f} {r['pot_log'] / r['java']:>9.2f} {r['pot'] / r['java_plain']:>11.2f} "
                      f"{r['pot_iter']:>7}/{r['java_iter']}/{r['java_plain_iter']:<8} {r['cost_rel']:>9.1e} {r['plan_rel']:>9.1e}"
                      + ("" if r["converged"] else "  (ours NOT converged)") + ("  (POT warned)" if r["pot_warn"] else ""))
            print()
        print("Exact OT (network simplex), median of", args.repeat)
        print(f"{'n':>5} {'POT emd':>9} {'ours':>8} {'ratio':>7} {'pivots':>8} {'cost rel':>9} {'plan max diff':>13}")
        for r in exact_rows(folder, exact_sizes, args.repeat, args.seed):
            print(f"{r['n']:>5} {r['pot']:>9.3f} {r['java']:>8.3f} {r['pot'] / r['java']:>7.2f} {r['pivots']:>8} "
                  f"{r['cost_rel']:>9.1e} {r['plan_diff']:>13.1e}" + ("" if r["optimal"] and r["pot_ok"] else "  (NOT optimal)"))
        print()
        s = stability_row(folder, 500 if args.quick else 1000, 1e-4, args.seed)
        print(f"Small eps = {s['eps']} at n = {s['n']}: POT default sinkhorn {s['pot']:.2f} s, NaN in plan: {s['pot_nan']}, "
              f"rows with zero mass: {s['pot_zero_rows']}, warnings: {s['pot_warnings']}")
        print(f"  ours (eps-scaling): {s['java']:.2f} s, {s['java_iter']} sweeps, converged: {s['java_converged']}, "
              f"cost above exact OT by {s['java_gap']:.2e} (relative)")


if __name__ == "__main__":
    main()
