"""Run the Java OT solvers (lab.subspace.numerics.ot) from Python on the same arrays as POT.

Exchange format: NumPy .npy files in a directory (x, y, a, b, C, theta in; <task>_plan, _f, _g out), read
and written by lab.subspace.numerics.ot.bench.OtBenchmark through lab.subspace.data.Npy. Build first:

    mvn -q -B -pl magics -am package -DskipTests

Data scheme (documented so that any other tool can regenerate it): ``rng = np.random.default_rng(seed)``;
``x = rng.random((n, d))``; ``y = rng.random((m, d)); y[:, 0] += shift``; uniform weights; cost
``C = ot.dist(x, y)`` (squared Euclidean) divided by its maximum.
"""
from __future__ import annotations

import glob
import json
import os
import subprocess
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
MAIN = "lab.subspace.numerics.ot.bench.OtBenchmark"


def classpath(repo: Path = REPO) -> str:
    """magics/target/classes, the kernel SPI and display classes, and the plugin dependency jars."""
    parts = [repo / "magics/target/classes", repo / "kernel/target/classes", repo / "display/target/classes"]
    jars = sorted(glob.glob(str(repo / "kernel/target/plugins/*.jar")))
    jars = [j for j in jars if not j.endswith("subspace-magics.jar")]  # the fresh classes come first anyway
    missing = [str(p) for p in parts if not p.is_dir()]
    if missing or not any("ejml" in j for j in jars):
        raise RuntimeError("build the Java side first: mvn -q -B -pl magics -am package -DskipTests "
                           f"(missing: {missing or 'EJML jars in kernel/target/plugins'})")
    return os.pathsep.join([str(p) for p in parts] + jars)


def make_data(n: int, m: int, d: int = 2, seed: int = 0, shift: float = 0.5):
    """The benchmark's data scheme (see the module docstring)."""
    import ot

    rng = np.random.default_rng(seed)
    x = rng.random((n, d))
    y = rng.random((m, d))
    y[:, 0] += shift
    a = np.full(n, 1.0 / n)
    b = np.full(m, 1.0 / m)
    cost = ot.dist(x, y)
    cost /= cost.max()
    return x, y, a, b, cost


def write_inputs(folder: Path, x, y, a, b, cost=None, theta=None) -> None:
    """x (n x d), y (m x d), a (n), b (m), the cost C (n x m, optional) and directions theta (d x L, optional) as .npy."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, arr in (("x", x), ("y", y), ("a", a), ("b", b), ("C", cost), ("theta", theta)):
        path = folder / f"{name}.npy"
        if arr is None:
            path.unlink(missing_ok=True)
        else:
            np.save(path, np.ascontiguousarray(arr, dtype=np.float64))


def run_java(folder: Path, task: str, *, eps: float = 0.01, tol: float = 1e-9, max_iter: int = 1000,
             check_every: int = 10, repeat: int = 5, warmup: int = 3, plain: bool = False, eps_scaling: bool = False,
             java: str = "java", heap: str = "6g") -> dict:
    """One JVM: warm-up runs, then timed runs of one task on the arrays in ``folder``; returns the parsed JSON report."""
    cmd = [java, f"-Xmx{heap}", "-cp", classpath(), MAIN, "--dir", str(folder), "--task", task,
           "--eps", repr(eps), "--tol", repr(tol), "--max-iter", str(max_iter), "--check-every", str(check_every),
           "--repeat", str(repeat), "--warmup", str(warmup)]
    if plain:
        cmd.append("--plain")
    if eps_scaling:
        cmd.append("--eps-scaling")
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


class JavaServer:
    """One JVM that keeps the data loaded and runs one timed solve per request, so that a caller can
    alternate POT runs with Java runs (both then see the same machine load)."""

    def __init__(self, folder: Path, java: str = "java", heap: str = "6g"):
        cmd = [java, f"-Xmx{heap}", "-cp", classpath(), MAIN, "--serve", "--dir", str(folder)]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def run(self, task: str, *, eps: float = 0.01, tol: float = 1e-9, max_iter: int = 1000, check_every: int = 10,
            plain: bool = False, eps_scaling: bool = False, output: bool = False, sequential: bool = False) -> dict:
        args = ["--task", task, "--eps", repr(eps), "--tol", repr(tol), "--max-iter", str(max_iter),
                "--check-every", str(check_every)]
        args += ["--plain"] if plain else []
        args += ["--eps-scaling"] if eps_scaling else []
        args += ["--sequential"] if sequential else []
        args += [] if output else ["--no-output"]
        self.proc.stdin.write(" ".join(args) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the Java benchmark process ended (exit code {self.proc.wait()})")
        return json.loads(line)

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def read_plan(folder: Path, task: str) -> np.ndarray:
    return np.load(folder / f"{task}_plan.npy")


def rel(value: float, reference: float) -> float:
    return abs(value - reference) / abs(reference)


def plan_rel(plan: np.ndarray, reference: np.ndarray) -> float:
    """Largest entry difference relative to the largest entry of the reference."""
    return float(np.abs(plan - reference).max() / np.abs(reference).max())
