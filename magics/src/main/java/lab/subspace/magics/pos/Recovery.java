package lab.subspace.magics.pos;

import java.util.Locale;

import lab.subspace.display.table.Tables;
import lab.subspace.numerics.linalg.Subspaces;
import tech.tablesaw.api.Table;

/**
 * How well an estimate recovers a known union: each true subspace is matched with the estimated
 * subspace that took most of its points, and the two are compared by their largest principal
 * angle (over min(d_true, d_est) angles) and their dimensions.
 *
 * <pre>{@code
 * Recovery r = Recovery.of(SubspaceEstimation.fit(s.points()), union, s.labels());
 * double worst = r.worstAngle();      // degrees
 * }</pre>
 *
 * @param purity        cluster purity of the estimated assignment
 * @param match         for each true subspace, its estimated partner; not copied
 * @param largestAngles for each true subspace, the largest principal angle to its partner (degrees); not copied
 * @param trueDims      true dimensions; not copied
 * @param matchedDims   partners' dimensions; not copied
 * @param countFound    number of estimated subspaces
 */
public record Recovery(double purity, int[] match, double[] largestAngles, int[] trueDims, int[] matchedDims, int countFound) {

    /**
     * @param truthLabels true subspace of each point the estimate was fitted on
     */
    public static Recovery of(SubspaceStructure estimate, UnionOfSubspaces truth, int[] truthLabels) {
        if (truthLabels.length != estimate.labels().length) {
            throw new IllegalArgumentException(truthLabels.length + " true labels but the estimate covers " + estimate.labels().length
                    + " points");
        }
        if (truth.ambient() != estimate.ambient()) {
            throw new IllegalArgumentException("the true union lives in R^" + truth.ambient() + " but the estimate in R^"
                    + estimate.ambient());
        }
        int k = truth.count();
        int[][] table = new int[k][estimate.count()];
        for (int i = 0; i < truthLabels.length; i++) {
            if (truthLabels[i] < 0 || truthLabels[i] >= k) {
                throw new IllegalArgumentException("true label " + truthLabels[i] + " of point " + i + " is outside 0.." + (k - 1));
            }
            table[truthLabels[i]][estimate.labels()[i]]++;
        }
        int[] match = new int[k];
        double[] angles = new double[k];
        int[] dims = truth.dims();
        int[] found = new int[k];
        for (int t = 0; t < k; t++) {
            int best = 0;
            for (int e = 1; e < estimate.count(); e++) {
                if (table[t][e] > table[t][best]) {
                    best = e;
                }
            }
            match[t] = best;
            double[] a = Subspaces.principalAngles(truth.bases().get(t), estimate.bases().get(best));
            angles[t] = Math.toDegrees(a[a.length - 1]);
            found[t] = estimate.bases().get(best).numCols;
        }
        return new Recovery(estimate.purity(truthLabels), match, angles, dims, found, estimate.count());
    }

    /** The largest of the per-subspace largest angles (degrees). */
    public double worstAngle() {
        double w = 0;
        for (double a : largestAngles) {
            w = Math.max(w, a);
        }
        return w;
    }

    /** Whether the count and every matched dimension are right and no estimate is matched twice. */
    public boolean structureRecovered() {
        if (countFound != trueDims.length) {
            return false;
        }
        boolean[] used = new boolean[countFound];
        for (int t = 0; t < match.length; t++) {
            if (used[match[t]] || matchedDims[t] != trueDims[t]) {
                return false;
            }
            used[match[t]] = true;
        }
        return true;
    }

    public Table table() {
        Tables.Builder b = Tables.builder(String.format(Locale.ROOT, "Recovery of the true union: %d of %d subspaces found, purity %.3f",
                countFound, trueDims.length, purity))
                .strings("true subspace").ints("true dimension").strings("matched estimate").ints("estimated dimension")
                .doubles("largest principal angle (deg)");
        for (int t = 0; t < match.length; t++) {
            b.row("S" + t, trueDims[t], "S" + match[t], matchedDims[t], largestAngles[t]);
        }
        return b.build();
    }
}
