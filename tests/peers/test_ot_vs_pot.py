"""Our optimal-transport solvers (lab.subspace.numerics.ot, reached through the installed kernel)
against POT on the same random problems: arrays go to the kernel as .npy files, the plans come back
as .npy files.

Tolerances (issue 5): entropic OT cost and plan within 1e-6 relative, exact OT cost within 1e-9
relative, the sliced distance and the expected sliced plan with the same projections within 1e-12.
"""
import numpy as np
import ot
import pytest

EOT_REL = 1e-6
EXACT_REL = 1e-9
SLICED_REL = 1e-12

# (n, m, d, seed, eps as a fraction of max C): weighted clouds of different sizes
PROBLEMS = [(60, 45, 2, 0, 0.05), (150, 130, 3, 1, 0.01), (300, 250, 2, 2, 0.02)]


def make_problem(folder, n, m, d, seed, projections=40):
    """Random weighted clouds, the cost |x - y|^2 / max and unit directions, saved as .npy."""
    rng = np.random.default_rng(seed)
    x = rng.random((n, d))
    y = rng.random((m, d)) + 0.5 * np.eye(1, d)[0]
    a = rng.random(n) + 0.1
    a /= a.sum()
    b = rng.random(m) + 0.1
    b /= b.sum()
    cost = ot.dist(x, y)
    cost /= cost.max()
    theta = rng.normal(size=(d, projections))
    theta /= np.linalg.norm(theta, axis=0, keepdims=True)
    arrays = dict(x=x, y=y, a=a, b=b, C=cost, theta=theta)
    folder.mkdir(parents=True, exist_ok=True)
    for name, arr in arrays.items():
        np.save(folder / f"{name}.npy", arr)
    return arrays


def java(kernel, folder, body):
    """Runs ``body`` in the kernel after loading the problem in ``folder`` as ``p`` (custom cost C) and ``theta``."""
    code = (
        f'var dir = Path.of("{folder}");\n'
        'var p = OtProblem.of(Npy.read(dir.resolve("x.npy")).toMatrix(), Npy.read(dir.resolve("y.npy")).toMatrix())\n'
        '        .withWeights(Npy.read(dir.resolve("a.npy")).toVector(), Npy.read(dir.resolve("b.npy")).toVector())\n'
        '        .withCost(Npy.read(dir.resolve("C.npy")).toMatrix());\n'
        'var theta = Npy.read(dir.resolve("theta.npy")).toMatrix();\n' + body)
    r = kernel.execute(code, timeout=180)
    assert r.status == "ok", r.error
    return r.stdout.split()


def rel(value, reference):
    return abs(value - reference) / abs(reference)


def plan_rel(plan, reference):
    """Largest entry difference relative to the largest entry of the reference."""
    return float(np.abs(plan - reference).max() / np.abs(reference).max())


@pytest.mark.parametrize("n, m, d, seed, eps", PROBLEMS)
def test_entropic_ot_matches_pot_sinkhorn(kernel, tmp_path, n, m, d, seed, eps):
    arr = make_problem(tmp_path, n, m, d, seed)
    out = java(kernel, tmp_path, f'var e = OT.eot(p, {eps!r}, SinkhornOptions.defaults().withTol(1e-12).withMaxIter(100_000));\n'
                                 'Npy.write(dir.resolve("eot_plan.npy"), e.plan());\n'
                                 'System.out.println(e.cost() + " " + e.converged());')
    assert out[1] == "true", "our Sinkhorn did not converge"
    plan_pot = ot.sinkhorn(arr["a"], arr["b"], arr["C"], eps, stopThr=1e-12, numItermax=100_000)
    plan = np.load(tmp_path / "eot_plan.npy")
    assert plan.shape == (n, m)
    assert rel(float(out[0]), float((plan_pot * arr["C"]).sum())) <= EOT_REL
    assert plan_rel(plan, plan_pot) <= EOT_REL


