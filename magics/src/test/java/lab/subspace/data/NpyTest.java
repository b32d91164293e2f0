package lab.subspace.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Byte sequences built by hand from the .npy specification, and files written by NumPy. */
class NpyTest {

    @TempDir
    Path dir;

    /** A .npy image: magic, version, header length, header dict padded to 64 bytes, data. */
    static byte[] npy(int major, String dict, byte[] data) {
        byte[] h = dict.getBytes(major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        int prefix = major == 1 ? 10 : 12;
        int pad = (64 - (prefix + h.length + 1) % 64) % 64;
        ByteBuffer b = ByteBuffer.allocate(prefix + h.length + pad + 1 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        if (major == 1) {
            b.putShort((short) (h.length + pad + 1));
        } else {
            b.putInt(h.length + pad + 1);
        }
        b.put(h);
        for (int i = 0; i < pad; i++) {
            b.put((byte) ' ');
        }
        b.put((byte) '\n').put(data);
        return b.array();
    }

    static byte[] doubles(ByteOrder order, double... v) {
        ByteBuffer b = ByteBuffer.allocate(8 * v.length).order(order);
        for (double x : v) {
            b.putDouble(x);
        }
        return b.array();
    }

    @Test
    void readsLittleEndianFloat64COrder() {
        byte[] f = npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }",
                doubles(ByteOrder.LITTLE_ENDIAN, 1, 2, 3, 4, 5, 6));
        NpyArray a = Npy.read(f);
        assertArrayEquals(new int[] {2, 3}, a.shape());
        assertEquals("float64", a.dtype());
        assertFalse(a.fortranOrder());
        assertEquals(6.0, a.get(1, 2));
        DMatrixRMaj m = a.toMatrix();
        assertEquals(2, m.numRows);
        assertEquals(4.0, m.get(1, 0));
        assertArrayEquals(new double[] {4, 5, 6}, a.toArray()[1]);
    }

