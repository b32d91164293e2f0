"""Runs notebooks through the installed kernel, headless, the way a reader would.

    ./notebooks/run                      every notebook in notebooks/
    ./notebooks/run 00-tour.ipynb ...    just these
    ./notebooks/run --no-budget          do not fail on the time budget
    ./notebooks/run --jobs 2             two notebooks at a time

Each notebook runs top to bottom with nbclient in notebooks/ (so relative data paths work); any
error output fails the run. The executed copy and an HTML export go to target/notebooks/. The
budget: each notebook under 90 s, all of them under 12 min (2 cores), counted in CPU seconds of
the kernel process: on an idle 2-core machine the wall time is no more than that (every cell keeps
at least one core busy), and unlike the wall time it does not grow when other jobs share the CPUs.
The wall time is printed too, with the load average, to read it against.
"""
import fcntl
import os
import resource
import argparse
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple, Optional

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from nbconvert import HTMLExporter

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "target" / "notebooks"
KERNEL = "subspace-java"
PER_NOTEBOOK_S = 90
TOTAL_S = 12 * 60
CELL_TIMEOUT_S = 300


def notebooks(names):
    if names:
        return [HERE / n if not Path(n).is_absolute() else Path(n) for n in names]
    return sorted(p for p in HERE.glob("*.ipynb"))


def error_outputs(nb):
    """(cell index, ename, evalue) for every error output left in an executed notebook."""
    found = []
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                found.append((i, out.get("ename"), out.get("evalue")))
    return found


class Run(NamedTuple):
    wall: float               # seconds from kernel start to the last cell's reply
    cpu: float                # CPU seconds the kernel process used (user + system)
    problem: Optional[str]    # None when every cell ran without an error output


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


@contextmanager
def kernel_start_lock():
    """One kernel start at a time across worker processes, from the choice of its ports until it has
    answered kernel_info. jupyter_client picks free ports by binding and releasing them, and the kernel
    binds them a moment later: two starts at once can be handed the same port, and one kernel then
    dies on bind while its client talks to the other."""
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / ".kernel-start.lock", "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def run_one(path, kernel=KERNEL):
    """Executes one notebook; returns a Run. Writes .ipynb and .html to target/.

    The kernel is this process's child and is reaped when the client shuts it down, so its CPU
    time is the growth of RUSAGE_CHILDREN over the run."""
    cpu0 = children_cpu()
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name=kernel, timeout=CELL_TIMEOUT_S, allow_errors=False,
                            resources={"metadata": {"path": str(path.parent)}})
    problem = None
    with kernel_start_lock():
        t0 = time.perf_counter()
        client.km = client.create_kernel_manager()
        client.start_new_kernel()
        client.start_new_kernel_client()
    try:
        client.execute()
    except CellExecutionError as e:
        problem = str(e).strip().splitlines()[-1] if str(e).strip() else "a cell failed"
    except (CellTimeoutError, DeadKernelError) as e:
        problem = f"{type(e).__name__}: {e}"
    seconds = time.perf_counter() - t0
    cpu = children_cpu() - cpu0
    if problem is None and error_outputs(nb):
        problem = "error outputs: " + "; ".join(f"cell {i}: {n}: {v}" for i, n, v in error_outputs(nb))
    OUT.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, OUT / path.name)
    html, _ = HTMLExporter().from_notebook_node(nb)
    (OUT / path.with_suffix(".html").name).write_text(html, encoding="utf-8")
    return Run(seconds, cpu, problem)


def run_all(paths, kernel=KERNEL, jobs=1):
    """Runs of the notebooks in order; with jobs > 1 in worker processes (each reaps its own kernels,
    so CPU times stay per notebook)."""
    if jobs <= 1:
        for path in paths:
            yield run_one(path, kernel)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        for future in [pool.submit(run_one, path, kernel) for path in paths]:
            yield future.result()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--no-budget", action="store_true")
    ap.add_argument("--kernel", default=KERNEL)
    ap.add_argument("--jobs", type=int, default=1, help="notebooks run side by side (each has its own kernel)")
    args = ap.parse_args(argv)
    paths = notebooks(args.names)
    if not paths:
        print("no notebooks found", file=sys.stderr)
        return 1
    failures, total, total_wall = [], 0.0, 0.0
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; budget {PER_NOTEBOOK_S} CPU s each, "
          f"{TOTAL_S} together", flush=True)
    print(f"{'notebook':45s} {'wall s':>8s} {'CPU s':>8s}", flush=True)
    for path, run in zip(paths, run_all(paths, args.kernel, args.jobs)):
        total += run.cpu
        total_wall += run.wall
        over = not args.no_budget and run.cpu > PER_NOTEBOOK_S
        status = "ok" if run.problem is None and not over else (
            "FAILED: " + run.problem if run.problem else f"OVER BUDGET ({PER_NOTEBOOK_S} CPU s)")
        print(f"{path.name:45s} {run.wall:8.1f} {run.cpu:8.1f}  {status}", flush=True)
        if status != "ok":
            failures.append(path.name)
    print(f"{'total':45s} {total_wall:8.1f} {total:8.1f}  (budget {TOTAL_S} CPU s); outputs in {OUT.relative_to(ROOT)}/")
    if not args.no_budget and total > TOTAL_S:
        failures.append(f"total {total:.0f} CPU s over {TOTAL_S} s")
    if failures:
        print("failed: " + ", ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
