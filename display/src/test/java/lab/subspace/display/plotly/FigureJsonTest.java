package lab.subspace.display.plotly;

import static lab.subspace.display.plotly.JsonAssert.noEntities;
import static lab.subspace.display.plotly.JsonAssert.numbersOrNull;
import static lab.subspace.display.plotly.JsonAssert.strict;
import static lab.subspace.display.plotly.JsonAssert.title;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.BoxPlot;
import tech.tablesaw.plotly.api.Heatmap;
import tech.tablesaw.plotly.api.Histogram;
import tech.tablesaw.plotly.api.LinePlot;
import tech.tablesaw.plotly.api.Scatter3DPlot;
import tech.tablesaw.plotly.api.ScatterPlot;
import tech.tablesaw.plotly.api.VerticalBarPlot;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.ColorBar;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Font;
import tech.tablesaw.plotly.components.Grid;
import tech.tablesaw.plotly.components.HoverLabel;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.components.TickSettings;
import tech.tablesaw.plotly.traces.AbstractTrace;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.ContourTrace;
import tech.tablesaw.plotly.traces.HeatmapTrace;
import tech.tablesaw.plotly.traces.HistogramTrace;
import tech.tablesaw.plotly.traces.PieTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

class FigureJsonTest {

    private static final String NASTY = "O'Brien <b>\"q\"</b> C:\\new & \\u00e9\nline 2 é ∑";

    private static Table table() {
        return Table.create("t",
                DoubleColumn.create("x", 1, 2, Double.NaN, 4),
                DoubleColumn.create("y", 1.5, Double.NaN, 3, 1e-9),
                StringColumn.create("g", "a", "b", "a", "b"),
                IntColumn.create("n", 1, 2, 3, 4));
    }

    /** Converts, checks the JSON text is strict JSON without entities, returns the tree. */
    private static JsonObject convert(Figure fig) {
        String json = FigureJson.toJson(fig);
        JsonObject tree = strict(json);
        noEntities(tree);
        return tree;
    }

    private static JsonObject trace(JsonObject fig, int i) {
        return fig.getAsJsonArray("data").get(i).getAsJsonObject();
    }

    private static JsonObject layout(JsonObject fig) {
        return fig.getAsJsonObject("layout");
    }

    @Test
    void scatterPlotNumbersPrintedAsStringsBecomeNumbersAndNull() {
        JsonObject t = trace(convert(ScatterPlot.create("s", table(), "x", "y")), 0);
        JsonArray x = t.getAsJsonArray("x");
        numbersOrNull(x);
        numbersOrNull(t.getAsJsonArray("y"));
        assertEquals(1.0, x.get(0).getAsDouble());
        assertTrue(x.get(2).isJsonNull(), "missing value (\"null\") is JSON null");
        assertEquals(1e-9, t.getAsJsonArray("y").get(3).getAsDouble());
        assertEquals("scatter", t.get("type").getAsString());
        assertEquals("markers", t.get("mode").getAsString());
    }

    @Test
    void titleWithQuotesAngleBracketsBackslashesNewlinesAndUnicodeIsKeptExactly() {
        JsonObject fig = convert(ScatterPlot.create(NASTY, table(), "x", "y"));
        title(NASTY, layout(fig).get("title"));
    }

    @Test
    void layoutAndAxisTitlesBecomeTextObjects() {
        JsonObject l = layout(convert(LinePlot.create("Cost", table(), "x", "y")));
        title("Cost", l.get("title"));
        title("x", l.getAsJsonObject("xaxis").get("title"));
        title("y", l.getAsJsonObject("yaxis").get("title"));
        assertEquals("lines", trace(convert(LinePlot.create("Cost", table(), "x", "y")), 0).get("mode").getAsString());
    }

    @Test
    void blankAxisTitlesAreDropped() {
        Layout layout = Layout.builder().xAxis(Axis.builder().type(Axis.Type.LOG).build()).build();
        JsonObject x = layout(convert(new Figure(layout, ScatterTrace.builder(new double[] {1}, new double[] {2}).build()))).getAsJsonObject("xaxis");
        assertFalse(x.has("title"), "jsplot prints title: '' for an axis without title");
        assertEquals("log", x.get("type").getAsString());
    }

