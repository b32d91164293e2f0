package lab.subspace.numerics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Reference values from Python's math.erf/erfc/lgamma and SciPy tables. */
class SpecialFunctionsTest {

    private static void close(double expected, double actual, double rel) {
        assertEquals(expected, actual, rel * Math.abs(expected));
    }

    @Test
    void errorFunction() {
        close(0.5204998778130465, SpecialFunctions.erf(0.5), 1e-15);
        close(0.999593047982555, SpecialFunctions.erf(2.5), 1e-15);
        close(-0.5204998778130465, SpecialFunctions.erf(-0.5), 1e-15);
        close(1.5374597944280351e-12, SpecialFunctions.erfc(5), 1e-13);
        close(2.088487583762545e-45, SpecialFunctions.erfc(10), 1e-13);
        close(1.842700792949715, SpecialFunctions.erfc(-1), 1e-15);
        assertEquals(0.0, SpecialFunctions.erf(0));
        assertEquals(1.0, SpecialFunctions.erf(40));
        // continuity across the series / continued-fraction switch at 2
        assertEquals(SpecialFunctions.erf(2 - 1e-12), SpecialFunctions.erf(2 + 1e-12), 1e-11);
    }

    @Test
    void gammaBetaAndChoose() {
        close(Math.log(Math.sqrt(Math.PI)), SpecialFunctions.logGamma(0.5), 1e-14);
        close(Math.log(362880), SpecialFunctions.logGamma(10), 1e-14);
        close(Math.log(Math.PI / Math.sin(Math.PI * 0.1)) - SpecialFunctions.logGamma(0.9),
                SpecialFunctions.logGamma(0.1), 1e-14);
        close(Math.log(252), SpecialFunctions.logChoose(10, 5), 1e-13);
        // I_0.3(2, 3) = sum_{j=2..4} C(4, j) 0.3^j 0.7^(4-j)
        close(0.3483, SpecialFunctions.regularizedBeta(0.3, 2, 3), 1e-13);
        close(1 - 0.3483, SpecialFunctions.regularizedBeta(0.7, 3, 2), 1e-13);
        assertThrows(IllegalArgumentException.class, () -> SpecialFunctions.logGamma(0));
        assertThrows(IllegalArgumentException.class, () -> SpecialFunctions.regularizedBeta(1.5, 1, 1));
    }

    @Test
    void normalAndStudentT() {
        close(1.959963984540054, SpecialFunctions.normalQuantile(0.975), 1e-14);
        close(-6.361340902404056, SpecialFunctions.normalQuantile(1e-10), 1e-13);
        close(0.975, SpecialFunctions.normalCdf(1.959963984540054), 1e-15);
        assertEquals(0.0, SpecialFunctions.normalQuantile(0.5), 1e-16);
        close(2.306004135204166, SpecialFunctions.studentTQuantile(0.975, 8), 1e-12);
        close(12.706204736174698, SpecialFunctions.studentTQuantile(0.975, 1), 1e-12);
        close(-3.182446305284263, SpecialFunctions.studentTQuantile(0.025, 3), 1e-12);
        // t with many degrees of freedom approaches the normal
        close(1.959963984540054, SpecialFunctions.studentTQuantile(0.975, 1e7), 1e-6);
        assertEquals(0.5, SpecialFunctions.studentTCdf(0, 4), 1e-16);
        assertThrows(IllegalArgumentException.class, () -> SpecialFunctions.normalQuantile(1.5));
    }
}
