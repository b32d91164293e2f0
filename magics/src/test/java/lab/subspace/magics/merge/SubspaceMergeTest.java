package lab.subspace.magics.merge;

import static lab.subspace.magics.merge.RandomProblems.maxAbsDiff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.random.Rng;

class SubspaceMergeTest {

    private static final double TOL = 1e-9;

    @Test
    void projectedMeanIsTheProjectionOfTheMeanTaskVector() {
        MergeProblem p = RandomProblems.full(6, 12, 1.0, 1);
        Merge m = SubspaceMerge.projectedMean(p, 3);
        DMatrixRMaj u = Spectra.top(p.taskVectors(), 3).v();
        double[] expected = CommonOps_DDRM.mult(CommonOps_DDRM.multTransB(u, u, null), Matrices.column(p.meanTaskVector()), null).data;
        assertTrue(maxAbsDiff(expected, m.delta()) < TOL);
        assertTrue(maxAbsDiff(p.parameters(expected), m.parameters()) < TOL);
        assertEquals(3, m.rank());
    }

    @Test
    void epimerWithFlatOrUniformScalarCurvatureIsTheProjectedMean() {
        MergeProblem p = RandomProblems.full(6, 12, 1.0, 2);
        double[] flat = SubspaceMerge.projectedMean(p, 4).delta();
        assertTrue(maxAbsDiff(flat, SubspaceMerge.epimer(RandomProblems.scalar(p, 1.0), 4).delta()) < TOL);
        assertTrue(maxAbsDiff(flat, SubspaceMerge.epimer(RandomProblems.scalar(p, 7.5), 4).delta()) < TOL);
    }

    @Test
    void wholeSpaceFrechetMeanIsFisherMergingAndFlatWholeSpaceMeanIsAveraging() {
        MergeProblem p = RandomProblems.full(5, 8, 1.0, 3);
        Merge fisher = SubspaceMerge.fisher(p);
        DMatrixRMaj sum = new DMatrixRMaj(8, 8);
        double[] rhs = new double[8];
        for (int t = 0; t < p.tasks(); t++) {
            CommonOps_DDRM.addEquals(sum, p.curvatures().get(t).matrix());
            double[] ht = p.curvatures().get(t).apply(p.taskVector(t));
            for (int i = 0; i < 8; i++) {
                rhs[i] += ht[i];
            }
        }
        DMatrixRMaj x = new DMatrixRMaj(8, 1);
        CommonOps_DDRM.solve(sum, Matrices.column(rhs), x);
        assertTrue(maxAbsDiff(x.data, fisher.delta()) < 1e-8);
        Merge average = SubspaceMerge.frechetMean(p, TaskBasis.full(8), MergeProblem.flat(5, 8), MergeMethod.TASK_ARITHMETIC);
        assertTrue(maxAbsDiff(p.meanTaskVector(), average.delta()) < TOL);
        assertTrue(maxAbsDiff(p.meanTaskVector(), SubspaceMerge.taskArithmetic(p, 1.0 / 5).delta()) < TOL);
    }

    @Test
    void diagonalFisherMergingIsTheCoordinatewiseWeightedMean() {
        MergeProblem p = RandomProblems.diagonal(4, 9, 1.0, 4);
        double[] delta = SubspaceMerge.fisher(p).delta();
        for (int i = 0; i < 9; i++) {
            double num = 0;
            double den = 0;
            for (int t = 0; t < 4; t++) {
                double h = p.curvatures().get(t).diagonalEntries()[i];
                num += h * p.taskVector(t)[i];
                den += h;
            }
            assertEquals(num / den, delta[i], 1e-12);
        }
    }

    @Test
    void diagonalAndFullStorageOfTheSameCurvatureGiveTheSameMerges() {
        MergeProblem p = RandomProblems.diagonal(5, 10, 1.0, 5);
        List<Curvature> dense = new ArrayList<>();
        for (Curvature h : p.curvatures()) {
            dense.add(Curvature.full(h.matrix()));
        }
        MergeProblem q = MergeProblem.of(p.base(), p.taskVectors(), dense);
        assertTrue(maxAbsDiff(SubspaceMerge.epimer(p, 3).delta(), SubspaceMerge.epimer(q, 3).delta()) < TOL);
        assertTrue(maxAbsDiff(SubspaceMerge.fisher(p).delta(), SubspaceMerge.fisher(q).delta()) < TOL);
    }

    @Test
    void epimerIsTheBestMergeInsideTheSubspace() {
        MergeProblem p = RandomProblems.full(6, 10, 1.5, 6);
        TaskBasis basis = TaskBasis.of(p, 3);
        Merge epi = SubspaceMerge.frechetMean(p, basis, p.curvatures(), MergeMethod.EPIMER);
        double best = epi.diagnostics().totalError();
        double[] c = basis.coordinates(epi.delta());
        Rng rng = new Rng(9);
        for (int k = 0; k < 50; k++) {
            double[] moved = c.clone();
            for (int i = 0; i < moved.length; i++) {
                moved[i] += 0.05 * rng.gaussian();
            }
            double[] delta = basis.lift(moved);
            assertTrue(MergeDiagnostics.of(p, basis, delta).totalError() >= best - 1e-12);
        }
        assertTrue(best <= SubspaceMerge.projectedMean(p, 3).diagnostics().totalError() + 1e-12);
    }

