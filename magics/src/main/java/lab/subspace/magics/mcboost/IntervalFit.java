package lab.subspace.magics.mcboost;

/**
 * A fitted interval predictor ({@link Intervals#fit}).
 *
 * @param miscoverage the target miscoverage
 * @param pooledLower the split-conformal lower offset the lower run started from
 * @param pooledUpper the split-conformal upper offset
 * @param lower       the boosted lower end (applied to point prediction + pooledLower)
 * @param upper       the boosted upper end (applied to point prediction + pooledUpper)
 */
public record IntervalFit(double miscoverage, double pooledLower, double pooledUpper, McPredictor lower, McPredictor upper) {

    /** {lower ends, upper ends} for the point predictions {@code data.base()}. */
    public double[][] bounds(McData data) {
        double[] l = lower.predict(data.withBase(Intervals.shifted(data.base(), pooledLower)));
        double[] u = upper.predict(data.withBase(Intervals.shifted(data.base(), pooledUpper)));
        return new double[][] {l, u};
    }

    /** Fraction of labels inside their interval: entry 0 the whole population, entry g + 1 group g. */
    public double[] coverage(McData data) {
        double[][] b = bounds(data);
        int groups = data.groups().count() + 1;
        double[] in = new double[groups];
        double[] size = new double[groups];
        for (int i = 0; i < data.size(); i++) {
            boolean covered = data.labels()[i] >= b[0][i] && data.labels()[i] < b[1][i];
            for (int g = 0; g < groups; g++) {
                if (g == 0 || data.groups().contains(g - 1, i)) {
                    size[g]++;
                    in[g] += covered ? 1 : 0;
                }
            }
        }
        for (int g = 0; g < groups; g++) {
            in[g] = size[g] == 0 ? Double.NaN : in[g] / size[g];
        }
        return in;
    }
}
