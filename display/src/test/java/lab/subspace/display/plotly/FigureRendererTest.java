package lab.subspace.display.plotly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import lab.subspace.kernel.spi.MimeBundle;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.HeatmapTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;

class FigureRendererTest {

    private static Figure figure(String title) {
        return new Figure(Layout.builder(title).build(),
                ScatterTrace.builder(new double[] {1, 2}, new double[] {3, Double.NaN}).name("a").build(),
                ScatterTrace.builder(new double[] {1, 2}, new double[] {4, 5}).name("b").build(),
                HeatmapTrace.builder(new Object[] {1, 2}, new Object[] {"r"}, new double[][] {{1, 2}}).build());
    }

    @Test
    void bundleHasPlotlyJsonHtmlAndTextInThatOrder() {
        MimeBundle b = new FigureRenderer().render(figure("Cost"));
        assertEquals(List.of(MimeBundle.PLOTLY, MimeBundle.HTML, MimeBundle.TEXT), List.copyOf(b.data().keySet()));
        JsonObject json = JsonAssert.strict(b.get(MimeBundle.PLOTLY));
        assertEquals(3, json.getAsJsonArray("data").size());
        assertTrue(json.getAsJsonArray("data").get(0).getAsJsonObject().getAsJsonArray("y").get(1).isJsonNull());
        assertEquals("Figure: Cost (3 traces: scatter, scatter, heatmap)", b.get(MimeBundle.TEXT));
    }

    @Test
    void summaryWithoutTitleAndSingularTrace() {
        MimeBundle b = new FigureRenderer().render(new Figure(ScatterTrace.builder(new double[] {1}, new double[] {2}).build()));
        assertEquals("Figure (1 trace: scatter)", b.get(MimeBundle.TEXT));
    }

    @Test
    void htmlFallbackLoadsPinnedPlotlyWithoutRequireJsAndDrawsTheSameFigure() {
        String html = new FigureRenderer().render(figure("Cost")).get(MimeBundle.HTML);
        Matcher div = Pattern.compile("<div id=\"(subspace-plot-[0-9a-f-]+)\"").matcher(html);
        assertTrue(div.find(), html);
        assertTrue(html.contains("document.getElementById(\"" + div.group(1) + "\")"), "script targets its own div");
        assertTrue(html.contains("if (window.Plotly) { draw(window.Plotly); return; }"));
        assertTrue(html.contains("document.createElement(\"script\")"));
        assertTrue(html.contains("s.src = \"" + FigureHtml.PLOTLY_JS_CDN + "\""));
        assertTrue(html.contains("s.onload"));
        assertFalse(html.contains("require(['plotly']"), "JupyterLab 4 has no RequireJS");
        assertTrue(html.contains("Plotly.newPlot(el, fig.data, fig.layout)"));
        assertTrue(html.contains("Figure: Cost (3 traces"), "text shown where scripts do not run");
        Matcher fig = Pattern.compile("var fig = (\\{.*\\});\n").matcher(html);
        assertTrue(fig.find());
        assertEquals(JsonAssert.strict(new FigureRenderer().render(figure("Cost")).get(MimeBundle.PLOTLY)), JsonAssert.strict(fig.group(1)));
    }

    @Test
    void titleCannotBreakOutOfTheScriptOrTheDiv() {
        String evil = "</script><script>alert(1)</script> <b>&";
        MimeBundle b = new FigureRenderer().render(figure(evil));
        String html = b.get(MimeBundle.HTML);
        assertEquals(1, html.split("</script>", -1).length - 1, "only the loader's own closing tag");
        assertFalse(html.contains("<b>"), html);
        assertTrue(b.get(MimeBundle.PLOTLY).contains(evil), "the JSON keeps the title as typed");
    }

    @Test
    void customPlotlyUrlIsUsedAndBlankRejected() {
        String html = new FigureRenderer("file:///opt/plotly.min.js").render(figure("t")).get(MimeBundle.HTML);
        assertTrue(html.contains("s.src = \"file:///opt/plotly.min.js\""));
        assertTrue(html.contains("\"subspace-plotly\": \"file:///opt/plotly.min\""), "RequireJS path without .js");
        assertThrows(IllegalArgumentException.class, () -> new FigureRenderer(" "));
    }

    @Test
    void eachOutputGetsItsOwnDiv() {
        String a = new FigureRenderer().render(figure("t")).get(MimeBundle.HTML);
        String b = new FigureRenderer().render(figure("t")).get(MimeBundle.HTML);
        assertFalse(a.substring(0, 60).equals(b.substring(0, 60)));
    }
}
