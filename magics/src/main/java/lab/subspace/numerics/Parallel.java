package lab.subspace.numerics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;

/**
 * Runs a loop over {@code [0, n)} in chunks on a fork-join pool while the calling thread
 * waits, reports progress and honours interrupts.
 *
 * <p>Why not a parallel stream: the kernel interrupts the cell's own thread, which a stream's
 * workers never see. Here the caller waits interruptibly; on an interrupt it stops handing out
 * chunks, waits for the running ones and throws {@link CancellationException}. Chunks write to
 * disjoint outputs, so results do not depend on scheduling.
 *
 * <p>Two ways to cut the loop: {@link #forRange} picks chunk sizes from the number of threads (for
 * loops whose chunks write disjoint outputs, where the split cannot change the numbers), and
 * {@link #forBlocks} runs a fixed {@link Blocks} split that depends on the loop length only (for
 * reductions: per-block partial sums combined in block order give the same bits on any machine,
 * with or without threads).
 *
 * <pre>{@code
 * Parallel.forRange(n, 64, null, (lo, hi) -> { for (int i = lo; i < hi; i++) out[i] = f(i); });
 *
 * Parallel.Blocks blocks = Parallel.Blocks.of(n, 16, 32);
 * double[] part = new double[blocks.count()];
 * Parallel.forBlocks(blocks, true, b -> { for (int i = blocks.start(b); i < blocks.end(b); i++) part[b] += x[i]; });
 * double sum = 0; for (double t : part) sum += t;      // same bits for any thread count
 * }</pre>
 */
public final class Parallel {

    /**
     * A split of {@code [0, n)} into consecutive blocks that depends only on {@code n} and the two
     * limits, never on the number of cores. Immutable.
     */
    public static final class Blocks {

        private static final int DEFAULT_BLOCKS = 16;
        private static final int DEFAULT_PER_BLOCK = 32;

        private final int[] bounds;

        private Blocks(int[] bounds) {
            this.bounds = bounds;
        }

        /** The default split: at most 16 blocks of at least 32 indices (rows of a matrix, say). */
        public static Blocks of(int n) {
            return of(n, DEFAULT_BLOCKS, DEFAULT_PER_BLOCK);
        }

        /**
         * At most {@code maxBlocks} blocks of at least {@code minPerBlock} indices each (one block
         * when n is smaller), of sizes differing by at most one.
         */
        public static Blocks of(int n, int maxBlocks, int minPerBlock) {
            if (n < 0 || maxBlocks < 1 || minPerBlock < 1) {
                throw new IllegalArgumentException("need n >= 0, maxBlocks >= 1 and minPerBlock >= 1, got n = " + n
                        + ", maxBlocks = " + maxBlocks + ", minPerBlock = " + minPerBlock);
            }
            int count = Math.max(1, Math.min(maxBlocks, n / minPerBlock));
            int[] bounds = new int[count + 1];
            for (int b = 0; b <= count; b++) {
                bounds[b] = (int) ((long) n * b / count);
            }
            return new Blocks(bounds);
        }

        /** Number of blocks. */
        public int count() {
            return bounds.length - 1;
        }

        /** First index of block {@code b}. */
        public int start(int b) {
            return bounds[b];
        }

        /** One past the last index of block {@code b}. */
        public int end(int b) {
            return bounds[b + 1];
        }
    }

    /** Body of a loop over the half-open index range {@code [lo, hi)}. */
    @FunctionalInterface
    public interface RangeBody {
        void run(int lo, int hi);
    }

