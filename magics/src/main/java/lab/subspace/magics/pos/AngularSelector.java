package lab.subspace.magics.pos;

import java.util.Map;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.nn.Activation;
import lab.subspace.numerics.nn.ActivationPenalty;
import lab.subspace.numerics.nn.Losses;
import lab.subspace.numerics.nn.Mlp;
import lab.subspace.numerics.nn.Optimizers;
import lab.subspace.numerics.nn.PenaltyValue;
import lab.subspace.numerics.nn.TrainResult;
import lab.subspace.numerics.nn.Trainer;
import lab.subspace.numerics.random.Rng;

/**
 * The "ReLU as an angular selector" experiment of "Axiomatizing Neural Networks via Pursuit of
 * Subspaces" (arXiv, 2025), reconstructed: a one-hidden-layer ReLU network learns which subspace
 * a point comes from, and {@link PatternPurity} measures whether its activation patterns cluster
 * by subspace. Three networks share the initial weights: trained with an L1 penalty on the
 * hidden activations (sparse), trained without it (dense), and untrained.
 *
 * <pre>{@code
 * PatternReport r = AngularSelector.run(PatternSpec.defaults());
 * double lift = r.sparse().liftOverChance();
 * // or by hand, on your own data:
 * AngularSelector.train(net, X, labels, 300, 0.01, 0.03);
 * PatternPurity p = PatternPurity.of("my layer", AngularSelector.hidden(net, Xtest), testLabels, 1);
 * }</pre>
 */
public final class AngularSelector {

    private AngularSelector() {
    }

    public static PatternReport run(PatternSpec spec) {
        Rng rng = new Rng(spec.seed());
        UnionOfSubspaces union = UnionOfSubspaces.random(spec.ambient(), spec.dims(), rng.nextLong());
        UnionSample train = union.sample(spec.perSubspace(), spec.noise(), rng.split());
        UnionSample test = union.sample(spec.perSubspace(), spec.noise(), rng.split());
        DMatrixRMaj xTrain = spec.normalize() ? RowOps.normalize(train.points()) : train.points();
        DMatrixRMaj xTest = spec.normalize() ? RowOps.normalize(test.points()) : test.points();
        int k = union.count();
        long initSeed = rng.nextLong();
        Mlp untrained = Mlp.of(new int[] {spec.ambient(), spec.hidden(), k}, Activation.RELU, Activation.IDENTITY, initSeed);
        Mlp sparse = untrained.copy();
        Mlp dense = untrained.copy();
        TrainResult sparseFit = train(sparse, xTrain, train.labels(), spec.epochs(), spec.learningRate(), spec.sparsity());
        TrainResult denseFit = train(dense, xTrain, train.labels(), spec.epochs(), spec.learningRate(), 0);
        long seed = rng.nextLong();
        return new PatternReport(spec,
                measure("trained, L1 " + spec.sparsity(), sparse, xTrain, train.labels(), xTest, test.labels(), seed),
                measure("trained, no penalty", dense, xTrain, train.labels(), xTest, test.labels(), seed),
                measure("untrained", untrained, xTrain, train.labels(), xTest, test.labels(), seed),
                accuracy(sparse, xTest, test.labels()), accuracy(dense, xTest, test.labels()), accuracy(untrained, xTest, test.labels()),
                sparseFit, denseFit);
    }

    /**
     * Trains a network whose first layer is the hidden ReLU layer to tell the subspaces apart:
     * full-batch Adam on softmax cross-entropy, plus {@code sparsity} times the L1 norm of the
     * hidden activations (0 for none). The network is modified.
     *
     * @param labels subspace (class) of each row of X, 0..outputs-1
     */
    public static TrainResult train(Mlp net, DMatrixRMaj x, int[] labels, int epochs, double learningRate, double sparsity) {
        if (labels.length != x.numRows) {
            throw new IllegalArgumentException(x.numRows + " rows but " + labels.length + " labels");
        }
        if (!(sparsity >= 0) || Double.isInfinite(sparsity)) {
            throw new IllegalArgumentException("sparsity must be finite and >= 0 but is " + sparsity);
        }
        Trainer t = Trainer.of(net, Losses.SOFTMAX_CROSS_ENTROPY, Optimizers.adam(learningRate)).epochs(epochs)
                .label(sparsity > 0 ? "sparse ReLU network" : "ReLU network");
        if (sparsity > 0) {
            t.penalty(l1Penalty(sparsity));
        }
        return t.fit(x, labelColumn(labels));
    }

    /** The hidden layer's activations (layer 0) for the rows of X. */
    public static DMatrixRMaj hidden(Mlp net, DMatrixRMaj x) {
        return net.forward(x).activation(0);
    }

    /** lambda * mean_i sum_u |h_iu| on the hidden layer (layer 0): its gradient is lambda sign(h) / n. */
    public static ActivationPenalty l1Penalty(double lambda) {
        return (forward, rows) -> {
            DMatrixRMaj h = forward.activation(0);
            double sum = 0;
            for (double v : h.data) {
                sum += Math.abs(v);
            }
            int n = h.numRows;
            DMatrixRMaj g = new DMatrixRMaj(h.numRows, h.numCols);
            for (int t = 0; t < g.data.length; t++) {
                g.data[t] = lambda * Math.signum(h.data[t]) / n;
            }
            return new PenaltyValue(lambda * sum / n, Map.of(0, g));
        };
    }

    private static PatternPurity measure(String name, Mlp net, DMatrixRMaj xOwner, int[] owners, DMatrixRMaj x, int[] labels, long seed) {
        return PatternPurity.of(name, hidden(net, xOwner), owners, hidden(net, x), labels, seed);
    }

    static double accuracy(Mlp net, DMatrixRMaj x, int[] labels) {
        DMatrixRMaj out = net.predict(x);
        int right = 0;
        for (int i = 0; i < out.numRows; i++) {
            int best = 0;
            for (int c = 1; c < out.numCols; c++) {
                if (out.unsafe_get(i, c) > out.unsafe_get(i, best)) {
                    best = c;
                }
            }
            right += best == labels[i] ? 1 : 0;
        }
        return (double) right / out.numRows;
    }

    private static DMatrixRMaj labelColumn(int[] labels) {
        DMatrixRMaj y = new DMatrixRMaj(labels.length, 1);
        for (int i = 0; i < labels.length; i++) {
            y.data[i] = labels[i];
        }
        return y;
    }
}
