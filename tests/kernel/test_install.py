"""The installer: a kernelspec Jupyter lists, removable again, and a clear refusal on a JRE."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from paths import KERNEL_JAR


def jupyter(*args, env):
    exe = Path(sys.executable).with_name("jupyter")
    return subprocess.run([str(exe), *args], env=env, check=True, capture_output=True, text=True).stdout


def java():
    home = os.environ.get("JAVA_HOME")
    return str(Path(home, "bin", "java")) if home else shutil.which("java")


def test_install_list_and_uninstall_with_prefix(tmp_path):
    prefix = tmp_path / "env"
    out = subprocess.run([java(), "-jar", str(KERNEL_JAR), "install", "--prefix", str(prefix), "--name", "t-java",
                          "--no-cds"], check=True, capture_output=True, text=True).stdout
    spec_dir = prefix / "share" / "jupyter" / "kernels" / "t-java"
    assert f"Installed kernelspec 't-java' in {spec_dir}" in out
    spec = json.loads((spec_dir / "kernel.json").read_text())
    assert spec["interrupt_mode"] == "message" and spec["language"] == "java"
    assert Path(spec["argv"][0]).is_absolute() and spec["argv"][-2:] == ["kernel", "{connection_file}"]
    jar = Path(spec["argv"][spec["argv"].index("-jar") + 1])
    assert jar.is_absolute() and jar.exists() and jar.parent == spec_dir
    assert (spec_dir / "logo-64x64.png").read_bytes()[:4] == b"\x89PNG"
    assert any(p.name.startswith("subspace-display") for p in (spec_dir / "plugins").iterdir())
    jvm = spec["argv"][1:spec["argv"].index("-jar")]
    assert f"-XX:CompilerDirectivesFile={spec_dir / 'compiler-directives.json'}" in jvm
    assert f"-XX:CompileCommandFile={spec_dir / 'compile-commands.txt'}" in jvm
    assert "com/sun/tools/javac/*.*" in (spec_dir / "compiler-directives.json").read_text()
    assert "-XX:+UseParallelGC" in jvm and "parallel garbage collector" in out

    env = {**os.environ, "JUPYTER_PATH": str(prefix / "share" / "jupyter")}
    listed = json.loads(jupyter("kernelspec", "list", "--json", env=env))["kernelspecs"]
    assert listed["t-java"]["resource_dir"] == str(spec_dir)

    out = subprocess.run([java(), "-jar", str(KERNEL_JAR), "uninstall", "--prefix", str(prefix), "--name", "t-java"],
                         check=True, capture_output=True, text=True).stdout
    assert "Removed kernelspec 't-java'" in out
    assert not spec_dir.exists()
    assert "t-java" not in json.loads(jupyter("kernelspec", "list", "--json", env=env))["kernelspecs"]


def test_default_jit_and_default_gc_leave_hotspot_as_it_is(tmp_path):
    subprocess.run([java(), "-jar", str(KERNEL_JAR), "install", "--prefix", str(tmp_path), "--name", "plain",
                    "--no-cds", "--default-jit", "--default-gc"], check=True, capture_output=True)
    spec_dir = tmp_path / "share" / "jupyter" / "kernels" / "plain"
    argv = json.loads((spec_dir / "kernel.json").read_text())["argv"]
    assert not any("Compile" in a or a.endswith("GC") for a in argv)
    assert not (spec_dir / "compiler-directives.json").exists()


def test_a_collector_in_java_opts_replaces_the_parallel_one(tmp_path):
    """Two collectors would keep the JVM from starting: the user's choice wins."""
    subprocess.run([java(), "-jar", str(KERNEL_JAR), "install", "--prefix", str(tmp_path), "--name", "g1",
                    "--no-cds", "--java-opts=-Xmx2g -XX:+UseG1GC"], check=True, capture_output=True)
    argv = json.loads((tmp_path / "share" / "jupyter" / "kernels" / "g1" / "kernel.json").read_text())["argv"]
    assert [a for a in argv if a.endswith("GC")] == ["-XX:+UseG1GC"] and "-Xmx2g" in argv


def test_bad_options_are_clear(tmp_path):
    r = subprocess.run([java(), "-jar", str(KERNEL_JAR), "install", "--prefix", str(tmp_path), "--user"],
                       capture_output=True, text=True)
    assert r.returncode != 0 and "Choose one of --user, --sys-prefix, --prefix" in r.stderr
    r = subprocess.run([java(), "-jar", str(KERNEL_JAR), "install", "--prefix", str(tmp_path), "--name", "bad name"],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "Invalid kernel name" in r.stderr


def test_refuses_a_runtime_without_jshell(tmp_path):
    jlink = Path(java()).resolve().with_name("jlink")
    runtime = tmp_path / "jre"
    subprocess.run([str(jlink), "--add-modules", "java.base,java.logging,java.desktop,java.management,java.sql",
                    "--output", str(runtime), "--no-header-files", "--no-man-pages", "--strip-debug"], check=True)
    r = subprocess.run([str(runtime / "bin" / "java"), "-jar", str(KERNEL_JAR), "install", "--prefix", str(tmp_path / "p")],
                       capture_output=True, text=True)
    assert r.returncode == 2
    assert "has no jdk.jshell module" in r.stderr and "full JDK 17 or newer" in r.stderr
    assert not (tmp_path / "p").exists()


def test_installed_kernel_maps_the_archive_its_runtime_wrote():
    """The kernelspec under test carries the archive kind of its JDK (AOT cache from 25, AppCDS before)
    and its JVM really maps it: with the strict modes a stale or unusable archive is an error."""
    from jupyter_client.kernelspec import KernelSpecManager
    from kernel_session import KERNEL_NAME
    spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    argv = spec.argv
    jvm = argv[1:argv.index("-jar")]
    version = subprocess.run([argv[0], "-version"], capture_output=True, text=True).stderr
    feature = int(version.split('"')[1].split(".")[0])
    if feature >= 25:
        [cache] = [o for o in jvm if o.startswith("-XX:AOTCache=")]
        assert cache.endswith("kernel.aot") and Path(cache.split("=", 1)[1]).is_file()
        strict = [*jvm, "-XX:AOTMode=on"]
    else:
        [archive] = [o for o in jvm if o.startswith("-XX:SharedArchiveFile=")]
        assert archive.endswith("kernel.jsa") and Path(archive.split("=", 1)[1]).is_file()
        strict = [o if o != "-Xshare:auto" else "-Xshare:on" for o in jvm]
    r = subprocess.run([argv[0], *strict, *argv[argv.index("-jar"):argv.index("-jar") + 2], "--version"],
                       capture_output=True, text=True)
    assert r.returncode == 0 and f"on Java {feature}" in r.stdout, r.stdout + r.stderr
