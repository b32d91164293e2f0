package lab.subspace.data;

import java.util.Arrays;
import java.util.Locale;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.Memory;

/**
 * An array read from (or about to be written to) a NumPy {@code .npy} file: its shape, the dtype
 * it was stored with, whether the file was in Fortran order, and its values as doubles in C
 * (row-major) order whatever the file's order was.
 *
 * <p>The {@code data} array is not copied (arrays can be large): do not modify it if the record
 * is shared. {@link #shape()} returns a copy.
 *
 * <pre>{@code
 * NpyArray a = Npy.read(Path.of("acts.npy"));   // shape (800, 128), float32
 * DMatrixRMaj M = a.toMatrix();                  // 800 x 128
 * }</pre>
 *
 * @param shape        the dimensions; {@code []} for a 0-d (scalar) array
 * @param dtype        NumPy dtype name as stored in the file ("float32", "int64", "bool", ...)
 * @param fortranOrder whether the file stored the values in column-major order
 * @param data         all values in C order (the last index varies fastest)
 */
public record NpyArray(int[] shape, String dtype, boolean fortranOrder, double[] data) {

    public NpyArray {
        shape = shape.clone();
        long size = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 0) {
                throw new IllegalArgumentException("shape " + shapeString(shape) + " has a negative dimension");
            }
            size *= shape[i];
        }
        if (size != data.length) {
            throw new IllegalArgumentException("shape " + shapeString(shape) + " holds " + size
                    + " values but data has " + data.length);
        }
    }

    /** A float64, C-order array with the given shape (data not copied). */
    public static NpyArray of(double[] data, int... shape) {
        return new NpyArray(shape, "float64", false, data);
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** Number of dimensions. */
    public int ndim() {
        return shape.length;
    }

    /** Number of values. */
    public int size() {
        return data.length;
    }

    /** The value at a multi-index ({@code a.get(i, j)} for a matrix). */
    public double get(int... index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("index has " + index.length + " components but the array is "
                    + shape.length + "-D with shape " + shapeString(shape));
        }
        int flat = 0;
        for (int d = 0; d < shape.length; d++) {
            if (index[d] < 0 || index[d] >= shape[d]) {
                throw new IllegalArgumentException("index " + Arrays.toString(index) + " is outside shape "
                        + shapeString(shape));
            }
            flat = flat * shape[d] + index[d];
        }
        return data[flat];
    }

    /**
     * The same values with another shape (C order, like {@code numpy.reshape}); one dimension may
     * be -1 and is then inferred. The data array is shared.
     */
    public NpyArray reshape(int... newShape) {
        int[] s = newShape.clone();
        int infer = -1;
        long known = 1;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == -1) {
                if (infer >= 0) {
                    throw new IllegalArgumentException("reshape " + shapeString(s) + " has more than one -1");
                }
                infer = i;
            } else {
                known *= s[i];
            }
        }
        if (infer >= 0 && known > 0 && data.length % known == 0) {
            s[infer] = (int) (data.length / known);
        }
        long size = 1;
        for (int v : s) {
            size *= v;
        }
        if (size != data.length || (infer >= 0 && s[infer] < 0)) {
            throw new IllegalArgumentException("cannot reshape an array of shape " + shapeString(shape)
                    + " (" + data.length + " values) into " + shapeString(newShape));
        }
        return new NpyArray(s, dtype, false, data);
    }

    /**
     * The array as a matrix: a 2-D array keeps its shape; a 1-D array of length n becomes an
     * n x 1 column (one value per sample, as {@code pandas} treats a Series).
     *
     * @throws IllegalArgumentException for 0-d or N-D (N &gt; 2) arrays; use {@link #reshape} first
     */
    public DMatrixRMaj toMatrix() {
        requireMatrixShape();
        int rows = shape[0];
        int cols = shape.length == 2 ? shape[1] : 1;
        Memory.requireDoubles(data.length, "matrix " + rows + " x " + cols);
        return new DMatrixRMaj(rows, cols, true, data);
    }

    /** The array as {@code double[rows][cols]} (same shape rules as {@link #toMatrix()}). */
    public double[][] toArray() {
        requireMatrixShape();
        int rows = shape[0];
        int cols = shape.length == 2 ? shape[1] : 1;
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = Arrays.copyOfRange(data, i * cols, (i + 1) * cols);
        }
        return out;
    }

    /** A copy of the values of a 1-D array (or of any array flattened in C order). */
    public double[] toVector() {
        return data.clone();
    }

    private void requireMatrixShape() {
        if (shape.length != 1 && shape.length != 2) {
            throw new IllegalArgumentException("a matrix needs a 1-D or 2-D array but this one is "
                    + shape.length + "-D with shape " + shapeString(shape)
                    + "; reshape it first, e.g. reshape(-1, " + (shape.length > 0 ? shape[shape.length - 1] : 1)
                    + ") to keep the last axis as columns");
        }
    }

    /** NumPy-style shape text: {@code (3,)}, {@code (3, 4)}, {@code ()}. */
    public static String shapeString(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return sb.append(')').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyArray a && Arrays.equals(shape, a.shape) && dtype.equals(a.dtype)
                && fortranOrder == a.fortranOrder && Arrays.equals(data, a.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "NpyArray[shape=%s, dtype=%s%s]", shapeString(shape), dtype,
                fortranOrder ? ", fortran_order" : "");
    }
}
