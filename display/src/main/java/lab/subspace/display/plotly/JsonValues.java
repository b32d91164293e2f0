package lab.subspace.display.plotly;

import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** Java values to JSON, with non-finite numbers as null (Plotly's gap) instead of Gson's error. */
final class JsonValues {

    private JsonValues() {
    }

    static JsonElement of(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof JsonElement e) {
            return e;
        }
        if (value instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        if (value instanceof Number n) {
            return number(n);
        }
        if (value instanceof CharSequence || value instanceof Enum<?> || value instanceof Character) {
            return new JsonPrimitive(value.toString());
        }
        JsonArray arr = new JsonArray();
        if (value instanceof double[] a) {
            for (double v : a) {
                arr.add(number(v));
            }
            return arr;
        }
        if (value instanceof int[] a) {
            for (int v : a) {
                arr.add(v);
            }
            return arr;
        }
        if (value instanceof Object[] a) {
            for (Object v : a) {
                arr.add(of(v));
            }
            return arr;
        }
        if (value instanceof Iterable<?> it) {
            for (Object v : it) {
                arr.add(of(v));
            }
            return arr;
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject obj = new JsonObject();
            map.forEach((k, v) -> obj.add(String.valueOf(k), of(v)));
            return obj;
        }
        throw new IllegalArgumentException("Cannot write a " + value.getClass().getName() + " as a Plotly attribute value");
    }

    private static JsonElement number(Number n) {
        double d = n.doubleValue();
        if ((n instanceof Double || n instanceof Float) && !Double.isFinite(d)) {
            return JsonNull.INSTANCE;
        }
        return new JsonPrimitive(n);
    }
}
