package lab.subspace.data;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header dictionary of a {@code .npy} file ({@code {'descr': '<f8', 'fortran_order': False,
 * 'shape': (3, 4), }}), parsed with a tiny reader for the Python literals NumPy writes.
 */
record NpyHeader(NpyDtype dtype, boolean fortranOrder, int[] shape) {

    static NpyHeader parse(String text) {
        Object value = new LiteralParser(text).parseTop();
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("npy header is not a dictionary: " + text.strip());
        }
        for (String key : new String[] {"descr", "fortran_order", "shape"}) {
            if (!map.containsKey(key)) {
                throw new IllegalArgumentException("npy header has no '" + key + "' entry: " + text.strip());
            }
        }
        Object descr = map.get("descr");
        if (!(descr instanceof String d)) {
            throw new IllegalArgumentException("structured dtype " + descr
                    + " is not supported; save each field as its own array (np.save(f, arr['name']))");
        }
        Object fortran = map.get("fortran_order");
        if (!(fortran instanceof Boolean f)) {
            throw new IllegalArgumentException("npy header 'fortran_order' is not True/False: " + fortran);
        }
        Object shapeValue = map.get("shape");
        if (!(shapeValue instanceof List<?> dims)) {
            throw new IllegalArgumentException("npy header 'shape' is not a tuple: " + shapeValue);
        }
        int[] shape = new int[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            if (!(dims.get(i) instanceof Long v) || v < 0 || v > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("npy header 'shape' has an invalid dimension: " + shapeValue);
            }
            shape[i] = (int) (long) v;
        }
        return new NpyHeader(NpyDtype.parse(d), f, shape);
    }

    static String format(String descr, int[] shape) {
        return "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + NpyArray.shapeString(shape) + ", }";
    }

    /** Byte order from a descr's first character ('=' means this machine's). */
    static ByteOrder byteOrder(char c) {
        return switch (c) {
            case '>' -> ByteOrder.BIG_ENDIAN;
            case '=' -> ByteOrder.nativeOrder();
            default -> ByteOrder.LITTLE_ENDIAN;
        };
    }

    /** Parses strings, True/False/None, integers, tuples, lists and dicts. */
    private static final class LiteralParser {
        private final String s;
        private int pos;

        LiteralParser(String s) {
            this.s = s;
        }

        Object parseTop() {
            Object v = parseValue();
            skipSpace();
            if (pos != s.length()) {
                throw error("unexpected text after the dictionary");
            }
            return v;
        }

        private Object parseValue() {
            skipSpace();
            if (pos >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(pos);
            if (c == '{') {
                return parseDict();
            }
            if (c == '(' || c == '[') {
                return parseSequence(c == '(' ? ')' : ']');
            }
            if (c == '\'' || c == '"') {
                return parseString(c);
            }
            if (c == '-' || Character.isDigit(c)) {
                return parseInt();
            }
            if (s.startsWith("True", pos)) {
                pos += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("False", pos)) {
                pos += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("None", pos)) {
                pos += 4;
                return "None";
            }
            throw error("unexpected character '" + c + "'");
        }

        private Map<String, Object> parseDict() {
            pos++;
            Map<String, Object> map = new LinkedHashMap<>();
            while (true) {
                skipSpace();
                if (peek() == '}') {
                    pos++;
                    return map;
                }
                Object key = parseValue();
                skipSpace();
                expect(':');
                map.put(String.valueOf(key), parseValue());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                }
            }
        }

        private List<Object> parseSequence(char close) {
            pos++;
            List<Object> list = new ArrayList<>();
            while (true) {
                skipSpace();
                if (peek() == close) {
                    pos++;
                    return list;
                }
                list.add(parseValue());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                }
            }
        }

        private String parseString(char quote) {
            pos++;
            StringBuilder sb = new StringBuilder();
            while (pos < s.length() && s.charAt(pos) != quote) {
                char c = s.charAt(pos++);
                if (c == '\\' && pos < s.length()) {
                    c = s.charAt(pos++);
                }
                sb.append(c);
            }
            expect(quote);
            return sb.toString();
        }

        private Long parseInt() {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            long v;
            try {
                v = Long.parseLong(s.substring(start, pos));
            } catch (NumberFormatException e) {
                throw error("bad integer");
            }
            if (pos < s.length() && (s.charAt(pos) == 'L' || s.charAt(pos) == 'l')) {
                pos++; // Python 2 long suffix, written by old NumPy versions
            }
            return v;
        }

        private char peek() {
            if (pos >= s.length()) {
                throw error("unexpected end");
            }
            return s.charAt(pos);
        }

        private void expect(char c) {
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        private void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("cannot parse npy header (" + what + " at position " + pos + "): "
                    + s.strip());
        }
    }
}
