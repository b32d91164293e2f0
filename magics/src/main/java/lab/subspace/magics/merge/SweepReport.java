package lab.subspace.magics.merge;

import java.util.Arrays;
import java.util.List;

import lab.subspace.numerics.stats.Correlation;

/**
 * The heterogeneity x rank sweep of {@code %merge sweep}: predicted vs measured advantage of
 * curvature-aware merging, and the bound check, per cell.
 *
 * <pre>{@code
 * SweepReport s = HeterogeneitySweep.run(SuiteSpec.regression(), new double[] {0, 0.5, 1, 2}, new int[] {1, 2, 4, 8}, 5);
 * double agree = s.agreement(0.01);          // fraction of cells where the criterion names the winner
 * }</pre>
 *
 * @param spec            the suite (its heterogeneity is replaced by each swept value)
 * @param heterogeneities the swept eta values; not copied
 * @param ranks           the ranks; not copied
 * @param replicates      suites per heterogeneity
 * @param cells           one per (eta, rank), eta-major
 */
public record SweepReport(SuiteSpec spec, double[] heterogeneities, int[] ranks, int replicates, List<SweepCell> cells) {

    /** The cell at (eta, rank). */
    public SweepCell cell(double heterogeneity, int rank) {
        return cells.stream().filter(c -> c.heterogeneity() == heterogeneity && c.rank() == rank).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cell at heterogeneity " + heterogeneity + ", rank " + rank));
    }

    /** Fraction of cells where the predicted and measured average-task winners agree (tie band relative). */
    public double agreement(double band) {
        return cells.stream().filter(c -> c.predictedWinner(band) == c.measuredWinner(band)).count() / (double) cells.size();
    }

    /** The same for the worst task. */
    public double worstAgreement(double band) {
        return cells.stream().filter(c -> c.predictedWorstWinner(band) == c.measuredWorstWinner(band)).count()
                / (double) cells.size();
    }

    /** Fraction of cells where held-out data confirm the criterion's call (see {@link SweepCell#criterionConfirmed}). */
    public double confirmed(double band, double tieTolerance) {
        return cells.stream().filter(c -> c.criterionConfirmed(band, tieTolerance)).count() / (double) cells.size();
    }

    /** The same for the worst task. */
    public double worstConfirmed(double band, double tieTolerance) {
        return cells.stream().filter(c -> c.worstCriterionConfirmed(band, tieTolerance)).count() / (double) cells.size();
    }

    /** Cells where the criterion's average-task winner is wrong. */
    public List<SweepCell> disagreements(double band) {
        return cells.stream().filter(c -> c.predictedWinner(band) != c.measuredWinner(band)).toList();
    }

    /** Spearman correlation of predicted and measured relative average-task gains over all cells. */
    public double spearman() {
        return Correlation.spearman(cells.stream().mapToDouble(SweepCell::predictedRelativeGain).toArray(),
                cells.stream().mapToDouble(SweepCell::measuredRelativeGain).toArray());
    }

    /** Largest error / bound over every merge of every cell and replicate. */
    public double maxBoundRatio() {
        return cells.stream().mapToDouble(SweepCell::maxBoundRatio).max().orElse(0);
    }

    /** Largest actual training-objective increase / bound. */
    public double maxObjectiveBoundRatio() {
        return cells.stream().mapToDouble(SweepCell::maxObjectiveBoundRatio).max().orElse(0);
    }

    /** Measured relative average-task gain at {@code rank}, one per swept eta. */
    public double[] measuredGains(int rank) {
        return Arrays.stream(heterogeneities).map(h -> cell(h, rank).measuredRelativeGain()).toArray();
    }

    /** Predicted relative average-task gain at {@code rank}, one per swept eta. */
    public double[] predictedGains(int rank) {
        return Arrays.stream(heterogeneities).map(h -> cell(h, rank).predictedRelativeGain()).toArray();
    }

    /** Measured relative worst-task gain at {@code rank}, one per swept eta. */
    public double[] measuredWorstGains(int rank) {
        return Arrays.stream(heterogeneities).map(h -> cell(h, rank).measuredRelativeWorstGain()).toArray();
    }
}
