package lab.subspace.display.plotly;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.internal.Streams;
import com.google.gson.stream.JsonReader;

/** Checks on converted figures shared by the plotly and plots tests. */
public final class JsonAssert {

    private JsonAssert() {
    }

    /** Parses {@code json} as strict JSON (no NaN, no single quotes, no trailing commas). */
    public static JsonObject strict(String json) {
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement e = Streams.parse(reader);
            assertTrue(reader.peek() == com.google.gson.stream.JsonToken.END_DOCUMENT, "text after the JSON value");
            return e.getAsJsonObject();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Every element is a JSON number or null. */
    public static void numbersOrNull(JsonArray arr) {
        for (JsonElement e : arr) {
            if (e.isJsonArray()) {
                numbersOrNull(e.getAsJsonArray());
            } else {
                assertTrue(e.isJsonNull() || (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()), "not a number: " + e + " in " + arr);
            }
        }
    }

    /** No string anywhere in the tree still holds an HTML entity. */
    public static void noEntities(JsonElement e) {
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> entry : e.getAsJsonObject().entrySet()) {
                noEntities(entry.getValue());
            }
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(JsonAssert::noEntities);
        } else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            assertFalse(e.getAsString().matches("(?s).*&(#\\d+|#x[0-9a-fA-F]+|lt|gt|amp|quot|apos);.*"), "HTML entity left in " + e);
        }
    }

    /** {@code {"text": expected}}. */
    public static void title(String expected, JsonElement title) {
        assertTrue(title != null && title.isJsonObject(), "title is not an object: " + title);
        org.junit.jupiter.api.Assertions.assertEquals(expected, title.getAsJsonObject().get("text").getAsString());
    }
}
