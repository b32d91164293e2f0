package lab.subspace.numerics.ot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Misuse fails early with a message that names the problem, the index or the shapes. */
class ValidationTest {

    private static final DMatrixRMaj X = Clouds.uniform(4, 2, 0, 1);
    private static final DMatrixRMaj Y = Clouds.uniform(3, 2, 0, 2);

    private static void fails(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "message '" + e.getMessage() + "' lacks '" + f + "'");
        }
    }

    @Test
    void weightsAreChecked() {
        OtProblem p = OtProblem.of(X, Y);
        double[] b = Weights.uniform(3);
        fails(() -> p.withWeights(new double[] {0.25, 0.25, Double.NaN, 0.25}, b), "weights a", "NaN", "index 2");
        fails(() -> p.withWeights(new double[] {0.5, -0.25, 0.5, 0.25}, b), "weights a", "negative", "index 1");
        fails(() -> p.withWeights(Weights.uniform(4), new double[] {0.5, 0.5, Double.POSITIVE_INFINITY}), "weights b", "index 2");
        fails(() -> p.withWeights(Weights.uniform(4), new double[] {0.5, 0.5, 0.5}), "different total mass", "sum a = 1", "sum b = 1.5");
        fails(() -> p.withWeights(Weights.uniform(5), b), "weights a have length 5", "x has 4 points");
        fails(() -> p.withWeights(Weights.uniform(4), new double[] {0, 0, 0}), "weights b sum to zero");
    }

    @Test
    void shapesAreChecked() {
        fails(() -> OtProblem.of(X, Clouds.uniform(3, 3, 0, 2)), "x has 2 columns but y has 3");
        fails(() -> OtProblem.of(new double[][] {{1, 2}, {3}}, new double[][] {{1, 2}}), "ragged", "row 1");
        fails(() -> OtProblem.of(X, Y).withCost(new DMatrixRMaj(3, 4)), "cost matrix is 3 x 4", "problem is 4 x 3");
        DMatrixRMaj bad = new DMatrixRMaj(2, 2);
        bad.set(1, 0, Double.NaN);
        fails(() -> OtProblem.ofCost(bad), "cost matrix contains NaN", "row 1, column 0");
        DMatrixRMaj nanPoints = X.copy();
        nanPoints.set(2, 1, Double.NaN);
        fails(() -> OtProblem.of(nanPoints, Y), "x contains NaN", "row 2, column 1");
    }

    @Test
    void optionsAndParametersAreChecked() {
        OtProblem p = OtProblem.of(X, Y);
        fails(() -> OT.eot(p, 0), "eps must be a positive finite number");
        fails(() -> OT.eot(p, Double.NaN), "eps");
        fails(() -> SinkhornOptions.defaults().withTol(-1), "tol");
        fails(() -> SinkhornOptions.defaults().withMaxIter(0), "maxIter");
        fails(() -> OT.sot(p, new DMatrixRMaj(new double[][] {{1, 0}, {0, 0}}), 2), "direction 1 has norm 0", "unit");
        fails(() -> OT.sot(p, new DMatrixRMaj(3, 2), 2), "directions have 3 rows", "2 coordinates");
        fails(() -> OT.sot(p, Directions.random(2, 3, 1L), 0.5), "p must be");
        fails(() -> OT.sot(OtProblem.ofCost(new DMatrixRMaj(2, 2)), 5, 1L), "no points");
        fails(() -> OT.solver("emd", 0.1, 10, 1L, SinkhornOptions.defaults()), "unknown method 'emd'");
        fails(() -> OT.srotDivergence(OtProblem.of(X, Y).withCost(new DMatrixRMaj(4, 3)), 0.1,
                Directions.random(2, 3, 1L), SinkhornOptions.defaults()), "custom cost");
    }

    @Test
    void tooLargeProblemsFailWithTheSizeInsteadOfRunningOutOfMemory() {
        // an n x n cost matrix twice the size of the heap (or past 2^31 entries on a huge heap) is
        // refused before anything is allocated
        double cells = 2.0 * Runtime.getRuntime().maxMemory() / 8;
        int n = cells < 46_000.0 * 46_000 ? (int) Math.ceil(Math.sqrt(cells)) : 50_000;
        OtProblem huge = OtProblem.of(new DMatrixRMaj(n, 1), new DMatrixRMaj(n, 1));
        fails(() -> OT.eot(huge, 0.1), n + " x " + n, "GB");
        fails(() -> OT.sot(huge, Directions.random(1, 1, 1L), 2), "sliced transport plan", "GB");
        OtProblem larger = OtProblem.of(new DMatrixRMaj(50_000, 1), new DMatrixRMaj(50_000, 1));
        fails(() -> OT.exact(larger), "more than 2^31 entries", "20.00 GB");
        // the sliced distance alone needs no n x m matrix
        assertTrue(OT.sw(huge, Directions.random(1, 1, 1L), 2) == 0);
    }

    @Test
    void inputsAreCopiedNotShared() {
        double[] a = Weights.uniform(4);
        OtProblem p = OtProblem.of(X, Y).withWeights(a, Weights.uniform(3));
        a[0] = 7;
        assertArrayEquals(Weights.uniform(4), p.a());
        p.a()[1] = 9;
        assertArrayEquals(Weights.uniform(4), p.a());
    }
}
