"""The Binder configuration builds: binder/postBuild runs in a fresh Python environment with HOME
pointed at an empty folder (as Binder's notebook user), and the kernel it installs runs the tour."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat

from paths import ROOT


def tracked_files():
    out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True).stdout
    return [Path(p) for p in out.decode().split("\0") if p]


def test_binder_postbuild_installs_a_kernel_that_runs_the_tour(tmp_path):
    repo, home, venv = tmp_path / "repo", tmp_path / "home", tmp_path / "venv"
    for rel in tracked_files():
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, repo / rel)
    home.mkdir()
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    env = {k: v for k, v in os.environ.items()
           if k not in ("JUPYTER_PATH", "JUPYTER_DATA_DIR", "JUPYTER_CONFIG_DIR", "VIRTUAL_ENV", "PYTHONPATH")}
    env.update(HOME=str(home), PATH=f"{venv / 'bin'}{os.pathsep}{env['PATH']}", PIP_RETRIES="0",
               # reuse this machine's Maven cache instead of downloading everything again into the empty HOME
               MAVEN_OPTS=f"-Dmaven.repo.local={Path.home() / '.m2' / 'repository'}")
    for conf in (Path.home() / ".config" / "pip" / "pip.conf", Path.home() / ".pip" / "pip.conf"):
        if conf.exists():  # this machine's package index settings live in the real HOME
            env["PIP_CONFIG_FILE"] = str(conf)
            break
    subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "-r", str(repo / "binder" / "requirements.txt")],
                   env=env, check=True)

    build = subprocess.run(["bash", str(repo / "binder" / "postBuild")], cwd=repo, env=env, capture_output=True, text=True)
    assert build.returncode == 0, build.stdout + build.stderr
    spec = home / ".local" / "share" / "jupyter" / "kernels" / "subspace-java" / "kernel.json"
    assert spec.exists(), build.stdout
    listed = json.loads(subprocess.run([str(venv / "bin" / "jupyter"), "kernelspec", "list", "--json"], env=env,
                                       check=True, capture_output=True, text=True).stdout)["kernelspecs"]
    assert Path(listed["subspace-java"]["resource_dir"]) == spec.parent

    out = tmp_path / "tour-executed.ipynb"
    run = subprocess.run([str(venv / "bin" / "jupyter"), "execute", "--kernel_name=subspace-java", "--timeout=180",
                          f"--output={out}", str(repo / "notebooks" / "00-tour.ipynb")],
                         cwd=repo / "notebooks", env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    nb = nbformat.read(out, as_version=4)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("application/vnd.plotly.v1+json" in o.get("data", {}) for o in outputs)