@pytest.mark.parametrize("n, m, d, seed, eps", PROBLEMS)
def test_exact_ot_matches_pot_emd(kernel, tmp_path, n, m, d, seed, eps):
    arr = make_problem(tmp_path, n, m, d, seed)
    out = java(kernel, tmp_path, 'var w = OT.exact(p);\nNpy.write(dir.resolve("exact_plan.npy"), w.plan());\n'
                                 'System.out.println(w.cost() + " " + w.optimal());')
    assert out[1] == "true"
    plan_pot, log = ot.emd(arr["a"], arr["b"], arr["C"], numItermax=10_000_000, log=True)
    assert log["result_code"] == 1
    assert rel(float(out[0]), log["cost"]) <= EXACT_REL
    plan = np.load(tmp_path / "exact_plan.npy")
    np.testing.assert_allclose(plan.sum(1), arr["a"], atol=1e-12)
    np.testing.assert_allclose(plan.sum(0), arr["b"], atol=1e-12)


@pytest.mark.parametrize("n, m, d, seed, eps", PROBLEMS)
def test_sliced_distance_and_plan_match_pot_with_the_same_projections(kernel, tmp_path, n, m, d, seed, eps):
    arr = make_problem(tmp_path, n, m, d, seed)
    out = java(kernel, tmp_path, 'var s = OT.sot(p, theta, 2);\nNpy.write(dir.resolve("sot_plan.npy"), s.plan());\n'
                                 'System.out.println(OT.sw(p, theta, 2) + " " + s.distance());')
    sw_pot = ot.sliced_wasserstein_distance(arr["x"], arr["y"], arr["a"], arr["b"], projections=arr["theta"], p=2)
    assert rel(float(out[0]), float(sw_pot)) <= SLICED_REL
    assert float(out[0]) == float(out[1])
    plan_pot, _ = ot.sliced.expected_sliced_plan(arr["x"], arr["y"], arr["a"], arr["b"], projections=arr["theta"], dense=True)
    assert plan_rel(np.load(tmp_path / "sot_plan.npy"), np.asarray(plan_pot)) <= SLICED_REL


def test_the_sinkhorn_magic_on_npy_files_agrees_with_pot(kernel, tmp_path):
    """%sinkhorn end to end: .npy paths in, `var r = %sinkhorn ...` keeps the report, eps is relative to max C."""
    arr = make_problem(tmp_path, 80, 70, 2, 5)
    np.save(tmp_path / "a_weights.npy", arr["a"])
    np.save(tmp_path / "b_weights.npy", arr["b"])
    r = kernel.execute(
        f'var r = %sinkhorn --source {tmp_path / "x.npy"} --target {tmp_path / "y.npy"} '
        f'--weights-a {tmp_path / "a_weights.npy"} --weights-b {tmp_path / "b_weights.npy"} '
        '--method eot,exact --eps 0.03 --tol 1e-12 --max-iter 100000 --plot none\n'
        f'Npy.write(Path.of("{tmp_path / "magic_eot.npy"}"), r.plan(OtMethod.EOT));\n'
        'System.out.println(r.epsAbsolute() + " " + r.cost(OtMethod.EOT) + " " + r.cost(OtMethod.EXACT) + " "'
        ' + r.run(OtMethod.EOT).relativeError());', timeout=180)
    assert r.status == "ok", r.error
    eps_abs, eot_cost, exact_cost, rel_err = map(float, r.stdout.split())
    cost = ot.dist(arr["x"], arr["y"])  # the magic uses |x - y|^2 unscaled; eps is 0.03 max C
    assert eps_abs == pytest.approx(0.03 * cost.max(), rel=1e-14)
    plan_pot = ot.sinkhorn(arr["a"], arr["b"], cost, eps_abs, stopThr=1e-12, numItermax=100_000)
    assert rel(eot_cost, float((plan_pot * cost).sum())) <= EOT_REL
    assert plan_rel(np.load(tmp_path / "magic_eot.npy"), plan_pot) <= EOT_REL
    assert rel(exact_cost, ot.emd2(arr["a"], arr["b"], cost, numItermax=10_000_000)) <= EXACT_REL
    assert rel_err == pytest.approx((eot_cost - exact_cost) / exact_cost, rel=1e-12)
