"""Regenerates the .npy fixtures read by NpyTest: python3 make_fixtures.py (run in this folder)."""
import numpy as np

m = np.array([[0, 1.5, -2], [3.25, 4, -5.5]])
np.save("f64_c.npy", m)
np.save("f64_f.npy", np.asfortranarray(m))
np.save("f32_c.npy", m.astype(np.float32))
np.save("f32_f.npy", np.asfortranarray(m.astype(np.float32)))
np.save("f64_be.npy", m.astype(">f8"))
np.save("i64_c.npy", np.array([[-3, 0, 7], [2, 1, 1 << 40]], dtype=np.int64))
np.save("i8_f.npy", np.asfortranarray(np.array([[-3, 0, 7], [2, 1, 100]], dtype=np.int8)))
np.save("u16_c.npy", np.array([0, 65535, 7], dtype=np.uint16))
np.save("bool.npy", np.array([[True, False], [False, True]]))
i, j, k = np.meshgrid(np.arange(2), np.arange(3), np.arange(4), indexing="ij")
np.save("f64_3d_f.npy", np.asfortranarray((100 * i + 10 * j + k).astype(np.float64)))
np.save("c128.npy", np.array([1 + 2j, 3 - 1j]))