    /**
     * Our own pool with one worker per processor: the common pool has processors - 1 workers
     * (the caller is expected to help), which on a 2-core machine means no parallelism at all
     * for a caller that only waits, as ours does. Fork-join workers are daemon threads.
     */
    private static final ForkJoinPool POOL = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));

    /** See {@link #worthForking}. */
    static final long FORK_MIN_WORK = 1L << 16;

    private Parallel() {
    }

    /**
     * Whether a loop of about {@code operations} element operations is worth handing to the pool:
     * below {@value #FORK_MIN_WORK}, submitting and waiting for the tasks costs more than it saves.
     */
    public static boolean worthForking(long operations) {
        return operations >= FORK_MIN_WORK;
    }

    /** Worker threads available to {@link #forRange} and {@link #forBlocks}. */
    public static int threads() {
        return POOL.getParallelism();
    }

    /**
     * Calls {@code body} on consecutive chunks covering {@code [0, n)}.
     *
     * @param n        loop length (0 does nothing)
     * @param grain    smallest chunk worth a task; a loop shorter than {@code 2 * grain} runs on
     *                 the calling thread
     * @param progress advanced by the chunk length as chunks finish (in index order); may be null
     * @param body     the work; must only write to outputs owned by its range
     * @throws CancellationException when the calling thread is interrupted
     */
    public static void forRange(int n, int grain, Progress progress, RangeBody body) {
        if (n <= 0) {
            return;
        }
        Interrupts.check();
        grain = Math.max(1, grain);
        int threads = threads();
        if (threads == 1 || n < 2 * grain) {
            runInline(n, grain, progress, body);
            return;
        }
        // Several chunks per thread balance uneven work (e.g. triangular loops) and keep
        // the interrupt latency to one chunk.
        int chunks = (int) Math.min((long) threads * 8, (n + (long) grain - 1) / grain);
        int size = (n + chunks - 1) / chunks;
        List<int[]> ranges = new ArrayList<>();
        for (int lo = 0; lo < n; lo += size) {
            ranges.add(new int[] {lo, Math.min(n, lo + size)});
        }
        runChunks(ranges, progress, body);
    }

    /**
     * Calls {@code body} once per block of {@code blocks} (with the block's index): on the pool
     * when {@code parallel} is true and there are several blocks, else in order on the calling
     * thread. The blocks, not the threads, decide what each call computes, so a caller that
     * combines per-block results in block order gets the same numbers either way.
     *
     * @throws CancellationException when the calling thread is interrupted
     */
    public static void forBlocks(Blocks blocks, boolean parallel, IntConsumer body) {
        int count = blocks.count();
        Interrupts.check();
        if (!parallel || count == 1 || threads() == 1) {
            for (int b = 0; b < count; b++) {
                body.accept(b);
            }
            return;
        }
        List<int[]> ranges = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            ranges.add(new int[] {b, b + 1});
        }
        runChunks(ranges, null, (b, next) -> body.accept(b));
    }

    /** Runs one task per range on the pool and waits for them in order, interruptibly. */
    private static void runChunks(List<int[]> ranges, Progress progress, RangeBody body) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Future<?>> futures = new ArrayList<>(ranges.size());
        ForkJoinPool pool = POOL;
        for (int[] range : ranges) {
            int from = range[0];
            int to = range[1];
            futures.add(pool.submit(() -> {
                if (cancelled.get()) {
                    return;
                }
                try {
                    body.run(from, to);
                } catch (Throwable t) {
                    // keep the original: ForkJoinTask.get() would rethrow a re-created copy
                    failure.compareAndSet(null, t);
                    cancelled.set(true);
                }
            }));
        }
        try {
            for (int i = 0; i < futures.size(); i++) {
                futures.get(i).get();
                if (failure.get() != null) {
                    awaitQuietly(futures);
                    rethrow(failure.get());
                }
                if (progress != null) {
                    progress.advance(ranges.get(i)[1] - ranges.get(i)[0]);
                }
                Interrupts.check();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled.set(true);
            awaitQuietly(futures);
            throw new CancellationException("Interrupted");
        } catch (CancellationException e) {
            cancelled.set(true);
            awaitQuietly(futures);
            throw e;
        } catch (ExecutionException e) {
            cancelled.set(true);
            awaitQuietly(futures);
            rethrow(e.getCause());
        }
    }

    private static void rethrow(Throwable t) {
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(t);
    }

    private static void runInline(int n, int grain, Progress progress, RangeBody body) {
        for (int lo = 0; lo < n; lo += grain) {
            Interrupts.check();
            int hi = Math.min(n, lo + grain);
            body.run(lo, hi);
            if (progress != null) {
                progress.advance(hi - lo);
            }
        }
    }

    /** Waits for started chunks so that none still writes to the outputs after we return. */
    private static void awaitQuietly(List<Future<?>> futures) {
        boolean interrupted = Thread.interrupted();
        for (Future<?> f : futures) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException | CancellationException e) {
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
