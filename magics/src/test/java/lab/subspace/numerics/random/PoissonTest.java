package lab.subspace.numerics.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PoissonTest {

    @Test
    void meanAndVarianceMatchTheMeanOnBothSidesOfTheAlgorithmSwitch() {
        for (double lambda : new double[] {0.3, 4, 9.99, 10, 37.5, 1000}) {
            Rng rng = new Rng(11);
            int n = 100_000;
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < n; i++) {
                long k = Poisson.sample(rng, lambda);
                assertTrue(k >= 0);
                sum += k;
                sumSq += (double) k * k;
            }
            double mean = sum / n;
            double variance = sumSq / n - mean * mean;
            double standardError = Math.sqrt(lambda / n);
            assertEquals(lambda, mean, 5 * standardError, "mean at lambda = " + lambda);
            assertEquals(lambda, variance, 0.03 * lambda, "variance at lambda = " + lambda);
        }
    }

    @Test
    void probabilitiesOfSmallCountsMatchThePmf() {
        Rng rng = new Rng(3);
        double lambda = 2.5;
        int n = 200_000;
        int[] counts = new int[6];
        for (int i = 0; i < n; i++) {
            long k = Poisson.sample(rng, lambda);
            if (k < counts.length) {
                counts[(int) k]++;
            }
        }
        double p = Math.exp(-lambda);
        for (int k = 0; k < counts.length; k++) {
            double se = Math.sqrt(p * (1 - p) / n);
            assertEquals(p, counts[k] / (double) n, 5 * se, "P(K = " + k + ")");
            p *= lambda / (k + 1);
        }
    }

    @Test
    void rejectionSamplerMatchesThePmfNearTheMode() {
        Rng rng = new Rng(5);
        double lambda = 50;
        int n = 200_000;
        int hits = 0;
        for (int i = 0; i < n; i++) {
            if (Poisson.sample(rng, lambda) == 50) {
                hits++;
            }
        }
        double p = Math.exp(-lambda + 50 * Math.log(lambda) - Poisson.logFactorial(50));
        assertEquals(p, hits / (double) n, 5 * Math.sqrt(p * (1 - p) / n));
    }

    @Test
    void logFactorialIsExactForSmallAndAccurateForLargeArguments() {
        double direct = 0;
        for (int k = 1; k <= 200; k++) {
            direct += Math.log(k);
            assertEquals(direct, Poisson.logFactorial(k), 1e-10 * Math.max(1, direct), "log " + k + "!");
        }
        assertEquals(0, Poisson.logFactorial(0));
    }

    @Test
    void zeroMeanGivesZeroAndInvalidMeansAreRejected() {
        Rng rng = new Rng(1);
        assertEquals(0, Poisson.sample(rng, 0));
        assertThrows(IllegalArgumentException.class, () -> Poisson.sample(rng, -1));
        assertThrows(IllegalArgumentException.class, () -> Poisson.sample(rng, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Poisson.sample(rng, Double.POSITIVE_INFINITY));
    }

    @Test
    void sameSeedGivesSameCounts() {
        Rng a = new Rng(99);
        Rng b = new Rng(99);
        for (int i = 0; i < 1000; i++) {
            double lambda = i % 2 == 0 ? 3.3 : 333;
            assertEquals(Poisson.sample(a, lambda), Poisson.sample(b, lambda));
        }
    }
}
