package lab.subspace.display.plots;

import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;

/**
 * What every figure builder of {@link lab.subspace.display.Plots} shares: the title, axis titles,
 * log axes and size. Builders are mutable and not thread-safe; {@link #build()} may be called
 * more than once.
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
public abstract class FigureBuilder<B extends FigureBuilder<B>> {

    final String title;
    String xTitle;
    String yTitle;
    boolean logX;
    boolean logY;
    int width = 720;
    int height = 450;

    FigureBuilder(String title) {
        this.title = title;
    }

    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }

    public B xTitle(String text) {
        xTitle = text;
        return self();
    }

    public B yTitle(String text) {
        yTitle = text;
        return self();
    }

    /** Logarithmic x axis. */
    public B logX() {
        logX = true;
        return self();
    }

    /** Logarithmic y axis. */
    public B logY() {
        logY = true;
        return self();
    }

    /** Logarithmic x and y axes. */
    public B logLog() {
        return logX().logY();
    }

    /** Size in pixels (default 720 × 450). */
    public B size(int widthPx, int heightPx) {
        if (widthPx < 50 || heightPx < 50) {
            throw new IllegalArgumentException("A figure of " + widthPx + " × " + heightPx + " px is too small to draw (at least 50 × 50)");
        }
        width = widthPx;
        height = heightPx;
        return self();
    }

    /** The jsplot figure, ready for {@code FigureRenderer} or jsplot's own pages. */
    public abstract Figure build();

    final Layout.LayoutBuilder layout() {
        Layout.LayoutBuilder b = Layout.builder().width(width).height(height);
        if (title != null && !title.isBlank()) {
            b.title(title);
        }
        return b;
    }

    static Axis axis(String title, boolean log) {
        Axis.AxisBuilder a = Axis.builder();
        if (title != null) {
            a.title(title);
        }
        if (log) {
            a.type(Axis.Type.LOG);
        }
        return a.build();
    }

    final String label() {
        return title == null || title.isBlank() ? "the figure" : "figure '" + title + "'";
    }
}
