package lab.subspace.magics.symopt;

import java.util.Arrays;

import lab.subspace.numerics.Memory;
import lab.subspace.numerics.linalg.Softmax;
import lab.subspace.numerics.random.Rng;

/**
 * Next-token data for a bigram language model: a training distribution P(x, y) to sample
 * (token, next token) pairs from, and an evaluation distribution to measure the expected
 * cross-entropy under, exactly.
 *
 * <p>{@link #zipfian} is the toy of the notebook: tokens x follow a Zipf law p(x) ~ 1 / rank^s and
 * the next token follows softmax(beta u_x . v_y + log p(y)) with random rank-r factors u, v, so a
 * model of width d &gt;= r can fit it and the conditional entropy H(Y | X) is the loss floor.
 * {@link #fromTokens} counts the bigrams of your own token ids (training on the first 90%,
 * evaluating on the last 10%).
 *
 * <pre>{@code
 * BigramTask task = BigramTask.zipfian(256, 8, 1.0, 3.0, 7L);
 * double floor = task.entropyFloor();
 * }</pre>
 *
 * @param vocabulary  V
 * @param train       training joint P(x, y), V x V row-major, sums to 1
 * @param evaluation  evaluation joint, V x V row-major, sums to 1
 * @param floor       the evaluation loss of the true model (H(Y|X) for a synthetic task), NaN if unknown
 * @param description what the data are, for titles
 */
public record BigramTask(int vocabulary, double[] train, double[] evaluation, double floor, String description) {

    /** Largest vocabulary accepted (V x V tables). */
    public static final int MAX_VOCABULARY = 4096;

    public BigramTask {
        requireVocabulary(vocabulary);
        if (train.length != (long) vocabulary * vocabulary || evaluation.length != train.length) {
            throw new IllegalArgumentException("joint tables must have V^2 = " + (long) vocabulary * vocabulary
                    + " entries but have " + train.length + " and " + evaluation.length);
        }
        requireDistribution("train", train);
        requireDistribution("evaluation", evaluation);
        train = train.clone();
        evaluation = evaluation.clone();
    }

    @Override
    public double[] train() {
        return train.clone();
    }

    @Override
    public double[] evaluation() {
        return evaluation.clone();
    }

    /**
     * The synthetic Zipfian bigram task.
     *
     * @param vocabulary V &gt;= 2
     * @param rank       rank r &gt;= 1 of the true interaction
     * @param zipf       Zipf exponent s &gt;= 0 of the token (and next-token base) frequencies
     * @param beta       interaction strength &gt;= 0
     * @param seed       seed of the random factors
     */
    public static BigramTask zipfian(int vocabulary, int rank, double zipf, double beta, long seed) {
        requireVocabulary(vocabulary);
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be >= 1 but is " + rank);
        }
        if (!(zipf >= 0) || Double.isInfinite(zipf) || !(beta >= 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("zipf and beta must be finite and >= 0 but are " + zipf + ", " + beta);
        }
        Memory.requireDoubles(2L * vocabulary * vocabulary, "bigram tables " + vocabulary + " x " + vocabulary);
        double[] unigram = zipfWeights(vocabulary, zipf);
        double[] logUnigram = Arrays.stream(unigram).map(Math::log).toArray();
        Rng rng = new Rng(seed);
        double[] u = rng.gaussianVector(vocabulary * rank);
        double[] v = rng.gaussianVector(vocabulary * rank);
        double[] joint = new double[vocabulary * vocabulary];
        double[] logits = new double[vocabulary];
        double entropy = 0;
        for (int x = 0; x < vocabulary; x++) {
            for (int y = 0; y < vocabulary; y++) {
                double dot = 0;
                for (int k = 0; k < rank; k++) {
                    dot += u[x * rank + k] * v[y * rank + k];
                }
                logits[y] = beta * dot / rank + logUnigram[y];
            }
            double[] p = Softmax.of(logits);
            for (int y = 0; y < vocabulary; y++) {
                joint[x * vocabulary + y] = unigram[x] * p[y];
                if (p[y] > 0) {
                    entropy -= unigram[x] * p[y] * Math.log(p[y]);
                }
            }
        }
        String what = String.format(java.util.Locale.ROOT, "Zipfian bigrams (V = %d, s = %.2g, rank %d, beta %.2g)", vocabulary, zipf,
                rank, beta);
        return new BigramTask(vocabulary, joint, joint, entropy, what);
    }

    /**
     * Bigram counts of a token sequence: training pairs are drawn from the first 90% of the
     * pairs, the loss is evaluated on the last 10% (held out).
     *
     * @param tokens     token ids in 0..vocabulary-1, at least 20 of them
     * @param vocabulary V, or 0 for max id + 1
     */
    public static BigramTask fromTokens(int[] tokens, int vocabulary) {
        if (tokens.length < 20) {
            throw new IllegalArgumentException("need at least 20 tokens but got " + tokens.length);
        }
        int max = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] < 0) {
                throw new IllegalArgumentException("token ids must be >= 0 but tokens[" + i + "] = " + tokens[i]);
            }
            max = Math.max(max, tokens[i]);
        }
        int v = vocabulary == 0 ? max + 1 : vocabulary;
        if (max >= v) {
            throw new IllegalArgumentException("token id " + max + " is outside the vocabulary 0.." + (v - 1));
        }
        requireVocabulary(v);
        Memory.requireDoubles(2L * v * v, "bigram tables " + v + " x " + v);
        int pairs = tokens.length - 1;
        int split = (int) Math.round(pairs * 0.9);
        double[] train = new double[v * v];
        double[] eval = new double[v * v];
        for (int i = 0; i < pairs; i++) {
            double[] t = i < split ? train : eval;
            t[tokens[i] * v + tokens[i + 1]] += 1;
        }
        normalise(train, split);
        normalise(eval, pairs - split);
        return new BigramTask(v, train, eval, Double.NaN,
                "bigrams of " + tokens.length + " tokens (V = " + v + ", " + split + " train / " + (pairs - split) + " held-out pairs)");
    }

    /** p(rank k) ~ 1 / k^s for k = 1..n, normalised. */
    static double[] zipfWeights(int n, double s) {
        double[] w = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            w[k] = Math.pow(k + 1, -s);
            sum += w[k];
        }
        for (int k = 0; k < n; k++) {
            w[k] /= sum;
        }
        return w;
    }

    /** P(x) of the training distribution. */
    public double[] tokenFrequencies() {
        double[] p = new double[vocabulary];
        for (int x = 0; x < vocabulary; x++) {
            for (int y = 0; y < vocabulary; y++) {
                p[x] += train[x * vocabulary + y];
            }
        }
        return p;
    }

    /** A sampler of training pairs. */
    BigramSampler sampler() {
        return new BigramSampler(train, vocabulary);
    }

    double evaluation(int x, int y) {
        return evaluation[x * vocabulary + y];
    }

    private static void normalise(double[] t, double total) {
        for (int i = 0; i < t.length; i++) {
            t[i] /= total;
        }
    }

    private static void requireVocabulary(int v) {
        if (v < 2 || v > MAX_VOCABULARY) {
            throw new IllegalArgumentException("vocabulary must be in [2, " + MAX_VOCABULARY + "] but is " + v);
        }
    }

    private static void requireDistribution(String name, double[] p) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0) || Double.isInfinite(p[i])) {
                throw new IllegalArgumentException(name + " probabilities must be finite and >= 0 but entry " + i + " is " + p[i]);
            }
            sum += p[i];
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException(name + " probabilities sum to " + sum + ", not 1");
        }
    }
}
