package lab.subspace.display.plotly;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import lab.subspace.display.Html;

/**
 * The text/html and text/plain forms of a converted figure.
 *
 * <p>The HTML draws the figure where the Plotly MIME type is not rendered (nbconvert HTML,
 * nbviewer): a div plus a loader script. JupyterLab 4 has no RequireJS and a {@code <script src>}
 * inserted with the output loads asynchronously, so the script draws at once if
 * {@code window.Plotly} exists, and otherwise loads the pinned plotly.js once per page (shared
 * promise) and draws when it has loaded. On pages that do have RequireJS (classic templates) it is
 * loaded through {@code require}: plotly.js up to 3.x registers itself as an anonymous AMD module
 * there (a plain script tag would fail with "Mismatched anonymous define()"), while 4.x sets
 * {@code window.Plotly} either way. Without JavaScript (GitHub) the div shows the summary.
 */
public final class FigureHtml {

    /** plotly.js pinned to the version bundled by the plotly 7.1 JupyterLab extension's line. */
    public static final String PLOTLY_JS_CDN = "https://cdn.jsdelivr.net/npm/plotly.js-dist-min@4.1.2/plotly.min.js";

    private static final int DEFAULT_HEIGHT = 450;

    private FigureHtml() {
    }

    /**
     * A div and loader script drawing {@code figure} (a tree from {@link FigureJson#toTree}).
     *
     * @param plotlyJsUrl where to load plotly.js from when the page has none (e.g. {@link #PLOTLY_JS_CDN})
     */
    public static String html(JsonObject figure, String plotlyJsUrl) {
        String id = "subspace-plot-" + UUID.randomUUID();
        // Gson's default HTML-safe escaping writes < > & ' = as \\u escapes: no "</script>" can
        // end the script early, whatever the titles contain.
        Gson htmlSafe = new Gson();
        String url = htmlSafe.toJson(plotlyJsUrl);
        String amdPath = htmlSafe.toJson(plotlyJsUrl.endsWith(".js") ? plotlyJsUrl.substring(0, plotlyJsUrl.length() - 3) : plotlyJsUrl);
        return "<div id=\"" + id + "\" class=\"subspace-plotly\" style=\"min-height:" + height(figure) + "px\">"
                + Html.escape(summary(figure)) + "</div>\n"
                + "<script type=\"text/javascript\">\n"
                + "(function () {\n"
                + "  var fig = " + htmlSafe.toJson(figure) + ";\n"
                + "  var el = document.getElementById(\"" + id + "\");\n"
                + "  if (!el) { return; }\n"
                + "  function draw(Plotly) { el.textContent = \"\"; Plotly.newPlot(el, fig.data, fig.layout); }\n"
                + "  function fail() { el.textContent = \"Could not load plotly.js from \" + " + url + "; }\n"
                + "  if (window.Plotly) { draw(window.Plotly); return; }\n"
                + "  if (typeof window.define === \"function\" && window.define.amd && typeof window.require === \"function\") {\n"
                + "    window.require.config({paths: {\"subspace-plotly\": " + amdPath + "}});\n"
                + "    window.require([\"subspace-plotly\"], function (P) { P = P || window.Plotly; if (!P) { fail(); return; } window.Plotly = P; draw(P); }, fail);\n"
                + "    return;\n"
                + "  }\n"
                + "  if (!window.subspacePlotlyLoading) {\n"
                + "    window.subspacePlotlyLoading = new Promise(function (resolve, reject) {\n"
                + "      var s = document.createElement(\"script\");\n"
                + "      s.src = " + url + ";\n"
                + "      s.onload = function () { if (window.Plotly) { resolve(window.Plotly); } else { reject(); } };\n"
                + "      s.onerror = reject;\n"
                + "      document.head.appendChild(s);\n"
                + "    });\n"
                + "  }\n"
                + "  window.subspacePlotlyLoading.then(draw, fail);\n"
                + "})();\n"
                + "</script>";
    }

    /** E.g. {@code Figure: Cost (3 traces: scatter, scatter, heatmap)}. */
    public static String summary(JsonObject figure) {
        List<String> types = new ArrayList<>();
        for (JsonElement trace : figure.getAsJsonArray("data")) {
            JsonElement type = trace.getAsJsonObject().get("type");
            types.add(type == null ? "?" : type.getAsString());
        }
        String title = title(figure);
        return "Figure" + (title.isEmpty() ? "" : ": " + title) + " (" + types.size()
                + (types.size() == 1 ? " trace: " : " traces: ") + String.join(", ", types) + ")";
    }

    private static String title(JsonObject figure) {
        JsonObject layout = figure.getAsJsonObject("layout");
        JsonElement title = layout == null ? null : layout.get("title");
        if (title != null && title.isJsonObject()) {
            title = title.getAsJsonObject().get("text");
        }
        return title != null && title.isJsonPrimitive() ? title.getAsString().replaceAll("\\s+", " ").strip() : "";
    }

    private static int height(JsonObject figure) {
        JsonObject layout = figure.getAsJsonObject("layout");
        JsonElement h = layout == null ? null : layout.get("height");
        return h != null && h.isJsonPrimitive() && h.getAsJsonPrimitive().isNumber() ? h.getAsInt() : DEFAULT_HEIGHT;
    }
}
