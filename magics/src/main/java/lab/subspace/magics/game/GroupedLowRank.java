package lab.subspace.magics.game;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.MaskedMatrix;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.random.Rng;

/**
 * Draws the synthetic matrices of the GAME experiments ({@link SyntheticSpec}): rows of group g
 * are {@code sqrt(p / r) V_g a} with a ~ N(0, I_r), so every entry has variance about 1.
 *
 * <p>With distinct subspaces and overlapping groups, consecutive groups g-1 and g share one
 * direction s_g and rows in both groups lie on it (they must lie in both groups' subspaces):
 * {@code V_g = [s_g, s_(g+1), b_g1 .. b_g(r-2)]}, so the whole matrix has rank K (r - 1) while each
 * group has rank r. With {@code shared = true} every group uses the same V (rank r overall).
 *
 * <p>Independent random streams are split off the seed for the subspaces, coefficients, mask and
 * noise, so changing only the sampling rates keeps the truth and noise and nests the masks.
 *
 * <pre>{@code
 * SyntheticData d = GroupedLowRank.sample(SyntheticSpec.paper(), 7);
 * MaskedMatrix Y = d.observed();
 * }</pre>
 */
public final class GroupedLowRank {

    private GroupedLowRank() {
    }

    public static SyntheticData sample(SyntheticSpec spec, long seed) {
        int n = spec.rows();
        int p = spec.cols();
        int k = spec.groups();
        int r = spec.rank();
        Memory.requireDoubles(3L * n * p, "synthetic " + n + " x " + p + " matrices");
        Rng root = new Rng(seed);
        Rng basisRng = root.split();
        Rng coefRng = root.split();
        Rng maskRng = root.split();
        Rng noiseRng = root.split();

        GroupMembership groups = GroupMembership.chain(n, k, spec.overlap());
        int directions = SyntheticSpec.directions(spec.shared(), k, spec.overlap(), r);
        DMatrixRMaj q = basisRng.orthonormal(p, directions);
        boolean chained = !spec.shared() && k > 1 && spec.overlap() > 0;
        List<DMatrixRMaj> bases = new ArrayList<>(k);
        for (int g = 0; g < k; g++) {
            int[] cols = new int[r];
            for (int c = 0; c < r; c++) {
                if (spec.shared() || k == 1) {
                    cols[c] = c;
                } else if (chained) {
                    cols[c] = c == 0 ? g : c == 1 ? (g + 1) % k : k + g * (r - 2) + (c - 2);
                } else {
                    cols[c] = g * r + c;
                }
            }
            bases.add(columns(q, cols));
        }

        int block = n / k;
        int[] coverage = groups.coverage();
        DMatrixRMaj truth = new DMatrixRMaj(n, p);
        double scale = Math.sqrt((double) p / r);
        for (int i = 0; i < n; i++) {
            double[] a = coefRng.gaussianVector(r);
            if (chained && coverage[i] > 1) {
                // the first rows of block m are shared by groups m-1 and m: they lie on s_m
                int m = Math.min(i / block, k - 1);
                double z = a[0] * Math.sqrt(p);
                for (int j = 0; j < p; j++) {
                    truth.unsafe_set(i, j, z * q.unsafe_get(j, m));
                }
            } else {
                DMatrixRMaj v = bases.get(groups.groupsOf(i)[0]);
                for (int j = 0; j < p; j++) {
                    double s = 0;
                    for (int c = 0; c < r; c++) {
                        s += v.unsafe_get(j, c) * a[c];
                    }
                    truth.unsafe_set(i, j, scale * s);
                }
            }
        }

        boolean[] sparseRow = new boolean[n];
        if (spec.sparseGroup() >= 0) {
            for (int i : groups.membersView(spec.sparseGroup())) {
                sparseRow[i] = true;
            }
        }
        DMatrixRMaj values = new DMatrixRMaj(n, p);
        DMatrixRMaj mask = new DMatrixRMaj(n, p);
        int observed = 0;
        for (int i = 0; i < n; i++) {
            double rate = sparseRow[i] ? spec.sparseRate() : spec.rate();
            for (int j = 0; j < p; j++) {
                double u = maskRng.uniform();
                double e = noiseRng.gaussian();
                if (u < rate) {
                    values.unsafe_set(i, j, truth.unsafe_get(i, j) + spec.sigma() * e);
                    mask.unsafe_set(i, j, 1);
                    observed++;
                }
            }
        }
        return new SyntheticData(spec, seed, truth, new MaskedMatrix(values, mask, observed), groups, List.copyOf(bases));
    }

    private static DMatrixRMaj columns(DMatrixRMaj q, int[] cols) {
        DMatrixRMaj out = new DMatrixRMaj(q.numRows, cols.length);
        for (int c = 0; c < cols.length; c++) {
            CommonOps_DDRM.extract(q, 0, q.numRows, cols[c], cols[c] + 1, out, 0, c);
        }
        return out;
    }
}
