package lab.subspace.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import lab.subspace.kernel.spi.Composite;
import org.junit.jupiter.api.Test;

class OutputsTest {

    @Test
    void partsKeepTheirOrder() {
        Outputs o = Outputs.of("table", 2, 3.0).and("figure");
        assertEquals(List.of("table", 2, 3.0, "figure"), o.parts());
        assertTrue(o instanceof Composite);
        assertEquals("Outputs[String, Integer, Double, String]", o.toString());
    }

    @Test
    void isImmutable() {
        Outputs one = Outputs.of("a");
        Outputs two = one.and("b");
        assertEquals(1, one.parts().size());
        assertEquals(2, two.parts().size());
        assertThrows(UnsupportedOperationException.class, () -> two.parts().clear());
    }

    @Test
    void rejectsMissingParts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Outputs.of("a", null));
        assertEquals("Part 1 of 2 outputs is null", e.getMessage());
        assertThrows(IllegalArgumentException.class, Outputs::of);
        assertThrows(IllegalArgumentException.class, () -> Outputs.of("a").and(null));
    }
}
