"""Peer timings for SharedNumericsBenchmark: python3 bench_numpy.py"""
import time
import numpy as np

rng = np.random.default_rng(1)
m = rng.standard_normal((4096, 512))
np.linalg.svd(m, compute_uv=False)
ts = []
for _ in range(7):
    t = time.perf_counter()
    s = np.linalg.svd(m, compute_uv=False)
    e = np.cumsum(s ** 2) / np.sum(s ** 2)
    int(np.searchsorted(e, 0.95) + 1)
    ts.append(time.perf_counter() - t)
print(f"numpy svd(compute_uv=False) + rank_eps of 4096 x 512: median {np.median(ts):.3f} s (min {min(ts):.3f})")
print(f"  (process CPU time of one call: ", end="")
c = time.process_time()
np.linalg.svd(m, compute_uv=False)
print(f"{time.process_time() - c:.3f} s)")
