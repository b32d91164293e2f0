package lab.subspace.data;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;

/**
 * Reads and writes NumPy {@code .npy} files (format versions 1.0, 2.0 and 3.0), so that arrays
 * saved with {@code np.save} (activations, embeddings, weights) can be used from Java and results
 * read back in Python.
 *
 * <p>Reading accepts float16/32/64, int8/16/32/64, uint8/16/32/64 and bool, either byte order,
 * C or Fortran order and any number of dimensions; values come back as doubles in C order. Other
 * dtypes (complex, object, strings, structured, datetime) are refused with a message naming them.
 * Writing produces float64 (or float32) in C order, version 1.0 (2.0 for huge headers).
 *
 * <pre>{@code
 * DMatrixRMaj acts = Npy.read(Path.of("layer12.npy")).toMatrix();
 * Npy.write(Path.of("out.npy"), acts);                        // float64
 * Npy.write(Path.of("out32.npy"), acts, Npy.Precision.FLOAT32);
 * }</pre>
 *
 * Format reference: NumPy Enhancement Proposal 1 and {@code numpy.lib.format}.
 */
public final class Npy {

    /** Element type to write. */
    public enum Precision {
        FLOAT64, FLOAT32
    }

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int CHUNK_BYTES = 1 << 20;
    private static final int ALIGN = 64;

