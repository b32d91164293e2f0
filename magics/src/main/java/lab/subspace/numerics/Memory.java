package lab.subspace.numerics;

import java.util.Locale;

/**
 * Checks that a large allocation fits in the heap before it is made, so that a notebook user
 * gets a clear message naming the size instead of an {@link OutOfMemoryError} that can leave the
 * kernel unusable.
 *
 * <pre>{@code
 * Memory.requireDoubles((long) n * m, "distance matrix " + n + " x " + m);
 * double[] d = new double[n * m];
 * }</pre>
 */
public final class Memory {

    private Memory() {
    }

    /** Bytes the heap can still give: max heap minus what is in use now. */
    public static long availableBytes() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /**
     * @param count number of doubles about to be allocated
     * @param what  what they are for, used in the message (e.g. "Gram matrix 512 x 512")
     * @throws IllegalArgumentException when {@code count} doubles do not fit in the free heap, or
     *                                  a Java array cannot hold them
     */
    public static void requireDoubles(long count, String what) {
        requireBytes(count * Double.BYTES, what);
        if (count > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s needs %d entries, more than a Java array holds (2^31 - 9)", what, count));
        }
    }

    /**
     * For {@code count} dense {@code rows x cols} double matrices alive at once, each stored in one
     * Java array (as {@code DMatrixRMaj} does).
     *
     * <pre>{@code
     * Memory.requireMatrices(n, m, 2, "Sinkhorn kernel and plan");   // before two n x m matrices
     * }</pre>
     *
     * @param what what the matrices are, for the message (e.g. "cost matrix")
     * @throws IllegalArgumentException naming the shape and the size in GB when one matrix has more
     *                                  entries than a Java array holds or all of them do not fit in the free heap
     */
    public static void requireMatrices(long rows, long cols, int count, String what) {
        long cells = rows * cols;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: a %d x %d matrix (%.2f GB) has more than 2^31 entries, which a Java array cannot hold",
                    what, rows, cols, cells * 8.0 / 1e9));
        }
        requireBytes(cells * Double.BYTES * count, String.format(Locale.ROOT, "%s: %d x %d doubles (x%d)", what, rows, cols, count));
    }

    /**
     * @param bytes size of the allocation in bytes
     * @param what  what it is for, used in the message
     * @throws IllegalArgumentException when it does not fit in the free heap
     */
    public static void requireBytes(long bytes, String what) {
        if (bytes < 0) {
            throw new IllegalArgumentException(what + " has a negative or overflowing size");
        }
        long free = availableBytes();
        if (bytes > free) {
            // A GC may free enough: try once before refusing.
            System.gc();
            free = availableBytes();
        }
        if (bytes > free) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s needs %.2f GB but only %.2f GB of heap is free (max heap %.2f GB); "
                            + "use a smaller size or start the kernel with a larger -Xmx",
                    what, bytes / 1e9, free / 1e9, Runtime.getRuntime().maxMemory() / 1e9));
        }
    }
}
