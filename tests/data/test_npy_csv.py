"""Researchers' data reaches the kernel as .npy (numpy, PyTorch exports) and CSV: files written by
numpy in every layout we support are read back exactly, through the real kernel."""
import numpy as np
import pytest

CASES = {
    "f64_c_2d": np.arange(12, dtype=np.float64).reshape(3, 4) / 7,
    "f64_f_2d": np.asfortranarray(np.arange(12, dtype=np.float64).reshape(3, 4) / 7),
    "f32_c_2d": (np.arange(12, dtype=np.float32).reshape(4, 3) / 3).astype(np.float32),
    "f32_f_2d": np.asfortranarray((np.arange(12, dtype=np.float32).reshape(4, 3) / 3).astype(np.float32)),
    "f64_1d": np.linspace(-1, 1, 5),
    "i32_2d": np.arange(6, dtype=np.int32).reshape(2, 3) - 3,
    "i64_f_2d": np.asfortranarray(np.arange(6, dtype=np.int64).reshape(3, 2) * 10**12),
    "u8_2d": np.arange(6, dtype=np.uint8).reshape(2, 3) * 40,
    "bool_1d": np.array([True, False, True]),
    "special": np.array([[np.nan, np.inf], [-np.inf, -0.0]]),
}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("npy")
    for name, arr in CASES.items():
        np.save(d / f"{name}.npy", arr)
    np.save(d / "complex.npy", np.array([1 + 2j]))
    return d


@pytest.mark.parametrize("name", CASES)
def test_numpy_files_read_back_exactly(kernel, files, name):
    src, back = files / f"{name}.npy", files / f"{name}.back.npy"
    r = kernel.execute(
        f'var a = Npy.read(Path.of("{src}"));\n'
        f'System.out.println(a.dtype() + " " + java.util.Arrays.toString(a.shape()) + " " + a.fortranOrder());\n'
        f'Npy.write(Path.of("{back}"), a.toMatrix());')
    assert r.status == "ok", r.error
    original = CASES[name]
    dtype, shape, fortran = r.stdout.split(" [")[0], r.stdout.split(" [")[1].split("]")[0], r.stdout.strip().endswith("true")
    assert shape.replace(" ", "") == ",".join(map(str, original.shape))
    assert fortran == (original.flags.f_contiguous and not original.flags.c_contiguous)
    assert dtype == original.dtype.name
    got = np.load(back)
    expected = original.astype(np.float64).reshape(got.shape)
    np.testing.assert_array_equal(got, expected)  # exact, NaN and signed zero included
    assert np.signbit(got).tolist() == np.signbit(expected).tolist()


def test_unsupported_dtype_is_a_clear_error(kernel, files):
    r = kernel.execute(f'Npy.read(Path.of("{files / "complex.npy"}"))')
    assert r.status == "error"
    assert "complex128" in r.error["evalue"] and "not supported" in r.error["evalue"]


def test_matrix_written_by_java_loads_in_numpy(kernel, tmp_path):
    out = tmp_path / "m.npy"
    r = kernel.execute(f'Npy.write(Path.of("{out}"), new double[][]{{{{1.5, -2}}, {{3, 1e-300}}}});')
    assert r.status == "ok", r.error
    np.testing.assert_array_equal(np.load(out), np.array([[1.5, -2], [3, 1e-300]]))


def test_csv_loads_into_a_tablesaw_table(kernel, tmp_path):
    csv = tmp_path / "m.csv"
    csv.write_text("name,x,y\na,1.5,2\nb,NA,3\nc,4,5\n")
    r = kernel.execute(f'var t = Csv.read(Path.of("{csv}"));\nt.rowCount() + " " + t.columnNames() + " " + t.doubleColumn("x").countMissing()')
    assert r.status == "ok", r.error
    assert r.result["text/plain"] == "3 [name, x, y] 1"
    r = kernel.execute("t")
    assert "<table" in r.result["text/html"]
