package lab.subspace.magics.mcboost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class IntervalsTest {

    /** Heteroscedastic regression: noise sd 0.3, and 1.2 in group "noisy" (a quarter of the rows). */
    private static McData sample(int n, long seed) {
        Rng rng = new Rng(seed);
        double[] base = new double[n];
        double[] y = new double[n];
        boolean[][] member = new boolean[1][n];
        for (int i = 0; i < n; i++) {
            base[i] = rng.gaussian();
            member[0][i] = i % 4 == 0;
            y[i] = base[i] + (member[0][i] ? 1.2 : 0.3) * rng.gaussian();
        }
        return new McData(base, y, Groups.of(new String[] {"noisy"}, member), null);
    }

    @Test
    void groupAuditGivesEachGroupItsCoverage() {
        McData cal = sample(4000, 1);
        McData fresh = sample(20000, 2);
        IntervalFit fit = Intervals.fit(cal, 0.1, AuditClass.groups(), McOptions.defaults().withEta(1)
                .withRule(StopRule.FIXED).withMaxRounds(40));
        // the pooled (split-conformal) interval under-covers the noisy group
        IntervalFit pooled = new IntervalFit(0.1, fit.pooledLower(), fit.pooledUpper(), fit.lower().truncate(0),
                fit.upper().truncate(0));
        assertTrue(pooled.coverage(fresh)[1] < 0.75, "pooled coverage of the noisy group " + pooled.coverage(fresh)[1]);
        double[] c = fit.coverage(fresh);
        assertEquals(0.9, c[0], 0.02);
        assertEquals(0.9, c[1], 0.03);
        double[][] b = fit.bounds(fresh);
        for (int i = 0; i < 100; i++) {
            assertTrue(b[0][i] < b[1][i]);
        }
    }

    @Test
    void rejectsABadMiscoverage() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Intervals.fit(sample(10, 3), 1.5, AuditClass.groups(), McOptions.defaults()));
        assertTrue(e.getMessage().contains("miscoverage"), e.getMessage());
    }
}