    @Test
    void readsFortranOrderIntoCOrder() {
        // Column-major storage of [[1, 2, 3], [4, 5, 6]] is 1 4 2 5 3 6.
        byte[] f = npy(1, "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }",
                doubles(ByteOrder.LITTLE_ENDIAN, 1, 4, 2, 5, 3, 6));
        NpyArray a = Npy.read(f);
        assertTrue(a.fortranOrder());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, a.data());
    }

    @Test
    void fortranOrderThreeDimensional() {
        int[] shape = {2, 3, 4};
        double[] f = new double[24];
        // value = 100 i + 10 j + k stored with the first index fastest
        int p = 0;
        for (int k = 0; k < 4; k++) {
            for (int j = 0; j < 3; j++) {
                for (int i = 0; i < 2; i++) {
                    f[p++] = 100 * i + 10 * j + k;
                }
            }
        }
        double[] c = Npy.fortranToC(f, shape);
        NpyArray a = new NpyArray(shape, "float64", false, c);
        assertEquals(123.0, a.get(1, 2, 3));
        assertEquals(12.0, a.get(0, 1, 2));
    }

    @Test
    void readsBigEndianInt32AndVersion2Header() {
        ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.BIG_ENDIAN).putInt(-7).putInt(0).putInt(123456789);
        NpyArray a = Npy.read(npy(2, "{'descr': '>i4', 'fortran_order': False, 'shape': (3,), }", b.array()));
        assertEquals("int32", a.dtype());
        assertArrayEquals(new double[] {-7, 0, 123456789}, a.data());
        DMatrixRMaj col = a.toMatrix();
        assertEquals(3, col.numRows);
        assertEquals(1, col.numCols);
    }

    @Test
    void readsVersion3Utf8Header() {
        NpyArray a = Npy.read(npy(3, "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }",
                ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(1.5f).putFloat(-2.25f).array()));
        assertArrayEquals(new double[] {1.5, -2.25}, a.data());
        assertEquals("float32", a.dtype());
    }

    @Test
    void readsSmallIntegerTypesBoolAndHalf() {
        assertArrayEquals(new double[] {-128, 127},
                Npy.read(npy(1, "{'descr': '|i1', 'fortran_order': False, 'shape': (2,), }",
                        new byte[] {(byte) 0x80, 0x7F})).data());
        assertArrayEquals(new double[] {255, 1},
                Npy.read(npy(1, "{'descr': '|u1', 'fortran_order': False, 'shape': (2,), }",
                        new byte[] {(byte) 0xFF, 1})).data());
        assertArrayEquals(new double[] {65535, -1},
                new double[] {
                    Npy.read(npy(1, "{'descr': '<u2', 'fortran_order': False, 'shape': (1,), }",
                            new byte[] {(byte) 0xFF, (byte) 0xFF})).data()[0],
                    Npy.read(npy(1, "{'descr': '<i2', 'fortran_order': False, 'shape': (1,), }",
                            new byte[] {(byte) 0xFF, (byte) 0xFF})).data()[0]});
        assertEquals(4294967295.0, Npy.read(npy(1, "{'descr': '<u4', 'fortran_order': False, 'shape': (1,), }",
                new byte[] {-1, -1, -1, -1})).data()[0]);
        assertEquals(-5.0, Npy.read(npy(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (1,), }",
                ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(-5).array())).data()[0]);
        assertEquals(18446744073709551615.0, Npy.read(npy(1, "{'descr': '<u8', 'fortran_order': False, 'shape': (1,), }",
                new byte[] {-1, -1, -1, -1, -1, -1, -1, -1})).data()[0]);
        NpyArray bools = Npy.read(npy(1, "{'descr': '|b1', 'fortran_order': False, 'shape': (3,), }",
                new byte[] {1, 0, 1}));
        assertEquals("bool", bools.dtype());
        assertArrayEquals(new double[] {1, 0, 1}, bools.data());
        // float16: 0x3C00 = 1, 0xC000 = -2, 0x0001 = 2^-24 (subnormal), 0x7C00 = +inf
        NpyArray half = Npy.read(npy(1, "{'descr': '<f2', 'fortran_order': False, 'shape': (4,), }",
                new byte[] {0x00, 0x3C, 0x00, (byte) 0xC0, 0x01, 0x00, 0x00, 0x7C}));
        assertArrayEquals(new double[] {1, -2, 0x1p-24, Double.POSITIVE_INFINITY}, half.data());
    }

    @Test
    void acceptsPython2LongSuffixAndScalarShape() {
        NpyArray a = Npy.read(npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (1L, 2L), }",
                doubles(ByteOrder.LITTLE_ENDIAN, 3, 4)));
        assertArrayEquals(new int[] {1, 2}, a.shape());
        NpyArray s = Npy.read(npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (), }",
                doubles(ByteOrder.LITTLE_ENDIAN, 9)));
        assertEquals(0, s.ndim());
        assertEquals(9.0, s.data()[0]);
    }

    @Test
    void unsupportedDtypesAreNamed() {
        String[][] cases = {
            {"<c16", "complex128"}, {"|O", "object"}, {"<U5", "str"}, {"|S3", "bytes"}, {"<M8[ns]", "datetime64"},
            {"<f16", "float128"},
        };
        for (String[] c : cases) {
            byte[] f = npy(1, "{'descr': '" + c[0] + "', 'fortran_order': False, 'shape': (1,), }", new byte[16]);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Npy.read(f));
            assertTrue(e.getMessage().contains(c[1]) && e.getMessage().contains(c[0]), e.getMessage());
        }
        byte[] structured = npy(1, "{'descr': [('x', '<f8'), ('y', '<i4')], 'fortran_order': False, 'shape': (1,), }",
                new byte[12]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Npy.read(structured));
        assertTrue(e.getMessage().contains("structured dtype"), e.getMessage());
    }

    @Test
    void nDimensionalArraysGiveShapeAndRefuseToBeMatrices() {
        double[] v = new double[24];
        for (int i = 0; i < 24; i++) {
            v[i] = i;
        }
        NpyArray a = Npy.read(npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3, 4), }",
                doubles(ByteOrder.LITTLE_ENDIAN, v)));
        assertArrayEquals(new int[] {2, 3, 4}, a.shape());
        assertEquals(23.0, a.get(1, 2, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, a::toMatrix);
        assertTrue(e.getMessage().contains("3-D with shape (2, 3, 4)"), e.getMessage());
        DMatrixRMaj m = a.reshape(-1, 4).toMatrix();
        assertEquals(6, m.numRows);
        assertEquals(23.0, m.get(5, 3));
        assertThrows(IllegalArgumentException.class, () -> a.reshape(5, -1));
    }

    @Test
    void truncatedAndForeignFilesAreReported() {
        byte[] f = npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (4,), }",
                doubles(ByteOrder.LITTLE_ENDIAN, 1, 2, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Npy.read(f));
        assertTrue(e.getMessage().contains("expected 32 bytes") && e.getMessage().contains("found 24"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Npy.read("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("not a .npy file"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Npy.read(dir.resolve("missing.npy")));
        assertTrue(e.getMessage().contains("file not found"), e.getMessage());
    }

    @Test
    void writerProducesTheSpecifiedBytes() {
        byte[] bytes = Npy.toBytes(NpyArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3), Npy.Precision.FLOAT64);
        byte[] expected = npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }",
                doubles(ByteOrder.LITTLE_ENDIAN, 1, 2, 3, 4, 5, 6));
        assertArrayEquals(expected, bytes);
        assertEquals(0, (bytes.length - 48) % 64, "data starts on a 64-byte boundary");
        byte[] one = Npy.toBytes(NpyArray.of(new double[] {7}, 1), Npy.Precision.FLOAT64);
        assertTrue(new String(one, StandardCharsets.ISO_8859_1).contains("'shape': (1,), }"));
    }

    @Test
    void roundTripsThroughFilesInBothPrecisions() throws Exception {
        DMatrixRMaj m = new DMatrixRMaj(new double[][] {{1.1, -2}, {3, 4.5}, {1e-300, 6}});
        Path p64 = dir.resolve("m64.npy");
        Npy.write(p64, m);
        NpyArray back = Npy.read(p64);
        assertArrayEquals(m.data, back.data());
        Path p32 = dir.resolve("m32.npy");
        Npy.write(p32, Matrices.toArray(m), Npy.Precision.FLOAT32);
        NpyArray back32 = Npy.read(p32);
        assertEquals("float32", back32.dtype());
        assertEquals((double) 1.1f, back32.get(0, 0));
        assertEquals(0.0, back32.get(2, 0));
        Path pv = dir.resolve("v.npy");
        Npy.write(pv, new double[] {1, 2, 3});
        assertArrayEquals(new int[] {3}, Npy.read(pv).shape());
        assertTrue(Files.size(pv) == 128 + 24);
    }

    @Test
    void largeArraysCrossChunkBoundaries() {
        int n = (1 << 20) / 8 * 3 + 5; // three 1 MB chunks and a bit
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i * 0.5;
        }
        NpyArray a = Npy.read(Npy.toBytes(NpyArray.of(v, n), Npy.Precision.FLOAT64));
        assertArrayEquals(v, a.data());
    }

    /** Files written by numpy (see src/test/resources/npy/make_fixtures.py). */
    @Test
    void readsFilesWrittenByNumpy() throws Exception {
        double[] expected = {0, 1.5, -2, 3.25, 4, -5.5};
        for (String name : new String[] {"f64_c.npy", "f64_f.npy", "f32_c.npy", "f32_f.npy", "f64_be.npy"}) {
            NpyArray a = read(name);
            assertArrayEquals(new int[] {2, 3}, a.shape(), name);
            assertArrayEquals(expected, a.data(), name);
            assertEquals(name.endsWith("_f.npy"), a.fortranOrder(), name);
        }
        NpyArray ints = read("i64_c.npy");
        assertEquals("int64", ints.dtype());
        assertArrayEquals(new double[] {-3, 0, 7, 2, 1, 1L << 40}, ints.data());
        NpyArray i8f = read("i8_f.npy");
        assertEquals("int8", i8f.dtype());
        assertArrayEquals(new double[] {-3, 0, 7, 2, 1, 100}, i8f.data());
        NpyArray u16 = read("u16_c.npy");
        assertArrayEquals(new double[] {0, 65535, 7}, u16.data());
        NpyArray b = read("bool.npy");
        assertArrayEquals(new double[] {1, 0, 0, 1}, b.data());
        NpyArray cube = read("f64_3d_f.npy");
        assertArrayEquals(new int[] {2, 3, 4}, cube.shape());
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 4; k++) {
                    assertEquals(100 * i + 10 * j + k, cube.get(i, j, k));
                }
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("c128.npy"));
        assertTrue(e.getMessage().contains("complex128"), e.getMessage());
    }

    private static NpyArray read(String name) throws Exception {
        return Npy.read(Path.of(NpyTest.class.getResource("/npy/" + name).toURI()));
    }
}
