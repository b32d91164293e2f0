"""Cross-check of the Java OT solvers against POT on shared inputs (for the pytest suite).

Build the Java side, then call :func:`crosscheck` (raises AssertionError naming the failed check):

    mvn -q -B -pl magics -am package -DskipTests
    .venv/bin/python bench/ot_crosscheck.py          # prints the measured agreement

To wire it into pytest (e.g. tests/python/test_ot_vs_pot.py)::

    import sys, pathlib
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "bench"))
    from ot_crosscheck import crosscheck

    def test_java_ot_agrees_with_pot():
        crosscheck()

The Java classes run from magics/target/classes with the jars of kernel/target/plugins and the
classes of kernel/ and display/ (see otjava.classpath).
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import ot

import otjava

# tolerances of the issue: EOT cost and plan 1e-6 relative, exact cost 1e-9 relative
EOT_REL = 1e-6
EXACT_REL = 1e-9
SLICED_REL = 1e-12


def crosscheck(n: int = 300, m: int = 250, d: int = 2, seed: int = 0, eps: float = 0.05, projections: int = 40) -> dict:
    """Runs EOT, exact OT, SW and the expected sliced plan in POT and in Java on the same random
    weighted clouds; returns the measured relative differences, raising AssertionError on failure."""
    rng = np.random.default_rng(seed)
    x = rng.random((n, d))
    y = rng.random((m, d)) + np.eye(1, d)[0] * 0.5
    a = rng.random(n) + 0.1
    a /= a.sum()
    b = rng.random(m) + 0.1
    b /= b.sum()
    cost = ot.dist(x, y)
    cost /= cost.max()
    theta = rng.normal(size=(d, projections))
    theta /= np.linalg.norm(theta, axis=0, keepdims=True)
    found = {}
    with tempfile.TemporaryDirectory(prefix="ot_crosscheck_") as tmp:
        folder = Path(tmp)
        otjava.write_inputs(folder, x, y, a, b, cost, theta)
        kw = dict(repeat=1, warmup=0)

        plan_pot = ot.sinkhorn(a, b, cost, eps, stopThr=1e-12, numItermax=100_000)
        java = otjava.run_java(folder, "eot", n, m, d, eps=eps, tol=1e-12, max_iter=100_000, **kw)
        plan = otjava.read_plan(folder, "eot", n, m)
        found["eot_cost"] = otjava.rel(java["cost"], float((plan_pot * cost).sum()))
        found["eot_plan"] = otjava.plan_rel(plan, plan_pot)
        assert java["converged"], f"Java EOT did not converge: {java}"
        assert found["eot_cost"] <= EOT_REL, f"EOT cost differs from POT by {found['eot_cost']:.2e} (relative)"
        assert found["eot_plan"] <= EOT_REL, f"EOT plan differs from POT by {found['eot_plan']:.2e} (relative)"

        plan_emd, log = ot.emd(a, b, cost, numItermax=10_000_000, log=True)
        java = otjava.run_java(folder, "exact", n, m, d, **kw)
        found["exact_cost"] = otjava.rel(java["cost"], log["cost"])
        assert java["converged"], f"Java network simplex stopped early: {java}"
        assert found["exact_cost"] <= EXACT_REL, f"exact cost differs from POT by {found['exact_cost']:.2e} (relative)"

        sw_pot = ot.sliced_wasserstein_distance(x, y, a, b, projections=theta, p=2)
        java = otjava.run_java(folder, "sw", n, m, d, L=projections, **kw)
        found["sw"] = otjava.rel(java["distance"], float(sw_pot))
        assert found["sw"] <= SLICED_REL, f"SW_2 differs from POT by {found['sw']:.2e} (relative)"

        plan_sot, _ = ot.sliced.expected_sliced_plan(x, y, a, b, projections=theta, dense=True)
        java = otjava.run_java(folder, "sot", n, m, d, L=projections, **kw)
        found["sot_plan"] = otjava.plan_rel(otjava.read_plan(folder, "sot", n, m), np.asarray(plan_sot))
        assert found["sot_plan"] <= SLICED_REL, f"expected sliced plan differs from POT by {found['sot_plan']:.2e}"
    return found


if __name__ == "__main__":
    for key, value in crosscheck().items():
        print(f"{key:>10}: {value:.2e}")
    print("all within tolerance")