    private Npy() {
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a {@code .npy} file.
     *
     * @throws IllegalArgumentException when the file is missing, not a .npy file, truncated, or has an
     *                                  unsupported dtype (the message names the file and the problem)
     * @throws UncheckedIOException     on other I/O errors
     */
    public static NpyArray read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("file not found: " + path.toAbsolutePath());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads a {@code .npy} image held in memory. */
    public static NpyArray read(byte[] bytes) {
        try {
            return read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one array from a stream positioned at the magic string (the stream is not closed). */
    public static NpyArray read(InputStream in) throws IOException {
        byte[] prefix = new byte[8];
        if (readFully(in, prefix, 0, 8) < 8 || !startsWithMagic(prefix)) {
            throw new IllegalArgumentException("not a .npy file (it does not start with \\x93NUMPY)");
        }
        int major = prefix[6] & 0xFF;
        int minor = prefix[7] & 0xFF;
        if (major < 1 || major > 3) {
            throw new IllegalArgumentException("unsupported .npy format version " + major + "." + minor
                    + " (supported: 1.0, 2.0, 3.0)");
        }
        int lenBytes = major == 1 ? 2 : 4;
        byte[] lenBuf = new byte[lenBytes];
        if (readFully(in, lenBuf, 0, lenBytes) < lenBytes) {
            throw new IllegalArgumentException("truncated .npy header");
        }
        ByteBuffer lb = ByteBuffer.wrap(lenBuf).order(ByteOrder.LITTLE_ENDIAN);
        long headerLen = major == 1 ? (lb.getShort() & 0xFFFF) : (lb.getInt() & 0xFFFFFFFFL);
        if (headerLen > 1 << 24) {
            throw new IllegalArgumentException("implausible .npy header length " + headerLen);
        }
        byte[] headerBytes = new byte[(int) headerLen];
        if (readFully(in, headerBytes, 0, headerBytes.length) < headerBytes.length) {
            throw new IllegalArgumentException("truncated .npy header");
        }
        String text = new String(headerBytes, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        NpyHeader header = NpyHeader.parse(text);
        long count = 1;
        for (int d : header.shape()) {
            count *= d;
        }
        Memory.requireDoubles(count, "array of shape " + NpyArray.shapeString(header.shape()));
        double[] data = new double[(int) count];
        readData(in, header.dtype(), data);
        if (header.fortranOrder() && header.shape().length > 1) {
            data = fortranToC(data, header.shape());
        }
        return new NpyArray(header.shape(), header.dtype().name(), header.fortranOrder(), data);
    }

    private static void readData(InputStream in, NpyDtype dtype, double[] out) throws IOException {
        int item = dtype.itemSize();
        byte[] chunk = new byte[Math.max(item, CHUNK_BYTES - CHUNK_BYTES % item)];
        ByteBuffer buf = ByteBuffer.wrap(chunk).order(dtype.order());
        int done = 0;
        while (done < out.length) {
            Interrupts.check();
            int want = (int) Math.min(chunk.length / item, (long) out.length - done);
            int got = readFully(in, chunk, 0, want * item);
            if (got < want * item) {
                long expected = (long) out.length * item;
                long found = (long) done * item + got;
                throw new IllegalArgumentException("truncated .npy data: expected " + expected
                        + " bytes of " + dtype.name() + " but found " + found);
            }
            buf.clear();
            dtype.decode(buf, out, done, want);
            done += want;
        }
    }

    /** Column-major (first index fastest) to row-major (last index fastest), any rank. */
    static double[] fortranToC(double[] f, int[] shape) {
        int n = shape.length;
        double[] c = new double[f.length];
        int[] idx = new int[n];
        int[] cStride = new int[n];
        cStride[n - 1] = 1;
        for (int d = n - 2; d >= 0; d--) {
            cStride[d] = cStride[d + 1] * shape[d + 1];
        }
        int cPos = 0;
        // Walk the Fortran data in storage order, keeping the C position up to date.
        for (int p = 0; p < f.length; p++) {
            c[cPos] = f[p];
            for (int d = 0; d < n; d++) {
                idx[d]++;
                cPos += cStride[d];
                if (idx[d] < shape[d]) {
                    break;
                }
                cPos -= cStride[d] * shape[d];
                idx[d] = 0;
            }
        }
        return c;
    }

    private static boolean startsWithMagic(byte[] b) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (b[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static int readFully(InputStream in, byte[] b, int off, int len) throws IOException {
        int total = 0;
        while (total < len) {
            int r = in.read(b, off + total, len - total);
            if (r < 0) {
                break;
            }
            total += r;
        }
        return total;
    }

    // ---------------------------------------------------------------- writing

    /** Writes a matrix as a 2-D float64 array in C order. */
    public static void write(Path path, DMatrixRMaj m) {
        write(path, m, Precision.FLOAT64);
    }

    /** Writes a matrix as a 2-D array of the given precision in C order. */
    public static void write(Path path, DMatrixRMaj m, Precision precision) {
        write(path, NpyArray.of(flat(m), m.numRows, m.numCols), precision);
    }

    /** Writes a rectangular {@code double[rows][cols]} as a 2-D float64 array. */
    public static void write(Path path, double[][] a) {
        write(path, a, Precision.FLOAT64);
    }

    /** Writes a rectangular {@code double[rows][cols]} as a 2-D array of the given precision. */
    public static void write(Path path, double[][] a, Precision precision) {
        write(path, Matrices.of(a), precision);
    }

    /** Writes a vector as a 1-D float64 array. */
    public static void write(Path path, double[] v) {
        write(path, NpyArray.of(v, v.length), Precision.FLOAT64);
    }

    /** Writes any shape (its data in C order) with the given precision. */
    public static void write(Path path, NpyArray array, Precision precision) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), CHUNK_BYTES)) {
            write(out, array, precision);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** The bytes of a {@code .npy} file holding {@code array}. */
    public static byte[] toBytes(NpyArray array, Precision precision) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try {
            write(bos, array, precision);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bos.toByteArray();
    }

    /** Writes one array to a stream (the stream is not closed). */
    public static void write(OutputStream out, NpyArray array, Precision precision) throws IOException {
        boolean f32 = precision == Precision.FLOAT32;
        String dict = NpyHeader.format(f32 ? "<f4" : "<f8", array.shape());
        byte[] dictBytes = dict.getBytes(StandardCharsets.ISO_8859_1);
        int major = dictBytes.length + 1 + 10 > 65535 ? 2 : 1;
        int prefix = major == 1 ? 10 : 12;
        // Pad with spaces so that the data starts on a 64-byte boundary; the header ends in '\n'.
        int total = prefix + dictBytes.length + 1;
        int pad = (ALIGN - total % ALIGN) % ALIGN;
        int headerLen = dictBytes.length + pad + 1;
        ByteBuffer head = ByteBuffer.allocate(prefix + headerLen).order(ByteOrder.LITTLE_ENDIAN);
        head.put(MAGIC).put((byte) major).put((byte) 0);
        if (major == 1) {
            head.putShort((short) headerLen);
        } else {
            head.putInt(headerLen);
        }
        head.put(dictBytes);
        for (int i = 0; i < pad; i++) {
            head.put((byte) ' ');
        }
        head.put((byte) '\n');
        out.write(head.array());

        double[] data = array.data();
        int item = f32 ? 4 : 8;
        ByteBuffer buf = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        int per = CHUNK_BYTES / item;
        for (int start = 0; start < data.length; start += per) {
            Interrupts.check();
            int end = Math.min(data.length, start + per);
            buf.clear();
            for (int i = start; i < end; i++) {
                if (f32) {
                    buf.putFloat((float) data[i]);
                } else {
                    buf.putDouble(data[i]);
                }
            }
            out.write(buf.array(), 0, buf.position());
        }
    }

    private static double[] flat(DMatrixRMaj m) {
        int n = m.getNumElements();
        return m.data.length == n ? m.data : java.util.Arrays.copyOf(m.data, n);
    }
}
