package lab.subspace.display;

import static lab.subspace.display.plotly.JsonAssert.noEntities;
import static lab.subspace.display.plotly.JsonAssert.numbersOrNull;
import static lab.subspace.display.plotly.JsonAssert.strict;
import static lab.subspace.display.plotly.JsonAssert.title;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import lab.subspace.display.plotly.FigureJson;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;

class PlotsTest {

    private static final double[] N = {10, 100, 1000};
    private static final double[] W1 = {0.5, 0.2, 0.05};
    private static final double[] W2 = {0.6, Double.NaN, 0.1};

    private static JsonObject json(Figure f) {
        JsonObject tree = strict(FigureJson.toJson(f));
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
    void linesLogLogWithNamedSeries() {
        JsonObject fig = json(Plots.lines("W1 vs n").logLog().x("n", N).y("k=1", W1).y("k=2", W2).yTitle("W1").build());
        assertEquals(2, fig.getAsJsonArray("data").size());
        JsonObject a = trace(fig, 0);
        assertEquals("k=1", a.get("name").getAsString());
        assertEquals("k=2", trace(fig, 1).get("name").getAsString());
        assertEquals("lines", a.get("mode").getAsString());
        numbersOrNull(a.getAsJsonArray("x"));
        assertEquals(1000, a.getAsJsonArray("x").get(2).getAsDouble());
        assertTrue(trace(fig, 1).getAsJsonArray("y").get(1).isJsonNull(), "NaN leaves a gap");
        assertNotEquals(a.getAsJsonObject("line").get("color"), trace(fig, 1).getAsJsonObject("line").get("color"));
        JsonObject l = layout(fig);
        title("W1 vs n", l.get("title"));
        title("n", l.getAsJsonObject("xaxis").get("title"));
        title("W1", l.getAsJsonObject("yaxis").get("title"));
        assertEquals("log", l.getAsJsonObject("xaxis").get("type").getAsString());
        assertEquals("log", l.getAsJsonObject("yaxis").get("type").getAsString());
        assertTrue(l.get("showlegend").getAsBoolean());
        assertEquals(720, l.get("width").getAsInt());
    }

    @Test
    void semiLogAndScatterMarkersAndOwnX() {
        JsonObject fig = json(Plots.scatter("s").logY().series("a", new double[] {1, 2}, new double[] {3, 4}).size(500, 300).build());
        JsonObject l = layout(fig);
        assertEquals("log", l.getAsJsonObject("yaxis").get("type").getAsString());
        assertFalse(l.getAsJsonObject("xaxis").has("type"));
        assertEquals("markers", trace(fig, 0).get("mode").getAsString());
        assertEquals("#1f77b4", trace(fig, 0).getAsJsonObject("marker").get("color").getAsString());
        assertFalse(l.get("showlegend").getAsBoolean(), "one series: no legend");
        assertEquals(500, l.get("width").getAsInt());
        assertEquals(300, l.get("height").getAsInt());
    }

    @Test
    void bandIsFilledBetweenLowerAndUpperInTheSeriesColour() {
        JsonObject fig = json(Plots.lines("b").x("n", N).y("mean", W1).band(new double[] {0.4, 0.1, 0.01}, new double[] {0.6, 0.3, 0.09}).build());
        assertEquals(3, fig.getAsJsonArray("data").size());
        JsonObject lower = trace(fig, 0);
        JsonObject upper = trace(fig, 1);
        JsonObject line = trace(fig, 2);
        assertFalse(lower.has("fill"));
        assertEquals("tonexty", upper.get("fill").getAsString());
        assertEquals("rgba(31,119,180,0.2)", upper.get("fillcolor").getAsString());
        assertEquals("#1f77b4", line.getAsJsonObject("line").get("color").getAsString());
        assertFalse(lower.get("showlegend").getAsBoolean());
        assertFalse(upper.get("showlegend").getAsBoolean());
        assertEquals("skip", upper.get("hoverinfo").getAsString());
        assertEquals("mean", upper.get("legendgroup").getAsString());
        assertEquals("mean", line.get("legendgroup").getAsString());
        assertEquals(0.09, upper.getAsJsonArray("y").get(2).getAsDouble());
    }

    @Test
    void errorBarsOnTheLastSeries() {
        JsonObject fig = json(Plots.lines("e").x("n", N).y("a", W1).y("b", W1).errors(new double[] {0.01, Double.NaN, 0.02}).build());
        assertFalse(trace(fig, 0).has("error_y"));
        JsonObject err = trace(fig, 1).getAsJsonObject("error_y");
        assertEquals("data", err.get("type").getAsString());
        assertTrue(err.get("visible").getAsBoolean());
        JsonArray arr = err.getAsJsonArray("array");
        assertEquals(0.01, arr.get(0).getAsDouble());
        assertTrue(arr.get(1).isJsonNull());
        assertEquals("#ff7f0e", err.get("color").getAsString());
    }

    @Test
    void panelsStackWithSharedXAndTheirOwnYAxes() {
        JsonObject fig = json(Plots.lines("p").x("iteration", N).y("cost", W1).yTitle("cost").logY()
                .panel("seconds").y("time", W1).build());
        assertEquals("y", trace(fig, 0).get("yaxis").getAsString());
        assertEquals("y2", trace(fig, 1).get("yaxis").getAsString());
        JsonObject l = layout(fig);
        JsonObject grid = l.getAsJsonObject("grid");
        assertEquals(2, grid.get("rows").getAsInt());
        assertEquals(1, grid.get("columns").getAsInt());
        assertEquals("coupled", grid.get("pattern").getAsString());
        title("cost", l.getAsJsonObject("yaxis").get("title"));
        assertEquals("log", l.getAsJsonObject("yaxis").get("type").getAsString());
        title("seconds", l.getAsJsonObject("yaxis2").get("title"));
        assertFalse(l.getAsJsonObject("yaxis2").has("type"));
        assertEquals(600, l.get("height").getAsInt());
        JsonObject three = json(Plots.lines("p").x(N).y("a", W1).panel("b").y("b", W1).panel("c").y("c", W1).build());
        title("c", layout(three).getAsJsonObject("yaxis3").get("title"));
        assertEquals("y3", trace(three, 2).get("yaxis").getAsString());
    }

    @Test
    void lineChartMisuseIsReportedWithNames() {
        IllegalStateException noX = assertThrows(IllegalStateException.class, () -> Plots.lines("t").y("a", W1));
        assertTrue(noX.getMessage().contains("Series 'a' of figure 't' has no x values"), noX.getMessage());
        IllegalArgumentException len = assertThrows(IllegalArgumentException.class, () -> Plots.lines("t").x(N).y("a", new double[] {1, 2}));
        assertEquals("Series 'a' of figure 't' has 2 values but its x has 3", len.getMessage());
        assertThrows(IllegalStateException.class, () -> Plots.lines("t").errors(W1));
        assertThrows(IllegalArgumentException.class, () -> Plots.lines("t").x(N).y("a", W1).errors(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Plots.lines("t").x(N).y("a", W1).band(W1, new double[] {1}));
        assertThrows(IllegalStateException.class, () -> Plots.lines("t").build());
        assertThrows(IllegalStateException.class, () -> Plots.lines("t").x(N).y("a", W1).panel("empty").build());
        assertThrows(IllegalArgumentException.class, () -> Plots.lines("t").panel("2").panel("3").panel("4"));
        assertThrows(IllegalArgumentException.class, () -> Plots.lines("t").size(10, 400));
    }

    @Test
    void seriesThatWouldDrawNothingFail() {
        IllegalArgumentException allNaN = assertThrows(IllegalArgumentException.class,
                () -> Plots.lines("t").x(N).y("a", new double[] {Double.NaN, Double.NaN, Double.NaN}).build());
        assertTrue(allNaN.getMessage().contains("no finite value"), allNaN.getMessage());
        IllegalArgumentException log = assertThrows(IllegalArgumentException.class,
                () -> Plots.lines("t").logY().x(N).y("a", new double[] {0, -1, 0}).build());
        assertTrue(log.getMessage().contains("log axis"), log.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Plots.lines("t").logX().x(new double[] {0, -1, 0}).y("a", W1).build());
        // partly non-positive on a log axis is fine: Plotly skips those points
        json(Plots.lines("t").logY().x(N).y("a", new double[] {0, 1, 2}).build());
    }

    @Test
    void heatmapWithLabelsColorbarTitleAndOrientation() {
        double[][] z = {{1, 2, 3}, {4, Double.NaN, 6}};
        JsonObject fig = json(Plots.heatmap("Plan", z).x("target", new String[] {"a", "b", "c"}).y("source", new double[] {0.5, 1.5})
                .colorbar("mass <kg>").colorscale("Viridis").zRange(0, 10).firstRowOnTop().build());
        JsonObject t = trace(fig, 0);
        assertEquals("heatmap", t.get("type").getAsString());
        assertEquals(List.of("a", "b", "c"), t.getAsJsonArray("x").asList().stream().map(e -> e.getAsString()).toList());
        numbersOrNull(t.getAsJsonArray("y"));
        assertEquals(1.5, t.getAsJsonArray("y").get(1).getAsDouble());
        assertTrue(t.getAsJsonArray("z").get(1).getAsJsonArray().get(1).isJsonNull());
        title("mass <kg>", t.getAsJsonObject("colorbar").get("title"));
        assertEquals("Viridis", t.get("colorscale").getAsString());
        assertEquals(0, t.get("zmin").getAsDouble());
        assertEquals(10, t.get("zmax").getAsDouble());
        JsonObject l = layout(fig);
        assertEquals("reversed", l.getAsJsonObject("yaxis").get("autorange").getAsString());
        title("target", l.getAsJsonObject("xaxis").get("title"));
        title("source", l.getAsJsonObject("yaxis").get("title"));
    }

    @Test
    void heatmapDefaultsAndValidation() {
        JsonObject t = trace(json(Plots.heatmap("h", new double[][] {{1, 2}}).build()), 0);
        assertEquals(0, t.getAsJsonArray("x").get(0).getAsInt());
        assertTrue(t.getAsJsonArray("x").get(1).getAsJsonPrimitive().isNumber());
        assertFalse(t.has("colorbar"));
        IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class, () -> Plots.heatmap("h", new double[][] {{1, 2}, {3}}));
        assertTrue(ragged.getMessage().contains("row 0 has 2 values but row 1 has 1"), ragged.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Plots.heatmap("h", new double[0][]));
        assertThrows(IllegalArgumentException.class, () -> Plots.heatmap("h", new double[][] {{1, 2}}).x("x", new String[] {"a"}));
        assertThrows(IllegalArgumentException.class, () -> Plots.heatmap("h", new double[][] {{1, 2}}).zRange(1, 1));
        assertThrows(IllegalArgumentException.class, () -> Plots.heatmap("h", new double[][] {{Double.NaN}}).build());
    }

    @Test
    void overlaidHistogramsWithBinsAndDensity() {
        JsonObject fig = json(Plots.histogram("d").xTitle("distance").add("source", W1).add("target", W2).bins(40).density().build());
        JsonObject a = trace(fig, 0);
        assertEquals("histogram", a.get("type").getAsString());
        assertEquals("source", a.get("name").getAsString());
        assertEquals(0.6, a.get("opacity").getAsDouble());
        assertEquals(40, a.get("nbinsx").getAsInt());
        assertEquals("probability density", a.get("histnorm").getAsString());
        numbersOrNull(trace(fig, 1).getAsJsonArray("x"));
        JsonObject l = layout(fig);
        assertEquals("overlay", l.get("barmode").getAsString());
        title("density", l.getAsJsonObject("yaxis").get("title"));
        title("count", layout(json(Plots.histogram("c").add("a", W1).build())).getAsJsonObject("yaxis").get("title"));
        assertThrows(IllegalStateException.class, () -> Plots.histogram("e").build());
        assertThrows(IllegalArgumentException.class, () -> Plots.histogram("e").bins(0));
        assertThrows(IllegalArgumentException.class, () -> Plots.histogram("e").add("nan", new double[] {Double.NaN}).build());
    }

    @Test
    void twoDimensionalPointsGroupedByLabel() {
        double[][] pts = {{0, 0}, {1, 1}, {2, 2}, {3, 3}};
        JsonObject fig = json(Plots.points("PCA").axes("PC1", "PC2").groups(pts, new int[] {1, 0, 1, 0}).build());
        assertEquals(2, fig.getAsJsonArray("data").size());
        JsonObject first = trace(fig, 0);
        assertEquals("1", first.get("name").getAsString(), "groups in order of first appearance");
        assertEquals("scatter", first.get("type").getAsString());
        assertEquals("markers", first.get("mode").getAsString());
        assertEquals(List.of(0.0, 2.0), first.getAsJsonArray("x").asList().stream().map(e -> e.getAsDouble()).toList());
        assertNotEquals(first.getAsJsonObject("marker").get("color"), trace(fig, 1).getAsJsonObject("marker").get("color"));
        title("PC1", layout(fig).getAsJsonObject("xaxis").get("title"));
        assertTrue(layout(fig).get("showlegend").getAsBoolean());
    }

    @Test
    void threeDimensionalPointsUseTheScene() {
        JsonObject fig = json(Plots.points("3d").axes("x", "y", "z")
                .add("source", new double[][] {{0, 0, 0}, {1, 1, Double.NaN}}).add("target", new double[][] {{2, 2, 2}}).build());
        JsonObject t = trace(fig, 1);
        assertEquals("scatter3d", t.get("type").getAsString());
        assertEquals("target", t.get("name").getAsString());
        assertTrue(trace(fig, 0).getAsJsonArray("z").get(1).isJsonNull());
        JsonObject scene = layout(fig).getAsJsonObject("scene");
        title("z", scene.getAsJsonObject("zaxis").get("title"));
        assertEquals(600, layout(fig).get("height").getAsInt());
    }

    @Test
    void pointCloudValidation() {
        IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
                () -> Plots.points("p").add("a", new double[][] {{0, 0}}).add("b", new double[][] {{0, 0, 0}}));
        assertTrue(mixed.getMessage().contains("3-D points but group 'a' has 2-D"), mixed.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Plots.points("p").add("a", new double[][] {{0}}));
        assertThrows(IllegalArgumentException.class, () -> Plots.points("p").add("a", new double[][] {{0, 0}, {1}}));
        assertThrows(IllegalArgumentException.class, () -> Plots.points("p").groups(new double[][] {{0, 0}}, new String[] {"a", "b"}));
        assertThrows(IllegalStateException.class, () -> Plots.points("p").build());
    }

