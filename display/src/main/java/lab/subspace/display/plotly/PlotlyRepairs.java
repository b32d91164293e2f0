package lab.subspace.display.plotly;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Fixes, in a parsed jsplot trace or layout, what plotly.js 3+ would misread or ignore.
 * Each repair answers one measured defect of tablesaw-jsplot 0.44.4 (see the class comments of
 * {@link FigureJson}); string unescaping and NaN/Infinity are already handled by the parser.
 */
final class PlotlyRepairs {

    /** Scalar fields that templates quote ({@code opacity: '1.0'}, {@code dtick: '2'}). */
    private static final Set<String> NUMERIC_FIELDS = Set.of("opacity", "dtick", "nticks", "tick0", "scaleratio", "xshift");

    /** Fields printed as quoted enum names ({@code visible: 'False'}, {@code autorange: 'true'}). */
    private static final Set<String> BOOLEAN_FIELDS = Set.of("visible", "autorange");

    private PlotlyRepairs() {
    }

    static void trace(JsonObject trace) {
        walk(trace);
        // jsplot prints name: '' when no name was given: Plotly would show a blank legend entry
        // instead of its "trace N" default.
        JsonElement name = trace.get("name");
        if (name != null && name.isJsonPrimitive() && name.getAsString().isBlank()) {
            trace.remove("name");
        }
    }

    static void layout(JsonObject layout) {
        walk(layout);
        // Grid.builder() defaults xgap/ygap to 100 and 80, but Plotly's gaps are fractions in [0, 1].
        JsonElement grid = layout.get("grid");
        if (grid != null && grid.isJsonObject()) {
            for (String gap : new String[] {"xgap", "ygap"}) {
                JsonElement g = grid.getAsJsonObject().get(gap);
                if (g != null && g.isJsonPrimitive() && g.getAsJsonPrimitive().isNumber()
                        && (g.getAsDouble() < 0 || g.getAsDouble() > 1)) {
                    grid.getAsJsonObject().remove(gap);
                }
            }
        }
    }

    private static void walk(JsonObject obj) {
        if (obj.has("showspike")) { // the axis template misspells Plotly's "showspikes"
            obj.add("showspikes", obj.remove("showspike"));
        }
        for (Map.Entry<String, JsonElement> e : new ArrayList<>(obj.entrySet())) {
            String key = e.getKey();
            JsonElement v = e.getValue();
            if (v.isJsonObject()) {
                walk(v.getAsJsonObject());
            } else if (v.isJsonArray()) {
                walk(v.getAsJsonArray());
            } else if (isString(v) && NUMERIC_FIELDS.contains(key)) {
                JsonElement n = JsonNumbers.fromString(v.getAsString());
                if (n != null) {
                    obj.add(key, n);
                }
            } else if (isString(v) && BOOLEAN_FIELDS.contains(key)) {
                String s = v.getAsString().toLowerCase(Locale.ROOT);
                if (s.equals("true") || s.equals("false")) {
                    obj.add(key, new JsonPrimitive(Boolean.parseBoolean(s)));
                }
            }
        }
        titles(obj);
    }

    private static void walk(JsonArray arr) {
        for (JsonElement v : arr) {
            if (v.isJsonObject()) {
                walk(v.getAsJsonObject());
            } else if (v.isJsonArray()) {
                walk(v.getAsJsonArray());
            }
        }
        numbersFromStrings(arr);
    }

    /**
     * Arrays built from Object[] (ScatterPlot, LinePlot, Histogram, heatmap labels) hold
     * {@code ["1.0","null"]}: when every element is a number or a missing value written as a
     * string, the array becomes numbers and nulls. Arrays with any other string (category labels)
     * are left alone, so a mixed array never appears.
     */
    private static void numbersFromStrings(JsonArray arr) {
        if (arr.isEmpty()) {
            return;
        }
        JsonElement[] converted = new JsonElement[arr.size()];
        for (int i = 0; i < converted.length; i++) {
            JsonElement v = arr.get(i);
            if (!isString(v) || (converted[i] = JsonNumbers.fromString(v.getAsString())) == null) {
                return;
            }
        }
        for (int i = 0; i < converted.length; i++) {
            arr.set(i, converted[i]);
        }
    }

    /**
     * plotly.js 3+ draws only {@code title: {text: ...}} (a plain string title is dropped), and
     * reads the title font from {@code title.font}, not the removed {@code titlefont}.
     */
    private static void titles(JsonObject obj) {
        JsonElement title = obj.get("title");
        JsonElement font = obj.remove("titlefont");
        if (title != null && isString(title)) {
            if (title.getAsString().isBlank()) { // the axis template always prints title: ''
                obj.remove("title");
                return;
            }
            JsonObject t = new JsonObject();
            t.add("text", title);
            obj.add("title", t);
            title = t;
        }
        if (font != null && title != null && title.isJsonObject() && !title.getAsJsonObject().has("font")) {
            title.getAsJsonObject().add("font", font);
        }
    }

    private static boolean isString(JsonElement v) {
        return v.isJsonPrimitive() && v.getAsJsonPrimitive().isString();
    }
}