    @Test
    void logAxesAreKept() {
        Layout layout = Layout.builder("log-log").xAxis(Axis.builder().title("n").type(Axis.Type.LOG).build())
                .yAxis(Axis.builder().title("W1").type(Axis.Type.LOG).build()).build();
        JsonObject l = layout(convert(new Figure(layout, ScatterTrace.builder(new double[] {1, 10}, new double[] {1, 0.1}).build())));
        assertEquals("log", l.getAsJsonObject("xaxis").get("type").getAsString());
        assertEquals("log", l.getAsJsonObject("yaxis").get("type").getAsString());
    }

    @Test
    void barPlotKeepsCategoriesAndMapsNaNToNull() {
        JsonObject t = trace(convert(VerticalBarPlot.create("bar", table(), "g", "y")), 0);
        assertEquals(List.of("a", "b", "a", "b"), strings(t.getAsJsonArray("x")));
        numbersOrNull(t.getAsJsonArray("y"));
        assertTrue(t.getAsJsonArray("y").get(1).isJsonNull());
        assertEquals("bar", t.get("type").getAsString());
    }

    @Test
    void histogramOpacityAndValuesAreNumbers() {
        JsonObject t = trace(convert(Histogram.create("hist", table(), "y")), 0);
        assertTrue(t.get("opacity").getAsJsonPrimitive().isNumber(), "jsplot prints opacity: '1.0'");
        assertEquals(1.0, t.get("opacity").getAsDouble());
        numbersOrNull(t.getAsJsonArray("x"));
        assertTrue(t.getAsJsonArray("x").get(1).isJsonNull());
        JsonObject half = trace(convert(new Figure(HistogramTrace.builder(new double[] {1, 2, 2}).opacity(0.5).build())), 0);
        assertEquals(0.5, half.get("opacity").getAsDouble());
    }

    @Test
    void heatmapRowsWithTrailingCommasParseToARectangle() {
        JsonObject t = trace(convert(Heatmap.create("heat", table(), "g", "n")), 0);
        JsonArray z = t.getAsJsonArray("z");
        assertEquals(2, z.size());
        for (int r = 0; r < 2; r++) {
            assertEquals(4, z.get(r).getAsJsonArray().size(), "row " + r);
        }
        numbersOrNull(z);
        numbersOrNull(t.getAsJsonArray("x")); // labels "1".."4" printed as strings
        assertEquals(List.of("a", "b"), strings(t.getAsJsonArray("y")));
    }

    @Test
    void heatmapAndContourNonFiniteValuesBecomeNull() {
        double[][] z = {{1, Double.NaN}, {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}};
        for (Trace tr : new Trace[] {
                HeatmapTrace.builder(new Object[] {1, 2}, new Object[] {"a", "b"}, z).build(),
                ContourTrace.builder(new Object[] {1, 2}, new Object[] {"a", "b"}, z).build()}) {
            JsonArray rows = trace(convert(new Figure(tr)), 0).getAsJsonArray("z");
            numbersOrNull(rows);
            assertEquals(1.0, rows.get(0).getAsJsonArray().get(0).getAsDouble());
            assertTrue(rows.get(0).getAsJsonArray().get(1).isJsonNull());
            assertTrue(rows.get(1).getAsJsonArray().get(0).isJsonNull());
            assertTrue(rows.get(1).getAsJsonArray().get(1).isJsonNull());
        }
    }

    @Test
    void boxPlotConverts() {
        JsonObject t = trace(convert(BoxPlot.create("box", table(), "g", "y")), 0);
        assertEquals("box", t.get("type").getAsString());
        numbersOrNull(t.getAsJsonArray("y"));
        assertTrue(t.getAsJsonArray("y").get(1).isJsonNull());
    }

