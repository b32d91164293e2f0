package lab.subspace.display.plotly;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;

/** Numbers as jsplot prints them (Java's Double.toString, "NaN", "null") turned into JSON values. */
final class JsonNumbers {

    private JsonNumbers() {
    }

    /**
     * A number in JavaScript syntax as a JSON number, or JSON null when it overflows a double;
     * {@code null} (Java) if {@code text} is no number.
     */
    static JsonElement parse(String text) {
        // A hand-written scan: figures hold hundreds of thousands of numbers, a regex per value is slow.
        int n = text.length();
        int i = 0;
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        boolean integer = true;
        if (i < n && text.charAt(i) == '.') {
            integer = false;
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            integer = false;
            i++;
            if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return null;
            }
        }
        if (i != n) {
            return null;
        }
        if (integer && digits <= 18) {
            return new JsonPrimitive(Long.parseLong(text));
        }
        double v = Double.parseDouble(text);
        return Double.isFinite(v) ? new JsonPrimitive(v) : JsonNull.INSTANCE; // e.g. 1e400
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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
        return parse(text);
    }
}
