package lab.subspace.display.plotly;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import lab.subspace.kernel.spi.MimeBundle;
import lab.subspace.kernel.spi.Renderer;
import tech.tablesaw.plotly.components.Figure;

/**
 * Shows a tablesaw-jsplot {@link Figure}: {@code application/vnd.plotly.v1+json} (drawn natively
 * by JupyterLab with the plotly extension), a {@code text/html} fallback that loads plotly.js
 * itself (nbconvert HTML, nbviewer), and a one-line {@code text/plain} summary.
 *
 * <pre>{@code
 * MimeBundle b = new FigureRenderer().render(Plots.lines("Cost").x("it", its).y("cost", cost).build());
 * }</pre>
 *
 * @throws FigureConversionException (from {@link #render}) when the figure cannot be converted
 */
public final class FigureRenderer implements Renderer<Figure> {

    private final String plotlyJsUrl;

    /** Loads plotly.js from {@link FigureHtml#PLOTLY_JS_CDN} in the HTML fallback. */
    public FigureRenderer() {
        this(FigureHtml.PLOTLY_JS_CDN);
    }

    /** Loads plotly.js from {@code plotlyJsUrl} in the HTML fallback (e.g. a local copy). */
    public FigureRenderer(String plotlyJsUrl) {
        if (plotlyJsUrl == null || plotlyJsUrl.isBlank()) {
            throw new IllegalArgumentException("plotlyJsUrl is blank");
        }
        this.plotlyJsUrl = plotlyJsUrl;
    }

    @Override
    public MimeBundle render(Figure figure) {
        JsonObject tree = FigureJson.toTree(figure);
        return new MimeBundle()
                .put(MimeBundle.PLOTLY, new GsonBuilder().disableHtmlEscaping().create().toJson(tree))
                .put(MimeBundle.HTML, FigureHtml.html(tree, plotlyJsUrl))
                .put(MimeBundle.TEXT, FigureHtml.summary(tree));
    }
}
