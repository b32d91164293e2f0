package lab.subspace.display;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClaimsTest {

    @Test
    void aClaimThatHoldsPassesAndOneThatDoesNotThrowsWithTheMeasurement() {
        assertDoesNotThrow(() -> Claims.check("ordering", 1 < 2, "%d < %d", 1, 2));
        AssertionError e = assertThrows(AssertionError.class, () -> Claims.check("ordering", 3 < 2, "%d < %d", 3, 2));
        assertEquals("Claim does not hold: ordering (3 < 2)", e.getMessage());
    }

    @Test
    void withinUsesTheTolerance() {
        assertDoesNotThrow(() -> Claims.within("slope", -0.31, -1.0 / 3, 0.05));
        AssertionError e = assertThrows(AssertionError.class, () -> Claims.within("slope", -0.5, -1.0 / 3, 0.05));
        assertEquals("Claim does not hold: slope (measured -0.5, expected -0.333333 ± 0.05)", e.getMessage());
    }
}
