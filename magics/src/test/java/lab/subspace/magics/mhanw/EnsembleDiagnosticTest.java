package lab.subspace.magics.mhanw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class EnsembleDiagnosticTest {

    private static List<DMatrixRMaj> orthogonalHeads(int d, int heads, int k, long seed) {
        DMatrixRMaj rot = new Rng(seed).orthogonal(d);
        List<DMatrixRMaj> out = new ArrayList<>();
        for (int h = 0; h < heads; h++) {
            out.add(CommonOps_DDRM.extract(rot, 0, d, h * k, (h + 1) * k));
        }
        return out;
    }

    @Test
    void diverseHeadsHaveLessVarianceThanIdenticalHeadsOnTheSameData() {
        LatentViews data = LatentViews.spread(12, 2, 0.8, 0.5, new Rng(1));
        LatentViews.Sample s = data.training(600, new Rng(2));
        EnsembleReport r = EnsembleDiagnostic.run(s.x(), s.y(), orthogonalHeads(12, 4, 3, 3), null, 12, 4);
        assertEquals(1, r.diversity().hdi(), 1e-12);
        assertEquals(1, r.identical().varianceReduction(), 1e-12);
        assertTrue(r.heads().variance() < 0.7 * r.identical().variance(),
                "ensemble variance " + r.heads().variance() + " vs identical " + r.identical().variance());
        assertEquals(120, r.queries());
        assertEquals(240, r.trainSize());
        assertEquals(4, r.bandwidths().length);
        assertEquals(r.heads().mse(), r.heads().bias2() + r.heads().variance(), 1e-12);
    }

    @Test
    void givenBandwidthsAreUsedAndTheSeedFixesTheNumbers() {
        LatentViews data = LatentViews.spread(6, 1, 0.9, 0.3, new Rng(5));
        LatentViews.Sample s = data.training(100, new Rng(6));
        List<DMatrixRMaj> heads = orthogonalHeads(6, 2, 3, 7);
        EnsembleReport a = EnsembleDiagnostic.run(s.x(), s.y(), heads, new double[] {0.5, 0.6}, 5, 8);
        EnsembleReport b = EnsembleDiagnostic.run(s.x(), s.y(), heads, new double[] {0.5, 0.6}, 5, 8);
        assertEquals(a.heads().mse(), b.heads().mse(), 0);
        assertEquals(0.6, a.bandwidths()[1], 0);
    }

    @Test
    void misuseIsNamed() {
        Rng rng = new Rng(9);
        List<DMatrixRMaj> heads = orthogonalHeads(4, 2, 2, 1);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> EnsembleDiagnostic.run(rng.gaussian(10, 4), new double[10], heads, null, 5, 0)).getMessage().contains("at least 20 rows"));
        assertThrows(IllegalArgumentException.class, () -> EnsembleDiagnostic.run(rng.gaussian(30, 4), new double[29], heads, null, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> EnsembleDiagnostic.run(rng.gaussian(30, 5), new double[30], heads, null, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> EnsembleDiagnostic.run(rng.gaussian(30, 4), new double[30], heads, null, 1, 0));
    }
}
