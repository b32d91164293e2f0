package lab.subspace.numerics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

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
 * <pre>{@code
 * Parallel.forRange(n, 64, null, (lo, hi) -> { for (int i = lo; i < hi; i++) out[i] = f(i); });
 * }</pre>
 */
public final class Parallel {

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

    private Parallel() {
    }

    /** Worker threads available to {@link #forRange}. */
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
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Future<?>> futures = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        ForkJoinPool pool = POOL;
        for (int lo = 0; lo < n; lo += size) {
            int from = lo;
            int to = Math.min(n, lo + size);
            ranges.add(new int[] {from, to});
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
