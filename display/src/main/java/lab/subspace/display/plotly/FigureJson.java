package lab.subspace.display.plotly;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Converts a tablesaw-jsplot 0.44.4 {@link Figure} to Plotly's JSON figure
 * {@code {"data": [...], "layout": {...}}}, the content of the
 * {@code application/vnd.plotly.v1+json} MIME type.
 *
 * <pre>{@code
 * Figure fig = ScatterPlot.create("Cost", table, "iteration", "cost");
 * String json = FigureJson.toJson(fig);     // {"data":[{"x":[1,2,...],...}],"layout":{...}}
 * }</pre>
 *
 * <p>jsplot has no JSON API: its traces and layout only print JavaScript from Pebble templates
 * ({@code var trace0 = {...};}). Each trace's and the layout's output is unwrapped, parsed
 * leniently ({@link JsLiteralParser}: unquoted names, trailing commas as in heatmap {@code z},
 * NaN/Infinity to null, single-quoted HTML-escaped strings with literal backslashes) and repaired
 * ({@link PlotlyRepairs}: numbers printed as strings, "null" strings, quoted opacity and tick
 * settings, quoted booleans, blank default names, string titles to {@code {text: ...}} with
 * {@code titlefont} moved into them, the misspelled {@code showspike}, out-of-range grid gaps).
 *
 * <p>The result is never a silently blank chart: a figure without traces, a trace without a type,
 * or template output that cannot be read throws {@link FigureConversionException} naming the
 * trace and the place.
 */
public final class FigureJson {

    private static final Pattern WRAPPER = Pattern.compile("\\A\\s*var\\s+[A-Za-z_$][\\w$]*\\s*=");

    private FigureJson() {
    }

    /** The figure as compact JSON text. */
    public static String toJson(Figure figure) {
        return new GsonBuilder().disableHtmlEscaping().create().toJson(toTree(figure));
    }

    /** The figure as a Gson tree with {@code data} and {@code layout}. */
    public static JsonObject toTree(Figure figure) {
        Trace[] traces = figure.getTraces();
        if (traces == null || traces.length == 0) {
            throw new FigureConversionException("The figure has no traces: there is nothing to draw");
        }
        JsonArray data = new JsonArray();
        for (int i = 0; i < traces.length; i++) {
            if (traces[i] == null) {
                throw new FigureConversionException("Trace " + i + " of the figure is null");
            }
            data.add(trace(traces[i], i));
        }
        JsonObject out = new JsonObject();
        out.add("data", data);
        out.add("layout", layout(figure.getLayout()));
        return out;
    }

    static JsonObject trace(Trace trace, int index) {
        String what = "trace " + index + " (" + trace.getClass().getSimpleName() + ")";
        JsonObject obj = JsLiteralParser.parseObject(unwrap(render(() -> trace.asJavascript(index), what), what), what);
        PlotlyRepairs.trace(obj);
        JsonElement type = obj.get("type");
        if (type == null || !type.isJsonPrimitive() || type.getAsString().isBlank()) {
            throw new FigureConversionException("Cannot convert " + what + " to Plotly JSON: it has no trace type");
        }
        return obj;
    }

    static JsonObject layout(Layout layout) {
        if (layout == null) {
            return new JsonObject();
        }
        String what = "the layout";
        JsonObject obj = JsLiteralParser.parseObject(unwrap(render(layout::asJavascript, what), what), what);
        PlotlyRepairs.layout(obj);
        return obj;
    }

    private static String render(Supplier<String> source, String what) {
        String js;
        try {
            js = source.get();
        } catch (RuntimeException e) {
            throw (FigureConversionException) new FigureConversionException(
                    "tablesaw-jsplot failed to write " + what + ": " + e).initCause(e);
        }
        if (js == null || js.isBlank()) {
            // jsplot catches template errors, prints them and returns what it wrote so far.
            throw new FigureConversionException("tablesaw-jsplot wrote nothing for " + what);
        }
        return js;
    }

    /** {@code var trace0 = {...};} to {@code {...}}. */
    private static String unwrap(String js, String what) {
        Matcher m = WRAPPER.matcher(js);
        if (!m.find()) {
            String start = js.strip();
            throw new FigureConversionException("Cannot convert " + what + " to Plotly JSON: expected 'var name = {...}' but it starts with \""
                    + start.substring(0, Math.min(40, start.length())) + "\"");
        }
        String body = js.substring(m.end()).strip();
        return body.endsWith(";") ? body.substring(0, body.length() - 1) : body;
    }
}