    @Test
    void epimerIsNeverWorseThanTheProjectedMeanOnTotalError() {
        for (long seed = 10; seed < 30; seed++) {
            MergeProblem p = RandomProblems.full(5, 8, 1.0, seed);
            for (int r = 1; r <= 5; r++) {
                double flat = SubspaceMerge.projectedMean(p, r).diagnostics().totalError();
                double epi = SubspaceMerge.epimer(p, r).diagnostics().totalError();
                assertTrue(epi <= flat * (1 + 1e-12), "seed " + seed + " rank " + r);
            }
        }
    }

    @Test
    void mergesAreEquivariantUnderRotationsOfParameterSpace() {
        MergeProblem p = RandomProblems.full(4, 6, 1.0, 7);
        DMatrixRMaj q = new Rng(8).orthogonal(6);
        List<Curvature> rotated = new ArrayList<>();
        for (Curvature h : p.curvatures()) {
            DMatrixRMaj qh = CommonOps_DDRM.mult(q, h.matrix(), null);
            DMatrixRMaj qhq = CommonOps_DDRM.multTransB(qh, q, null);
            FineTuning.symmetrise(qhq);
            rotated.add(Curvature.full(qhq));
        }
        DMatrixRMaj tau = CommonOps_DDRM.multTransB(p.taskVectors(), q, null);
        MergeProblem pq = MergeProblem.of(rotate(q, p.base()), tau, rotated);
        for (int r = 1; r <= 4; r++) {
            assertTrue(maxAbsDiff(rotate(q, SubspaceMerge.epimer(p, r).delta()), SubspaceMerge.epimer(pq, r).delta()) < 1e-9);
        }
        assertTrue(maxAbsDiff(rotate(q, SubspaceMerge.fisher(p).delta()), SubspaceMerge.fisher(pq).delta()) < 1e-9);
    }

    @Test
    void mergesDoNotDependOnTaskOrderOrCurvatureScale() {
        MergeProblem p = RandomProblems.full(5, 7, 1.0, 11);
        int[] order = {3, 0, 4, 1, 2};
        DMatrixRMaj tau = new DMatrixRMaj(5, 7);
        List<Curvature> h = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
            System.arraycopy(p.taskVector(order[t]), 0, tau.data, t * 7, 7);
            h.add(Curvature.full(scaled(p.curvatures().get(order[t]).matrix(), 3.0)));
        }
        MergeProblem shuffled = MergeProblem.of(p.base(), tau, h);
        assertTrue(maxAbsDiff(SubspaceMerge.epimer(p, 3).delta(), SubspaceMerge.epimer(shuffled, 3).delta()) < 1e-9);
        assertTrue(maxAbsDiff(SubspaceMerge.fisher(p).delta(), SubspaceMerge.fisher(shuffled).delta()) < 1e-9);
    }

    @Test
    void directionsWithoutCurvatureKeepTheFlatMean() {
        MergeProblem p = RandomProblems.full(4, 6, 1.0, 12);
        MergeProblem zero = RandomProblems.scalar(p, 0.0);
        Merge epi = SubspaceMerge.epimer(zero, 3);
        assertEquals(3, epi.degenerateDirections());
        assertTrue(maxAbsDiff(SubspaceMerge.projectedMean(p, 3).delta(), epi.delta()) < TOL);
        Merge fisher = SubspaceMerge.fisher(zero);
        assertEquals(6, fisher.degenerateDirections());
        assertTrue(maxAbsDiff(p.meanTaskVector(), fisher.delta()) < TOL);
        assertEquals(0, SubspaceMerge.epimer(p, 3).degenerateDirections());
    }

    @Test
    void compareReturnsEveryMethodAtEveryRank() {
        MergeProblem p = RandomProblems.diagonal(4, 20, 1.0, 13);
        MergeReport r = SubspaceMerge.compare(p, new int[] {1, 2, 4}, 0.25);
        assertEquals(2 + 2 * 3, r.merges().size());
        assertEquals(3, r.criteria().size());
        assertEquals(4, r.merge(MergeMethod.EPIMER, 4).rank());
        assertEquals(20, r.merge(MergeMethod.FISHER, 1).rank());
        assertEquals(4, r.taskSingularValues().length);
        assertTrue(r.merges().stream().allMatch(m -> m.diagnostics().boundHolds()));
    }

    @Test
    void taskBasisIsOrthonormalAndCapturesTheTopSingularEnergy() {
        MergeProblem p = RandomProblems.diagonal(5, 15, 1.0, 14);
        double[] s = Spectra.singularValues(p.taskVectors());
        double total = Spectra.totalEnergy(s);
        for (int r = 1; r <= 5; r++) {
            TaskBasis b = TaskBasis.of(p, r);
            DMatrixRMaj g = CommonOps_DDRM.multTransA(b.u(), b.u(), null);
            assertTrue(org.ejml.dense.row.MatrixFeatures_DDRM.isIdentity(g, 1e-10));
            double top = 0;
            for (int i = 0; i < r; i++) {
                top += s[i] * s[i];
            }
            assertEquals(top / total, b.capturedEnergy(), 1e-10);
        }
        assertEquals(1.0, TaskBasis.of(p, 5).capturedEnergy(), 1e-10);
        assertEquals(1.0, TaskBasis.full(15).capturedEnergy());
    }

    private static double[] rotate(DMatrixRMaj q, double[] v) {
        return CommonOps_DDRM.mult(q, Matrices.column(v), null).data;
    }

    private static DMatrixRMaj scaled(DMatrixRMaj m, double s) {
        DMatrixRMaj out = m.copy();
        CommonOps_DDRM.scale(s, out);
        return out;
    }
}
