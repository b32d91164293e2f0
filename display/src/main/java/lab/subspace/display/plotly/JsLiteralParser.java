package lab.subspace.display.plotly;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Parses the JavaScript object literals that tablesaw-jsplot's Pebble templates print, into a
 * Gson tree.
 *
 * <p>Accepted beyond JSON, because jsplot prints them: unquoted field names, trailing commas
 * (heatmap {@code z} rows), {@code NaN} / {@code Infinity} (mapped to JSON null: Gson cannot
 * write them and Plotly treats null as a gap) and single-quoted strings. The two kinds of strings
 * come from two different writers and are decoded differently:
 * <ul>
 *   <li>{@code '...'} comes from a template placeholder: Pebble HTML-escaped it and did NOT
 *       backslash-escape it, so it cannot contain a quote, a backslash is a literal backslash and
 *       a newline is a literal newline. It is read verbatim, then HTML-unescaped once.</li>
 *   <li>{@code "..."} comes from Jackson ({@code Utils.dataAsString}, {@code asJSON()}): JSON
 *       escapes, no HTML escaping.</li>
 * </ul>
 * Anything else (a field with no value, an unknown word, text after the literal) throws a
 * {@link FigureConversionException} that names the place.
 */
final class JsLiteralParser {

    private final String src;
    private final String what;
    private int pos;

    private JsLiteralParser(String src, String what) {
        this.src = src;
        this.what = what;
    }

    /** Parses {@code src}, which must hold exactly one object literal; {@code what} names it in errors. */
    static JsonObject parseObject(String src, String what) {
        JsLiteralParser p = new JsLiteralParser(src, what);
        p.skipSpace();
        if (p.peek() != '{') {
            throw p.error("expected '{' to start an object");
        }
        JsonObject result = p.object("");
        p.skipSpace();
        if (p.pos < p.src.length()) {
            throw p.error("unexpected text after the object");
        }
        return result;
    }

    private JsonElement value(String path) {
        skipSpace();
        char c = peek();
        switch (c) {
            case '{':
                return object(path);
            case '[':
                return array(path);
            case '\'':
                return new JsonPrimitive(HtmlEntities.unescape(singleQuoted()));
            case '"':
                return new JsonPrimitive(doubleQuoted());
            default:
                break;
        }
        if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
            return number();
        }
        if (isIdentStart(c)) {
            String word = identifier();
            switch (word) {
                case "true":
                    return new JsonPrimitive(true);
                case "false":
                    return new JsonPrimitive(false);
                case "null":
                case "undefined":
                case "NaN":
                case "Infinity":
                    return JsonNull.INSTANCE;
                default:
                    pos -= word.length();
                    throw error("unexpected word '" + word + "' as the value of '" + path + "'");
            }
        }
        if (c == ',' || c == '}' || c == ']') {
            throw error("no value for '" + path + "' (the template printed an empty placeholder)");
        }
        throw error("unexpected character '" + c + "' as the value of '" + path + "'");
    }

    private JsonObject object(String path) {
        expect('{');
        JsonObject obj = new JsonObject();
        while (true) {
            skipSpace();
            if (peek() == '}') {
                pos++;
                return obj;
            }
            String key = key();
            skipSpace();
            expect(':');
            String child = path.isEmpty() ? key : path + "." + key;
            obj.add(key, value(child));
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c != '}') {
                throw error("expected ',' or '}' after '" + child + "'");
            }
        }
    }

    private JsonArray array(String path) {
        expect('[');
        JsonArray arr = new JsonArray();
        while (true) {
            skipSpace();
            if (peek() == ']') {
                pos++;
                return arr;
            }
            arr.add(value(path + "[" + arr.size() + "]"));
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c != ']') {
                throw error("expected ',' or ']' in '" + path + "'");
            }
        }
    }

    private String key() {
        char c = peek();
        if (c == '"') {
            return doubleQuoted();
        }
        if (c == '\'') {
            return HtmlEntities.unescape(singleQuoted());
        }
        if (isIdentStart(c)) {
            return identifier();
        }
        throw error("expected a field name");
    }

    private JsonElement number() {
        int start = pos;
        if (peek() == '-' || peek() == '+') {
            pos++;
        }
        if (src.startsWith("Infinity", pos)) {
            pos += "Infinity".length();
            return JsonNull.INSTANCE;
        }
        while (pos < src.length() && "0123456789.eE+-".indexOf(src.charAt(pos)) >= 0) {
            pos++;
        }
        String text = src.substring(start, pos);
        JsonElement n = JsonNumbers.parse(text);
        if (n == null) {
            pos = start;
            throw error("malformed number '" + text + "'");
        }
        return n;
    }

    private String singleQuoted() {
        int start = ++pos;
        int end = src.indexOf('\'', start);
        if (end < 0) {
            pos = start - 1;
            throw error("unterminated string");
        }
        pos = end + 1;
        return src.substring(start, end);
    }

    private String doubleQuoted() {
        int start = pos++;
        StringBuilder out = new StringBuilder();
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= src.length()) {
                break;
            }
            char e = src.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (pos + 4 > src.length()) {
                        pos = start;
                        throw error("truncated \\u escape in string");
                    }
                    try {
                        out.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        pos -= 2;
                        throw error("malformed \\u escape in string");
                    }
                    pos += 4;
                }
                default -> out.append(e); // \" \\ \/ and JS's identity escapes
            }
        }
        pos = start;
        throw error("unterminated string");
    }

    private String identifier() {
        int start = pos;
        while (pos < src.length() && isIdentPart(src.charAt(pos))) {
            pos++;
        }
        return src.substring(start, pos);
    }

    private static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || Character.isDigit(c);
    }

    private void expect(char c) {
        skipSpace();
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < src.length() ? src.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }

    private FigureConversionException error(String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(pos, src.length()); i++) {
            if (src.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int lineEnd = src.indexOf('\n', lineStart);
        String text = src.substring(lineStart, lineEnd < 0 ? src.length() : lineEnd).strip();
        if (pos >= src.length()) {
            message += " (the output ended early)";
        }
        return new FigureConversionException("Cannot convert " + what + " to Plotly JSON: " + message
                + " at line " + line + ", column " + (pos - lineStart + 1) + ": \"" + text + "\"");
    }
}