    @Test
    void scatter3dSceneAxisTitlesAndGroupsWithNames() {
        JsonObject fig = convert(Scatter3DPlot.create("3d", table(), "x", "y", "n", "g"));
        JsonObject scene = layout(fig).getAsJsonObject("scene");
        title("x", scene.getAsJsonObject("xaxis").get("title"));
        title("n", scene.getAsJsonObject("zaxis").get("title"));
        assertEquals("a", trace(fig, 0).get("name").getAsString());
        assertEquals("b", trace(fig, 1).get("name").getAsString());
        assertEquals("scatter3d", trace(fig, 1).get("type").getAsString());
        numbersOrNull(trace(fig, 0).getAsJsonArray("x"));
        assertTrue(trace(fig, 0).getAsJsonArray("x").get(1).isJsonNull(), "NaN printed by Arrays.toString");
    }

    @Test
    void traceNamesAreKeptUnescapedAndBlankDefaultNamesDropped() {
        Trace named = ScatterTrace.builder(new double[] {1}, new double[] {2}).name(NASTY).build();
        Trace unnamed = ScatterTrace.builder(new double[] {1}, new double[] {3}).build();
        JsonObject fig = convert(new Figure(named, unnamed));
        assertEquals(NASTY, trace(fig, 0).get("name").getAsString());
        assertFalse(trace(fig, 1).has("name"), "jsplot's name: '' would be a blank legend entry");
    }

    @Test
    void groupedScatterKeepsOneNamedTracePerGroup() {
        JsonObject fig = convert(ScatterPlot.create("grp", table(), "x", "y", "g"));
        assertEquals(2, fig.getAsJsonArray("data").size());
        assertEquals("a", trace(fig, 0).get("name").getAsString());
        assertEquals("b", trace(fig, 1).get("name").getAsString());
        assertTrue(layout(fig).get("showlegend").getAsBoolean());
    }

    @Test
    void jacksonEscapedTextArraysAreDecoded() {
        Trace t = ScatterTrace.builder(new double[] {1, 2}, new double[] {3, 4}).text(new String[] {"t'1", "t\"2\\ <i>"}).build();
        JsonArray text = trace(convert(new Figure(t)), 0).getAsJsonArray("text");
        assertEquals(List.of("t'1", "t\"2\\ <i>"), strings(text));
    }

    @Test
    void quotedBooleansNumbersAndMisspelledFieldsAreRepaired() {
        Font font = Font.builder().size(14).color("red").build();
        TickSettings ticks = TickSettings.builder().dTick(2).tick0(0.5).nTicks(5).build();
        Axis x = Axis.builder().title("X").titleFont(font).tickSettings(ticks).scaleRatio(2.0)
                .spikes(Axis.Spikes.builder().color("blue").build()).autoRange(Axis.AutoRange.REVERSED).build();
        Layout layout = Layout.builder("L").titleFont(font).xAxis(x)
                .grid(Grid.builder().rows(2).columns(1).pattern(Grid.Pattern.COUPLED).build()).build();
        Trace hidden = ScatterTrace.builder(new double[] {1}, new double[] {2}).visible(AbstractTrace.Visibility.FALSE).build();
        Trace legendOnly = ScatterTrace.builder(new double[] {1}, new double[] {2}).visible(AbstractTrace.Visibility.LEGEND_ONLY).build();
        JsonObject fig = convert(new Figure(layout, hidden, legendOnly));

        assertFalse(trace(fig, 0).get("visible").getAsBoolean(), "jsplot prints visible: 'False'");
        assertTrue(trace(fig, 0).get("visible").getAsJsonPrimitive().isBoolean());
        assertEquals("legendonly", trace(fig, 1).get("visible").getAsString());
        JsonObject xaxis = layout(fig).getAsJsonObject("xaxis");
        assertEquals(2, xaxis.get("dtick").getAsInt());
        assertTrue(xaxis.get("dtick").getAsJsonPrimitive().isNumber());
        assertTrue(xaxis.get("nticks").getAsJsonPrimitive().isNumber());
        assertEquals(0.5, xaxis.get("tick0").getAsDouble());
        assertTrue(xaxis.get("scaleratio").getAsJsonPrimitive().isNumber());
        assertEquals("reversed", xaxis.get("autorange").getAsString());
        assertTrue(xaxis.get("showspikes").getAsBoolean());
        assertFalse(xaxis.has("showspike"));
        assertEquals("red", xaxis.getAsJsonObject("title").getAsJsonObject("font").get("color").getAsString());
        assertFalse(xaxis.has("titlefont"));
        assertEquals(14, layout(fig).getAsJsonObject("title").getAsJsonObject("font").get("size").getAsInt());
        JsonObject grid = layout(fig).getAsJsonObject("grid");
        assertFalse(grid.has("xgap") || grid.has("ygap"), "gaps of 100/80 are outside Plotly's [0, 1]");
        assertEquals("coupled", grid.get("pattern").getAsString());
    }

