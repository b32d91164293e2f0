package lab.subspace.display.plotly;

import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;

/** Numbers as jsplot prints them (Java's Double.toString, "NaN", "null") turned into JSON values. */
final class JsonNumbers {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,18}");

    private JsonNumbers() {
    }

    /** A finite number as a JSON number, a non-finite one as null; {@code null} if {@code text} is no number. */
    static JsonPrimitive parse(String text) {
        if (!NUMBER.matcher(text).matches()) {
            return null;
        }
        if (INTEGER.matcher(text).matches()) {
            return new JsonPrimitive(Long.parseLong(text));
        }
        double v = Double.parseDouble(text);
        return Double.isFinite(v) ? new JsonPrimitive(v) : null;
    }

    /**
     * The JSON value of a number printed as a string: a number, or null for the words jsplot
     * prints for a missing or non-finite value. Returns {@code null} (Java) when {@code text} is
     * neither, e.g. a category label.
     */
    static JsonElement fromString(String text) {
        switch (text) {
            case "null", "NaN", "Infinity", "-Infinity", "+Infinity":
                return JsonNull.INSTANCE;
            default:
                break;
        }
        if (!NUMBER.matcher(text).matches()) {
            return null;
        }
        JsonPrimitive n = parse(text);
        return n == null ? JsonNull.INSTANCE : n; // overflow such as 1e400
    }
}
