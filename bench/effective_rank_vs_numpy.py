"""rho_eps of a 4096 x 512 matrix: numpy's SVD vs the subspace kernel's Java code, same input, one run.

numpy computes the singular values with np.linalg.svd(M, compute_uv=False) (LAPACK gesdd) and then
rank_eps from the cumulative energy; Java uses lab.subspace.magics.audit.EffectiveRank, which takes
the eigenvalues of the 512 x 512 Gram matrix (the matrix is 8x taller than wide). Both read the
same .npy file; the script checks they find the same rank_eps. After one untimed call on each side,
the timed runs alternate numpy / Java round by round (the JVM stays up and keeps the matrix), so both
see the same load; it prints wall and CPU-time medians and ratios (numpy / Java: above 1 means Java
is faster). On a shared machine the CPU ratio is the steadier one.

With OPENBLAS_NUM_THREADS=1 (or --single-thread, which sets it) numpy gets one BLAS thread and the
JVM one processor (-XX:ActiveProcessorCount=1, so lab.subspace.numerics.Parallel runs on the calling
thread): the one-core comparison. Otherwise both use their default threads (OpenBLAS: one per core,
spin-waiting; Java: a pool of one worker per core).

    ./scripts/venv && mvn -q -B -pl magics -am package -DskipTests && mvn -q -B -pl magics test-compile
    .venv/bin/python bench/effective_rank_vs_numpy.py [--single-thread] [--rows 4096] [--cols 512] [--runs 7]
"""
import os
import sys

if "--single-thread" in sys.argv:  # must precede the numpy import
    os.environ["OPENBLAS_NUM_THREADS"] = "1"

import argparse  # noqa: E402
import glob  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SINGLE = os.environ.get("OPENBLAS_NUM_THREADS") == "1"


def rank_eps(s, eps):
    energy = np.cumsum(s.astype(np.float64) ** 2)
    return int(np.searchsorted(energy, (1 - eps) * energy[-1] * (1 - 4 * np.finfo(float).eps)) + 1)


def numpy_once(m, eps):
    t, c = time.perf_counter(), time.process_time()
    s = np.linalg.svd(m, compute_uv=False)
    r = rank_eps(s, eps)
    return time.perf_counter() - t, time.process_time() - c, r, float(s[0])


class Java:
    """The Java side: one JVM that has read the matrix and computes the profile on request."""

    def __init__(self, path, eps, classes, first=None):
        cp = ([first] if first else []) + [str(classes), str(ROOT / "kernel/target/subspace-kernel.jar")]
        cp += sorted(glob.glob(str(ROOT / "kernel/target/lib/*.jar")))
        cp += sorted(glob.glob(str(ROOT / "kernel/target/plugins/*.jar")))
        if not (Path(classes) / "lab/subspace/bench/EffectiveRankBenchmark.class").exists():
            sys.exit("build first: mvn -q -B -pl magics -am package -DskipTests && mvn -q -B -pl magics test-compile")
        flags = ["-XX:ActiveProcessorCount=1"] if SINGLE else []
        self.proc = subprocess.Popen(["java", *flags, "-cp", os.pathsep.join(cp), "lab.subspace.bench.EffectiveRankBenchmark",
                                      str(path), str(eps)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def once(self):
        self.proc.stdin.write("run\n")
        self.proc.stdin.flush()
        wall, cpu = self.proc.stdout.readline().split()
        return float(wall), float(cpu)

    def info(self):
        self.proc.stdin.write("info\n")
        self.proc.stdin.flush()
        vals = {}
        for line in iter(self.proc.stdout.readline, "end\n"):
            k, v = line.strip().split(" ", 1)
            vals[k] = v
        return vals

    def close(self):
        self.proc.stdin.close()
        self.proc.wait()


def summary(first, walls, cpus):
    return {"first_wall": first, "median_wall": statistics.median(walls), "min_wall": min(walls),
            "median_cpu": statistics.median(cpus)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=4096)
    ap.add_argument("--cols", type=int, default=512)
    ap.add_argument("--eps", type=float, default=0.05)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--single-thread", action="store_true", help="one BLAS thread for numpy, one processor for the JVM")
    ap.add_argument("--java-classes", default=str(ROOT / "magics/target/test-classes"),
                    help="directory holding lab/subspace/bench/EffectiveRankBenchmark.class")
    ap.add_argument("--classpath-first", help="jar or directory put first on the Java classpath (e.g. another build's "
                                              "subspace-magics.jar, to compare two versions of the numerics)")
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    # a decaying spectrum, like an activation shift: Gaussian factors with scales 0.99^k
    m = rng.standard_normal((a.rows, a.cols)) * (0.99 ** np.arange(a.cols))[None, :]
    m = m @ np.linalg.qr(rng.standard_normal((a.cols, a.cols)))[0]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.npy"
        np.save(path, m)
        java = Java(path, a.eps, a.java_classes, a.classpath_first)
        try:
            py_first = numpy_once(m, a.eps)
            jv_first = java.once()
            py_w, py_c, jv_w, jv_c = [], [], [], []
            for _ in range(a.runs):
                w, c, r, s1 = numpy_once(m, a.eps)
                py_w.append(w)
                py_c.append(c)
                w, c = java.once()
                jv_w.append(w)
                jv_c.append(c)
            info = java.info()
        finally:
            java.close()
    py = summary(py_first[0], py_w, py_c)
    jv = summary(jv_first[0], jv_w, jv_c)
    print(f"matrix {a.rows} x {a.cols}, eps {a.eps}, {a.runs} timed runs each, alternating (after one untimed call each)")
    threads = os.environ.get("OPENBLAS_NUM_THREADS", "default")
    print(f"numpy {np.__version__} (OPENBLAS_NUM_THREADS={threads}): rank_eps {r}, s1 {s1:.12g}")
    print(f"java ({info['method']}, {info['threads']} processor(s)): rank_eps {info['rank_eps']}, s1 {float(info['s1']):.12g}")
    if int(info["rank_eps"]) != r:
        sys.exit("rank_eps differs between numpy and Java")
    print(f"{'':14s}{'numpy':>10s}{'java':>10s}{'numpy/java':>12s}")
    for key in ("first_wall", "median_wall", "min_wall", "median_cpu"):
        print(f"{key:14s}{py[key]:10.4f}{jv[key]:10.4f}{py[key] / jv[key]:12.2f}")


if __name__ == "__main__":
    main()
