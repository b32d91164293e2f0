package lab.subspace.numerics.ot;

import java.util.Locale;

/** Checks that a dense array fits in the heap before it is allocated (a clear error instead of OutOfMemoryError). */
final class Memory {

    private Memory() {
    }

    /**
     * @param rows  rows of each matrix
     * @param cols  columns of each matrix
     * @param count how many such double matrices will be alive at once
     * @param what  what the matrices are, for the message ("Sinkhorn kernel and plan")
     * @throws IllegalArgumentException naming the size in GB when it does not fit
     */
    static void requireDense(long rows, long cols, int count, String what) {
        long cells = rows * cols;
        long bytes = cells * 8L * count;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: a %d x %d matrix (%.2f GB) has more than 2^31 entries, which a Java array cannot hold",
                    what, rows, cols, cells * 8.0 / 1e9));
        }
        if (bytes <= available()) {
            return;
        }
        System.gc(); // what looks used may be garbage not yet collected
        long free = available();
        if (bytes > free) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: %d x %d doubles (x%d) need %.2f GB but only %.2f GB of heap is free (max heap %.2f GB); "
                            + "use fewer points or give the JVM a larger -Xmx",
                    what, rows, cols, count, bytes / 1e9, free / 1e9, Runtime.getRuntime().maxMemory() / 1e9));
        }
    }

    private static long available() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }
}