    @Test
    void groupedAndStackedBars() {
        JsonObject fig = json(Plots.bars("Runtime", "n=100", "n=1000").yTitle("s").logY()
                .add("sinkhorn", new double[] {0.01, 0.4}).add("emd", new double[] {0.02, 3.1}).build());
        JsonObject t = trace(fig, 1);
        assertEquals("bar", t.get("type").getAsString());
        assertEquals("emd", t.get("name").getAsString());
        assertEquals("n=1000", t.getAsJsonArray("x").get(1).getAsString());
        assertEquals(3.1, t.getAsJsonArray("y").get(1).getAsDouble());
        assertFalse(layout(fig).has("barmode"), "jsplot leaves out 'group', Plotly's default");
        assertEquals("log", layout(fig).getAsJsonObject("yaxis").get("type").getAsString());
        assertEquals("stack", layout(json(Plots.bars("s", "a").add("x", new double[] {1}).stacked().build())).get("barmode").getAsString());
        assertThrows(IllegalArgumentException.class, () -> Plots.bars("b", "a", "b").add("x", new double[] {1}));
        assertThrows(IllegalStateException.class, () -> Plots.bars("b", "a").logX());
        assertThrows(IllegalArgumentException.class, () -> Plots.bars("b"));
    }

    @Test
    void buildersCopyTheirInputs() {
        double[] y = {1, 2, 3};
        var chart = Plots.lines("c").x(N).y("a", y);
        y[0] = 99;
        assertEquals(1, trace(json(chart.build()), 0).getAsJsonArray("y").get(0).getAsDouble());
    }

    @Test
    void ejmlMatricesPlotLikeArrays() {
        org.ejml.data.DMatrixRMaj m = new org.ejml.data.DMatrixRMaj(new double[][] {{0, 1}, {2, 3}, {4, 5}});
        com.google.gson.JsonObject a = lab.subspace.display.plotly.FigureJson.toTree(Plots.points("p").add("g", m).build());
        com.google.gson.JsonObject b = lab.subspace.display.plotly.FigureJson.toTree(
                Plots.points("p").add("g", new double[][] {{0, 1}, {2, 3}, {4, 5}}).build());
        org.junit.jupiter.api.Assertions.assertEquals(b.get("data"), a.get("data"));
        com.google.gson.JsonObject h = lab.subspace.display.plotly.FigureJson.toTree(Plots.heatmap("h", m).build());
        org.junit.jupiter.api.Assertions.assertEquals("[[0.0,1.0],[2.0,3.0],[4.0,5.0]]", h.getAsJsonArray("data").get(0).getAsJsonObject().get("z").toString());
    }
}
