package lab.subspace.display.plotly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import org.junit.jupiter.api.Test;

class JsonNumbersTest {

    @Test
    void javaDoubleTextAndIntegersParse() {
        assertEquals(1e-9, JsonNumbers.parse("1.0E-9").getAsDouble());
        assertEquals(-2.5, JsonNumbers.parse("-2.5").getAsDouble());
        assertEquals(0.5, JsonNumbers.parse(".5").getAsDouble());
        assertEquals(1.0, JsonNumbers.parse("1.").getAsDouble());
        assertEquals(5L, JsonNumbers.parse("+5").getAsLong());
        JsonElement big = JsonNumbers.parse("12345678901234567890");
        assertEquals(1.2345678901234567e19, big.getAsDouble(), "beyond 18 digits: a double");
        assertEquals("42", JsonNumbers.parse("42").toString(), "integers stay integers in the JSON text");
    }

    @Test
    void overflowIsNullAndNonNumbersAreRejected() {
        assertTrue(JsonNumbers.parse("1e400").isJsonNull());
        for (String s : new String[] {"", "-", ".", "1e", "1e+", "--1", "0x10", "1.0d", "1,5", "a", "1 "}) {
            assertNull(JsonNumbers.parse(s), "'" + s + "'");
        }
    }

    @Test
    void missingWordsAreNullAndLabelsAreNotNumbers() {
        for (String s : new String[] {"null", "NaN", "Infinity", "-Infinity"}) {
            assertTrue(JsonNumbers.fromString(s).isJsonNull(), s);
        }
        assertNull(JsonNumbers.fromString("n=100"));
        assertEquals(100L, JsonNumbers.fromString("100").getAsLong());
    }
}
