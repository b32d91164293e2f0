"""rho_eps of a 4096 x 512 matrix: numpy's SVD vs the subspace kernel's Java code, same input, one run.

numpy computes the singular values with np.linalg.svd(M, compute_uv=False) (LAPACK gesdd) and then
rank_eps from the cumulative energy; Java uses lab.subspace.magics.audit.EffectiveRank, which takes
the eigenvalues of the 512 x 512 Gram matrix (the matrix is 8x taller than wide). Both read the
same .npy file; the script checks they find the same rank_eps and prints wall and CPU-time ratios
(numpy / Java: above 1 means Java is faster). On a shared machine the CPU ratio is the steadier one;
OPENBLAS_NUM_THREADS=1 keeps OpenBLAS from spinning threads when the cores are busy.

    ./scripts/venv && mvn -q -B -DskipTests package && mvn -q -B -pl magics test-compile
    .venv/bin/python bench/effective_rank_vs_numpy.py [--rows 4096] [--cols 512] [--runs 7]
"""
import argparse
import glob
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def rank_eps(s, eps):
    energy = np.cumsum(s.astype(np.float64) ** 2)
    return int(np.searchsorted(energy, (1 - eps) * energy[-1] * (1 - 4 * np.finfo(float).eps)) + 1)


def numpy_side(m, eps, runs):
    t, c = time.perf_counter(), time.process_time()
    s = np.linalg.svd(m, compute_uv=False)
    first = (time.perf_counter() - t, time.process_time() - c)
    walls, cpus = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        s = np.linalg.svd(m, compute_uv=False)
        r = rank_eps(s, eps)
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    return {"rank_eps": r, "s1": float(s[0]), "first_wall": first[0], "median_wall": statistics.median(walls),
            "min_wall": min(walls), "median_cpu": statistics.median(cpus)}


def java_side(path, eps, runs):
    cp = [str(ROOT / "magics/target/test-classes"), str(ROOT / "kernel/target/subspace-kernel.jar")]
    cp += sorted(glob.glob(str(ROOT / "kernel/target/lib/*.jar")))
    cp += sorted(glob.glob(str(ROOT / "kernel/target/plugins/*.jar")))
    if not (ROOT / "magics/target/test-classes/lab/subspace/bench/EffectiveRankBenchmark.class").exists():
        sys.exit("build first: mvn -q -B -DskipTests package && mvn -q -B -pl magics test-compile")
    out = subprocess.run(["java", "-cp", os.pathsep.join(cp), "lab.subspace.bench.EffectiveRankBenchmark",
                          str(path), str(eps), str(runs)], check=True, capture_output=True, text=True).stdout
    vals = dict(line.split(" ", 1) for line in out.strip().splitlines())
    return {k: (v if k in ("shape", "method") else float(v)) for k, v in vals.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=4096)
    ap.add_argument("--cols", type=int, default=512)
    ap.add_argument("--eps", type=float, default=0.05)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    # a decaying spectrum, like an activation shift: Gaussian factors with scales 0.99^k
    m = rng.standard_normal((a.rows, a.cols)) * (0.99 ** np.arange(a.cols))[None, :]
    m = m @ np.linalg.qr(rng.standard_normal((a.cols, a.cols)))[0]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.npy"
        np.save(path, m)
        py = numpy_side(m, a.eps, a.runs)
        jv = java_side(path, a.eps, a.runs)
    print(f"matrix {a.rows} x {a.cols}, eps {a.eps}, {a.runs} timed runs each (after one untimed call)")
    threads = os.environ.get("OPENBLAS_NUM_THREADS", "default")
    print(f"numpy {np.__version__} (OPENBLAS_NUM_THREADS={threads}): rank_eps {py['rank_eps']}, s1 {py['s1']:.12g}")
    print(f"java ({jv['method']}): rank_eps {int(jv['rank_eps'])}, s1 {jv['s1']:.12g}")
    if int(jv["rank_eps"]) != py["rank_eps"]:
        sys.exit("rank_eps differs between numpy and Java")
    print(f"{'':14s}{'numpy':>10s}{'java':>10s}{'numpy/java':>12s}")
    for key in ("first_wall", "median_wall", "min_wall", "median_cpu"):
        print(f"{key:14s}{py[key]:10.4f}{jv[key]:10.4f}{py[key] / jv[key]:12.2f}")


if __name__ == "__main__":
    main()
