package lab.subspace.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void roundsToSixSignificantDigitsAndDropsTrailingZeros() {
        assertEquals("0.3", Numbers.format(0.1 + 0.2));
        assertEquals("1234.57", Numbers.format(1234.56789));
        assertEquals("-0.000123457", Numbers.format(-0.0001234567));
        assertEquals("0.5", Numbers.format(0.5));
        assertEquals("1000000", Numbers.format(999999.5));
    }

    @Test
    void integralValuesArePlain() {
        assertEquals("42", Numbers.format(42.0));
        assertEquals("-7", Numbers.format(-7.0));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("123456789", Numbers.format(123456789.0));
        assertEquals("12", Numbers.format(12L));
    }

    @Test
    void tinyAndHugeAreScientific() {
        assertEquals("1.5e-09", Numbers.format(1.5e-9));
        assertEquals("1.2346e+12", Numbers.format(1.23456e12 + 0.5));
        assertEquals("-3e-05", Numbers.format(-3e-5));
        assertEquals("1e+20", Numbers.format(1e20));
    }

    @Test
    void nonFiniteValuesAreNamed() {
        assertEquals("NaN", Numbers.format(Double.NaN));
        assertEquals("Inf", Numbers.format(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", Numbers.format(Double.NEGATIVE_INFINITY));
    }
}