    @Test
    void autorangeFalseStringBecomesBoolean() {
        Layout layout = Layout.builder().xAxis(Axis.builder().range(1, 5).build()).build();
        JsonObject x = layout(convert(new Figure(layout, ScatterTrace.builder(new double[] {1}, new double[] {2}).build()))).getAsJsonObject("xaxis");
        assertFalse(x.get("autorange").getAsBoolean());
        assertTrue(x.get("autorange").getAsJsonPrimitive().isBoolean());
        numbersOrNull(x.getAsJsonArray("range"));
    }

    @Test
    void nestedJacksonComponentsAndMarkerArraysSurvive() {
        Marker m = Marker.builder().color(new double[] {1, Double.NaN}).colorScale(Marker.Palette.VIRIDIS)
                .colorBar(ColorBar.builder().thickness(10).build()).size(4, 5).build();
        Trace t = ScatterTrace.builder(new double[] {1, 2}, new double[] {3, 4}).marker(m)
                .hoverLabel(HoverLabel.builder().bgColor("white").font(Font.builder().size(12).build()).build()).build();
        JsonObject marker = trace(convert(new Figure(t)), 0).getAsJsonObject("marker");
        assertEquals("Viridis", marker.get("colorscale").getAsString());
        assertTrue(marker.getAsJsonArray("color").get(1).isJsonNull());
        assertEquals(10.0, marker.getAsJsonObject("colorbar").get("thickness").getAsDouble());
        assertEquals("white", trace(convert(new Figure(t)), 0).getAsJsonObject("hoverlabel").get("bgcolor").getAsString());
    }

    @Test
    void pieTraceWithoutSemicolonConverts() {
        JsonObject t = trace(convert(new Figure(PieTrace.builder(new Object[] {"a'", "b"}, new double[] {1, 2}).build())), 0);
        assertEquals(List.of("a'", "b"), strings(t.getAsJsonArray("labels")));
        assertEquals("pie", t.get("type").getAsString());
    }

    @Test
    void figureWithoutLayoutHasEmptyLayout() {
        JsonObject fig = convert(new Figure(BarTrace.builder(new Object[] {"a"}, new double[] {1}).build()));
        assertEquals(0, layout(fig).size());
    }

    @Test
    void literalEntityTextIsUnescapedOnlyOnce() {
        // the title really contains "&lt;": Pebble writes "&amp;lt;", which must come back as "&lt;"
        JsonObject fig = strict(FigureJson.toJson(new Figure(Layout.builder("a &lt; b").build(), ScatterTrace.builder(new double[] {1}, new double[] {2}).build())));
        assertEquals("a &lt; b", layout(fig).getAsJsonObject("title").get("text").getAsString());
    }

    @Test
    void brokenTemplateOutputFailsWithTheFieldNamed() {
        // ColorBar's template prints "outlinewidth: ," (it reads a misspelled variable).
        Marker m = Marker.builder().colorBar(ColorBar.builder().outlineWidth(2).build()).build();
        Figure fig = new Figure(ScatterTrace.builder(new double[] {1}, new double[] {2}).build(),
                ScatterTrace.builder(new double[] {1}, new double[] {2}).marker(m).build());
        FigureConversionException e = assertThrows(FigureConversionException.class, () -> FigureJson.toJson(fig));
        assertTrue(e.getMessage().contains("trace 1 (ScatterTrace)"), e.getMessage());
        assertTrue(e.getMessage().contains("marker.colorbar.outlinewidth"), e.getMessage());
    }

