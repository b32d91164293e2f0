package lab.subspace.numerics.ot;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * A fixed split of matrix rows into blocks, run sequentially or on the common fork-join pool.
 *
 * <p>The split depends only on the number of rows (never on the number of cores), and callers
 * combine per-block partial results in block order, so parallel and sequential runs give the same
 * numbers bit for bit.
 */
final class RowBlocks {

    private static final int MAX_BLOCKS = 16;
    private static final int MIN_ROWS_PER_BLOCK = 32;
    /** Below this many matrix entries per call, forking costs more than it saves. */
    private static final long PARALLEL_MIN_WORK = 1L << 16;

    private final int[] bounds;
    private final boolean parallel;

    /**
     * @param rows     number of rows to split
     * @param cols     row length (decides whether forking pays)
     * @param parallel whether to use several threads when the work is large enough
     */
    RowBlocks(int rows, int cols, boolean parallel) {
        int count = Math.max(1, Math.min(MAX_BLOCKS, rows / MIN_ROWS_PER_BLOCK));
        bounds = new int[count + 1];
        for (int b = 0; b <= count; b++) {
            bounds[b] = (int) ((long) rows * b / count);
        }
        this.parallel = parallel && count > 1 && (long) rows * cols >= PARALLEL_MIN_WORK;
    }

    int count() {
        return bounds.length - 1;
    }

    int start(int block) {
        return bounds[block];
    }

    int end(int block) {
        return bounds[block + 1];
    }

    /** Runs {@code task} once per block index; returns when all blocks are done. */
    void run(IntConsumer task) {
        if (parallel) {
            IntStream.range(0, count()).parallel().forEach(task);
        } else {
            for (int b = 0; b < count(); b++) {
                task.accept(b);
            }
        }
    }
}
