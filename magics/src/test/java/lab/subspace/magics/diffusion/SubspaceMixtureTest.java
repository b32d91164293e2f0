package lab.subspace.magics.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import lab.subspace.numerics.linalg.Subspaces;
import lab.subspace.numerics.random.Rng;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.api.Test;

class SubspaceMixtureTest {

    @Test
    void samplesLieOnTheirSubspaceWithUnitVarianceCoordinates() {
        for (SubgaussianLaw law : SubgaussianLaw.values()) {
            SubspaceMixture mix = SubspaceMixture.random(20, 3, 2, law, 1);
            MixtureSample s = mix.sample(4000, 2);
            double second = 0;
            int count = 0;
            for (int i = 0; i < 4000; i++) {
                DMatrixRMaj x = CommonOps_DDRM.extract(s.points(), i, i + 1, 0, 20);
                DMatrixRMaj u = mix.basis(s.components()[i]);
                assertEquals(0, Subspaces.distances(x, u)[0], 1e-12);
                DMatrixRMaj z = CommonOps_DDRM.mult(x, u, null);
                for (double v : z.data) {
                    second += v * v;
                    count++;
                    if (law == SubgaussianLaw.RADEMACHER) {
                        assertEquals(1, Math.abs(v), 1e-12);
                    }
                    if (law == SubgaussianLaw.UNIFORM) {
                        assertTrue(Math.abs(v) <= Math.sqrt(3) + 1e-12);
                    }
                }
            }
            assertEquals(1, second / count, 0.04, law + ": coordinates have unit variance");
        }
    }

    @Test
    void componentsFollowTheWeights() {
        DMatrixRMaj u = new Rng(1).subspace(5, 1);
        DMatrixRMaj v = new Rng(2).subspace(5, 2);
        SubspaceMixture mix = SubspaceMixture.of(List.of(u, v), new double[] {1, 3}, SubgaussianLaw.GAUSSIAN);
        assertArrayEquals(new double[] {0.25, 0.75}, mix.weights(), 1e-15);
        assertEquals(2, mix.intrinsicDimension());
        int[] c = mix.sample(8000, 3).components();
        double share = java.util.Arrays.stream(c).filter(j -> j == 1).count() / 8000.0;
        assertEquals(0.75, share, 0.02);
    }

    /** log sum_j w_j N(x; 0, a^2 U_j U_j^T + s^2 I), with dense covariances. */
    private static double logDensity(SubspaceMixture mix, double[] x, double t) {
        double a = ForwardProcess.alpha(t);
        double s2 = ForwardProcess.variance(t);
        int d = x.length;
        double total = 0;
        for (int j = 0; j < mix.components(); j++) {
            DMatrixRMaj u = mix.basis(j);
            DMatrixRMaj cov = CommonOps_DDRM.multTransB(u, u, null);
            CommonOps_DDRM.scale(a * a, cov);
            for (int i = 0; i < d; i++) {
                cov.add(i, i, s2);
            }
            LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(d);
            solver.setA(cov.copy());
            DMatrixRMaj sol = new DMatrixRMaj(d, 1);
            solver.solve(new DMatrixRMaj(d, 1, true, x), sol);
            double quad = 0;
            for (int i = 0; i < d; i++) {
                quad += x[i] * sol.get(i);
            }
            double logDet = Math.log(CommonOps_DDRM.det(cov));
            total += mix.weights()[j] * Math.exp(-0.5 * quad - 0.5 * logDet - 0.5 * d * Math.log(2 * Math.PI));
        }
        return Math.log(total);
    }

    @Test
    void exactScoreIsTheGradientOfTheNoisedLogDensity() {
        SubspaceMixture mix = SubspaceMixture.random(4, 1, 3, SubgaussianLaw.GAUSSIAN, 5);
        double[] x = {0.3, -0.8, 0.5, 0.1};
        ScoreModel exact = mix.exactScore();
        for (double t : new double[] {0.05, 0.4, 2}) {
            DMatrixRMaj score = exact.score(new DMatrixRMaj(1, 4, true, x), t);
            double h = 1e-5;
            for (int i = 0; i < 4; i++) {
                double[] plus = x.clone();
                double[] minus = x.clone();
                plus[i] += h;
                minus[i] -= h;
                double fd = (logDensity(mix, plus, t) - logDensity(mix, minus, t)) / (2 * h);
                assertEquals(fd, score.get(0, i), 1e-5 * Math.max(1, Math.abs(fd)), "t = " + t + ", coordinate " + i);
            }
            // its denoiser agrees with Tweedie's formula applied to the score
            ScoreModel viaScore = exact::score;
            DMatrixRMaj p = new DMatrixRMaj(1, 4, true, x);
            assertArrayEquals(viaScore.denoise(p, t).data, exact.denoise(p, t).data, 1e-12);
        }
    }

    @Test
    void drawsAreDeterministicAndIndependent() {
        SubspaceMixture mix = SubspaceMixture.random(6, 2, 3, SubgaussianLaw.UNIFORM, 7);
        Split a = mix.draw(30, 20, 11);
        Split b = mix.draw(30, 20, 11);
        assertArrayEquals(a.train().data, b.train().data, 0);
        assertArrayEquals(a.fresh().data, b.fresh().data, 0);
        assertTrue(a.train().get(0, 0) != mix.draw(30, 20, 12).train().get(0, 0));
        assertEquals(20, a.fresh().numRows);
    }

    @Test
    void misuseIsNamed() {
        assertEquals("the subspace dimension k must be in [1, D = 3] but is 4",
                assertThrows(IllegalArgumentException.class, () -> SubspaceMixture.random(3, 4, 2, SubgaussianLaw.GAUSSIAN, 1))
                        .getMessage());
        DMatrixRMaj notOrthonormal = new DMatrixRMaj(new double[][] {{1, 1}, {0, 1}, {0, 0}});
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SubspaceMixture.of(List.of(notOrthonormal), new double[] {1}, SubgaussianLaw.GAUSSIAN)).getMessage()
                .contains("orthonormal"));
        DMatrixRMaj u = new Rng(1).subspace(4, 1);
        assertEquals("there are 1 subspaces but 2 weights", assertThrows(IllegalArgumentException.class,
                () -> SubspaceMixture.of(List.of(u), new double[] {1, 2}, SubgaussianLaw.GAUSSIAN)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SubspaceMixture.of(List.of(u, new Rng(2).subspace(5, 1)), new double[] {1, 1}, SubgaussianLaw.GAUSSIAN))
                .getMessage().contains("basis 1"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SubspaceMixture.random(4, 1, 2, SubgaussianLaw.UNIFORM, 1).exactScore()).getMessage().contains("Gaussian"));
    }

    @Test
    void samplePoolDrawsDisjointSubsets() {
        DMatrixRMaj data = new DMatrixRMaj(50, 2);
        for (int i = 0; i < 50; i++) {
            data.set(i, 0, i);
        }
        Split s = SamplePool.of(data).draw(20, 30, 3);
        java.util.Set<Double> seen = new java.util.HashSet<>();
        for (int i = 0; i < 20; i++) {
            seen.add(s.train().get(i, 0));
        }
        for (int i = 0; i < 30; i++) {
            assertTrue(seen.add(s.fresh().get(i, 0)), "row shared between training and fresh samples");
        }
        assertEquals("the pool has 50 samples but 30 training + 21 fresh = 51 disjoint ones were asked for",
                assertThrows(IllegalArgumentException.class, () -> SamplePool.of(data).draw(30, 21, 1)).getMessage());
    }
}
