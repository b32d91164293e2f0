package lab.subspace.magics.mhanw;

import java.util.List;

import lab.subspace.display.Progress;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.Parallel;
import lab.subspace.numerics.random.Rng;

/**
 * Monte Carlo over training sets: R independent training sets, each smoothed by every ensemble
 * (common random numbers, so differences between ensembles are not sampling noise). Replicate r
 * draws from its own stream, split from the seed before any work starts, so the numbers do not
 * depend on how replicates are spread over threads.
 */
final class MonteCarlo {

    private MonteCarlo() {
    }

    /**
     * @return {@code predictions[e][r][h][j]}: ensemble e, training set r, head h, query j
     */
    static double[][][][] predictions(TrainingSets sets, LatentViews.Sample queries, List<NwEnsemble> ensembles, int replicates,
            Rng rng, Progress progress) {
        long heads = ensembles.stream().mapToLong(NwEnsemble::heads).sum();
        Memory.requireDoubles(heads * replicates * queries.size(), "Monte Carlo predictions");
        Rng[] streams = streams(rng, replicates);
        double[][][][] out = new double[ensembles.size()][replicates][][];
        Parallel.forRange(replicates, 1, progress, (lo, hi) -> {
            for (int r = lo; r < hi; r++) {
                LatentViews.Sample train = sets.draw(streams[r]);
                for (int e = 0; e < ensembles.size(); e++) {
                    out[e][r] = ensembles.get(e).headPredictions(train.x(), train.y(), queries.x());
                }
            }
        });
        return out;
    }

    /** Where training sets come from: a generative model, or subsamples of the user's data. */
    @FunctionalInterface
    interface TrainingSets {
        LatentViews.Sample draw(Rng rng);
    }

    /** Independent streams, one per replicate, split in order from {@code rng}. */
    static Rng[] streams(Rng rng, int replicates) {
        Rng[] streams = new Rng[replicates];
        for (int r = 0; r < replicates; r++) {
            streams[r] = rng.split();
        }
        return streams;
    }
}
