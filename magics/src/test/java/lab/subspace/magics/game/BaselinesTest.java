package lab.subspace.magics.game;

import static lab.subspace.magics.game.GameTest.lowRankPlusNoise;
import static lab.subspace.magics.game.GameTest.maxAbs;
import static lab.subspace.magics.game.GameTest.sampled;
import static lab.subspace.magics.game.GroupMembershipTest.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.data.MaskedMatrix;
import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.RowOps;

class BaselinesTest {

    @Test
    void columnMeansFillOnlyMissingEntries() {
        double n = Double.NaN;
        MaskedMatrix y = Matrices.masked("Y", new DMatrixRMaj(new double[][] {{1, n, n}, {3, 4, n}, {n, 8, n}}));
        DMatrixRMaj m = Baselines.columnMeans(y);
        assertArrayEquals(new double[] {1, 6, 4, 3, 4, 4, 2, 8, 4}, m.data, 1e-12); // empty column: overall mean 4
    }

    @Test
    void separateCompletionIsSoftImputePerGroupAveragedOnOverlaps() {
        DMatrixRMaj x = lowRankPlusNoise(30, 12, 2, 0.1, 1);
        MaskedMatrix y = sampled(x, 0.6, 2);
        GroupMembership g = GroupMembership.of(30, new int[][] {range(0, 18), range(12, 28)}, new String[] {"a", "b"});
        double[] l = {1, 2};
        CompletionOptions o = CompletionOptions.defaults().withTolerance(1e-8).withMaxIterations(10000);
        DMatrixRMaj sep = Baselines.separate(y, g, l, o);
        DMatrixRMaj a = SoftImpute.complete(Baselines.rowsOf(y, range(0, 18)), 1, o, null).estimate();
        DMatrixRMaj b = SoftImpute.complete(Baselines.rowsOf(y, range(12, 28)), 2, o, null).estimate();
        assertArrayEquals(RowOps.row(a, 3), RowOps.row(sep, 3), 1e-12);
        assertArrayEquals(RowOps.row(b, 15), RowOps.row(sep, 27), 1e-12);
        double[] overlap = RowOps.row(sep, 14);
        for (int j = 0; j < 12; j++) {
            assertEquals((a.get(14, j) + b.get(2, j)) / 2, overlap[j], 1e-12);
        }
        DMatrixRMaj means = Baselines.columnMeans(y);
        assertArrayEquals(RowOps.row(means, 29), RowOps.row(sep, 29), 0); // in no group
        assertTrue(maxAbs(sep, Baselines.separate(y, g, l, o)) == 0);
        assertTrue(message(() -> Baselines.separate(y, g, new double[] {1}, o)).contains("1 lambdas for 2 groups"));
    }

    static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }
}
