package lab.subspace.display;

import java.time.Duration;
import java.util.Locale;

import lab.subspace.kernel.spi.DisplayHandle;
import lab.subspace.kernel.spi.MimeBundle;
import lab.subspace.kernel.spi.Notebook;

/**
 * One progress bar that updates in place (update_display_data), never one output per step.
 *
 * <pre>{@code
 * try (Progress p = Progress.start("Sinkhorn", maxIter)) {
 *     for (int it = 0; it < maxIter; it++) { ...; p.step(); }
 * }
 * }</pre>
 *
 * Updates are rate-limited (at most one every {@value #MIN_INTERVAL_MS} ms); {@link #close()}
 * always sends the final state: 100% when the work completed, "stopped at k/n" when it ended
 * early (an exception or an interrupt). Outside a kernel it does nothing.
 */
public final class Progress implements AutoCloseable {

    static final long MIN_INTERVAL_MS = 100;

    private final String label;
    private final long total;
    private final long startNanos = System.nanoTime();
    private final long showAfterNanos;
    private DisplayHandle handle;
    private long done;
    private long lastRenderNanos;
    private String note = "";
    private boolean closed;

    private Progress(String label, long total, Duration showAfter) {
        this.label = label;
        this.total = total;
        this.showAfterNanos = showAfter.toNanos();
        if (showAfterNanos == 0) {
            show();
        }
    }

    /** A bar shown at once. {@code total <= 0} means the amount of work is unknown. */
    public static Progress start(String label, long total) {
        return new Progress(label, total, Duration.ZERO);
    }

    /**
     * A bar that appears only if the work is still running after {@code showAfter}: solvers use
     * this so that quick calls leave no trace and slow ones (over ~1 s) show their progress.
     */
    public static Progress start(String label, long total, Duration showAfter) {
        return new Progress(label, total, showAfter);
    }

    /** Advances by one unit of work. */
    public void step() {
        advance(1);
    }

    public synchronized void advance(long units) { // synchronized: parallel workers advance one bar
        set(done + units);
    }

    /** Sets the amount of work done so far. */
    public synchronized void set(long doneSoFar) {
        done = doneSoFar;
        long now = System.nanoTime();
        if (handle == null) {
            if (now - startNanos >= showAfterNanos) {
                show();
            }
            return;
        }
        if (now - lastRenderNanos >= MIN_INTERVAL_MS * 1_000_000L) {
            render(false);
        }
    }

    /** A short status shown after the bar (e.g. the current error). */
    public synchronized void note(String text) {
        note = text == null ? "" : text;
    }

    public synchronized long done() {
        return done;
    }

    public long total() {
        return total;
    }

    /** True once the bar is visible in the notebook. */
    public synchronized boolean shown() {
        return handle != null;
    }

    /** Finishes the bar: its final state stays as the (single) output. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (handle != null) {
            render(true);
        }
    }

    private void show() {
        lastRenderNanos = System.nanoTime();
        handle = Notebook.display(bundle(false), true);
    }

    private void render(boolean last) {
        lastRenderNanos = System.nanoTime();
        Notebook.update(handle.id(), bundle(last));
    }

    MimeBundle bundle(boolean last) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        boolean complete = total > 0 && done >= total;
        String state;
        if (last && !complete && total > 0) {
            state = Thread.currentThread().isInterrupted() ? "interrupted" : "stopped";
        } else if (last) {
            state = "done";
        } else {
            state = "";
        }
        double fraction = total > 0 ? Math.min(1.0, (double) done / total) : 0;
        String counts = total > 0 ? String.format(Locale.ROOT, "%d/%d", done, total) : done + " steps";
        String percent = total > 0 ? String.format(Locale.ROOT, "%3.0f%%", 100 * fraction) : "";
        String time = String.format(Locale.ROOT, "%.1f s", seconds);
        String tail = (state.isEmpty() ? "" : " " + state) + (note.isEmpty() ? "" : " · " + note);

        int width = 30;
        int filled = (int) Math.round(fraction * width);
        String bar = total > 0 ? "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " : "";
        String text = label + " " + bar + percent + " " + counts + " " + time + tail;

        String progress = total > 0
                ? "<progress value=\"" + Math.min(done, total) + "\" max=\"" + total + "\" style=\"width:20em\"></progress>"
                : "<progress style=\"width:20em\"></progress>";
        String html = "<div class=\"subspace-progress\" style=\"font-family:monospace\">"
                + Html.escape(label) + " " + progress + " " + Html.escape(percent + " " + counts + " " + time + tail)
                + "</div>";
        return new MimeBundle().put(MimeBundle.TEXT, text.replaceAll("\\s+", " ").trim()).put(MimeBundle.HTML, html);
    }
}