    @Test
    void figureWithoutTracesFails() {
        FigureConversionException e = assertThrows(FigureConversionException.class,
                () -> FigureJson.toJson(new Figure(Layout.builder("empty").build())));
        assertTrue(e.getMessage().contains("no traces"), e.getMessage());
    }

    @Test
    void unreadableOrTypelessTracesFail() {
        Trace base = ScatterTrace.builder(new double[] {1}, new double[] {2}).build();
        Trace garbage = fake("<script>Plotly.newPlot()</script>");
        Trace noType = fake("var trace0 = {x: [1], y: [2]};");
        Trace empty = fake("");
        Trace trailing = fake("var trace0 = {x: [1], type: 'scatter'}; Plotly.newPlot(1)");
        Trace word = fake("var trace0 = {x: [1], type: scatter};");
        assertMessage(new Figure(base, garbage), "trace 1", "expected 'var name = {...}'");
        assertMessage(new Figure(noType), "trace 0", "no trace type");
        assertMessage(new Figure(empty), "trace 0", "wrote nothing");
        assertMessage(new Figure(trailing), "trace 0", "unexpected text after the object");
        assertMessage(new Figure(word), "trace 0", "unexpected word 'scatter'");
        assertEquals("scatter", trace(convert(new Figure(fake("var trace0 = {x: [1], type: 'scatter'};"))), 0).get("type").getAsString());
    }

    @Test
    void extendedTraceAddsAttributesAndTheirTitlesAreRepairedToo() {
        Trace heat = ExtendedTrace.of(HeatmapTrace.builder(new Object[] {1, 2}, new Object[] {"a", "b"}, new double[][] {{1, 2}, {3, 4}}).build())
                .with("colorbar", Map.of("title", "cost </script> é"))
                .with("zmin", 0.0);
        Trace err = ExtendedTrace.of(ScatterTrace.builder(new double[] {1, 2}, new double[] {3, 4}).name("s").build())
                .with("error_y", Map.of("type", "data", "array", new double[] {0.1, Double.NaN}));
        JsonObject fig = convert(new Figure(heat, err));
        title("cost </script> é", trace(fig, 0).getAsJsonObject("colorbar").get("title"));
        assertEquals(0, trace(fig, 0).get("zmin").getAsDouble());
        JsonArray array = trace(fig, 1).getAsJsonObject("error_y").getAsJsonArray("array");
        assertEquals(0.1, array.get(0).getAsDouble());
        assertTrue(array.get(1).isJsonNull());
        assertEquals("s", trace(fig, 1).get("name").getAsString());
        // jsplot's own page sees the attributes too, without a closing script tag inside them
        String page = new Figure(heat).asJavascript("d");
        assertTrue(page.contains("\"colorbar\""), page);
        assertEquals(1, page.split("</script>", -1).length - 1, "only the template's own </script>");
    }

    @Test
    void extendedTraceRejectsBadNamesAndValues() {
        ExtendedTrace t = ExtendedTrace.of(ScatterTrace.builder(new double[] {1}, new double[] {2}).build());
        assertThrows(IllegalArgumentException.class, () -> t.with("a b", 1));
        assertThrows(IllegalArgumentException.class, () -> t.with("x", new Object() { }));
    }

    private static void assertMessage(Figure fig, String... parts) {
        FigureConversionException e = assertThrows(FigureConversionException.class, () -> FigureJson.toJson(fig));
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "'" + p + "' not in: " + e.getMessage());
        }
    }

    private static Trace fake(String js) {
        return new Trace() {
            @Override
            public String asJavascript(int i) {
                return js;
            }

            @Override
            public String name() {
                return "";
            }

            @Override
            public HoverLabel hoverLabel() {
                return null;
            }

            @Override
            public boolean showLegend() {
                return false;
            }
        };
    }

    private static List<String> strings(JsonArray arr) {
        return arr.asList().stream().map(e -> e.getAsString()).toList();
    }
}
