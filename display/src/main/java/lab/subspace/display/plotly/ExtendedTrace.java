package lab.subspace.display.plotly;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import tech.tablesaw.plotly.components.HoverLabel;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A jsplot trace plus Plotly attributes that jsplot's builders do not offer: error bars, a
 * colorbar title, a colorscale, {@code zmin}/{@code zmax}, {@code hoverinfo}...
 *
 * <pre>{@code
 * Trace t = ExtendedTrace.of(ScatterTrace.builder(x, y).build())
 *         .with("error_y", Map.of("type", "data", "array", err));
 * }</pre>
 *
 * It stays a jsplot {@link Trace}: its JavaScript is the base trace's with the attributes added
 * as JSON fields, so both {@link FigureJson} and jsplot's own HTML pages draw them. An attribute
 * replaces the base trace's attribute of the same name. Values: numbers (non-finite ones become
 * null), strings, booleans, enums, {@code double[]}, {@code int[]}, arrays, lists, maps with
 * string keys, or Gson elements.
 */
public final class ExtendedTrace implements Trace {

    private final Trace base;
    private final Map<String, JsonElement> attributes;

    private ExtendedTrace(Trace base, Map<String, JsonElement> attributes) {
        this.base = base;
        this.attributes = attributes;
    }

    public static ExtendedTrace of(Trace base) {
        return new ExtendedTrace(Objects.requireNonNull(base, "base"), Map.of());
    }

    /** A copy of this trace with {@code attribute} set to {@code value}. */
    public ExtendedTrace with(String attribute, Object value) {
        if (attribute == null || !attribute.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("Not a Plotly attribute name: '" + attribute + "'");
        }
        Map<String, JsonElement> copy = new LinkedHashMap<>(attributes);
        copy.remove(attribute);
        copy.put(attribute, JsonValues.of(value));
        return new ExtendedTrace(base, Collections.unmodifiableMap(copy));
    }

    /** The attributes added to the base trace, in order. */
    public Map<String, JsonElement> attributes() {
        return attributes;
    }

    public Trace base() {
        return base;
    }

    @Override
    public String asJavascript(int i) {
        String js = base.asJavascript(i);
        int close = js == null ? -1 : js.lastIndexOf('}');
        if (close < 0 || attributes.isEmpty()) {
            return js; // the converter reports a trace it cannot read
        }
        int prev = close - 1;
        while (prev >= 0 && Character.isWhitespace(js.charAt(prev))) {
            prev--;
        }
        boolean needsComma = prev >= 0 && js.charAt(prev) != ',' && js.charAt(prev) != '{';
        Gson htmlSafe = new Gson(); // no "</script>" can come out of a value
        StringBuilder extra = new StringBuilder(needsComma ? ",\n" : "\n");
        attributes.forEach((k, v) -> extra.append(htmlSafe.toJson(k)).append(": ").append(htmlSafe.toJson(v)).append(",\n"));
        return js.substring(0, close) + extra + js.substring(close);
    }

    @Override
    public String name() {
        return base.name();
    }

    @Override
    public HoverLabel hoverLabel() {
        return base.hoverLabel();
    }

    @Override
    public boolean showLegend() {
        return base.showLegend();
    }
}
