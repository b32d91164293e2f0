package lab.subspace.magics.audit;

/**
 * A downstream score after removing k directions from the activations, for the top-k audited
 * directions and for random rank-k projectors.
 *
 * @param ks         numbers of directions removed, as given
 * @param top        score after removing the k leading directions
 * @param randomMean mean score over the random rank-k projectors
 * @param randomLow  smallest score among them
 * @param randomHigh largest score among them
 * @param draws      random projectors per k
 */
public record AblationCurve(int[] ks, double[] top, double[] randomMean, double[] randomLow, double[] randomHigh,
        int draws) {

    public AblationCurve {
        ks = ks.clone();
        top = top.clone();
        randomMean = randomMean.clone();
        randomLow = randomLow.clone();
        randomHigh = randomHigh.clone();
    }

    @Override
    public int[] ks() {
        return ks.clone();
    }

    @Override
    public double[] top() {
        return top.clone();
    }

    @Override
    public double[] randomMean() {
        return randomMean.clone();
    }

    @Override
    public double[] randomLow() {
        return randomLow.clone();
    }

    @Override
    public double[] randomHigh() {
        return randomHigh.clone();
    }

    /** The k values as doubles (for plotting). */
    public double[] kValues() {
        double[] x = new double[ks.length];
        for (int i = 0; i < ks.length; i++) {
            x[i] = ks[i];
        }
        return x;
    }

    /** Score after removing the top k directions. */
    public double topAt(int k) {
        return top[index(k)];
    }

    /** Mean score over random rank-k projectors. */
    public double randomAt(int k) {
        return randomMean[index(k)];
    }

    private int index(int k) {
        for (int i = 0; i < ks.length; i++) {
            if (ks[i] == k) {
                return i;
            }
        }
        throw new IllegalArgumentException("k = " + k + " is not in the ablation sweep " + java.util.Arrays.toString(ks));
    }
}
