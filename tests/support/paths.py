"""Where the build puts things, for tests that need the jars themselves."""
import glob
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KERNEL_JAR = ROOT / "kernel" / "target" / "subspace-kernel.jar"
KERNEL_LIB = ROOT / "kernel" / "target" / "lib"
PLUGINS = ROOT / "kernel" / "target" / "plugins"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def plain(text):
    """Text without ANSI colour codes."""
    return ANSI.sub("", text)


def javac():
    home = os.environ.get("JAVA_HOME")
    if home and Path(home, "bin", "javac").exists():
        return str(Path(home, "bin", "javac"))
    found = shutil.which("javac")
    assert found, "javac not found (set JAVA_HOME)"
    return found


def build_jar(source_dir, out_jar, classpath):
    """Compiles every .java under source_dir against classpath and packs classes + resources."""
    source_dir = Path(source_dir)
    classes = Path(out_jar).with_suffix(".classes")
    classes.mkdir(parents=True, exist_ok=True)
    sources = [str(p) for p in source_dir.rglob("*.java")]
    subprocess.run([javac(), "--release", "17", "-d", str(classes), "-cp", os.pathsep.join(map(str, classpath)), *sources],
                   check=True, capture_output=True, text=True)
    with zipfile.ZipFile(out_jar, "w") as jar:
        for f in classes.rglob("*.class"):
            jar.write(f, f.relative_to(classes).as_posix())
        for f in source_dir.rglob("*"):
            if f.is_file() and not f.name.endswith(".java"):
                jar.write(f, f.relative_to(source_dir).as_posix())
    return Path(out_jar)


def lib(prefix):
    matches = sorted(glob.glob(str(KERNEL_LIB / f"{prefix}*.jar")))
    assert matches, f"{prefix}*.jar not in {KERNEL_LIB}: build first (mvn package)"
    return Path(matches[0])
