package lab.subspace.magics.npcosts;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.nn.Activation;
import lab.subspace.numerics.nn.Forward;
import lab.subspace.numerics.nn.Gradients;
import lab.subspace.numerics.nn.Mlp;
import lab.subspace.numerics.nn.Optimizer;
import lab.subspace.numerics.nn.Optimizers;

/**
 * A deep-sets neural process with mean pooling: r = (1/n) sum_i h(x_i, y_i), then decoders
 * mu(r, x*, log n) and log(v - s2)(., x*, log n). The variance decoder reads either the same
 * labelled representation r (a latent-NP-style single path: the label contamination of "Three
 * Costs of Amortizing Gaussian Process Inference with Neural Processes") or a second, label-free
 * representation r_x = (1/n) sum_i g(x_i) (the paper's recommendation: predict the variance from
 * the context locations alone). All networks are the shared {@link Mlp} (tanh), trained by Adam.
 *
 * <pre>{@code
 * Amortizer xy = MeanPoolingNp.create(1, 16, 32, 0.01, false, 3e-3, 1);   // variance from (x, y)
 * Amortizer x = MeanPoolingNp.create(1, 16, 32, 0.01, true, 3e-3, 1);     // variance from x only
 * }</pre>
 */
public final class MeanPoolingNp implements Amortizer {

    /** The variance head outputs log((v - s2) / e^-3): GP excess variances span about e^-7..1, so 0 starts mid-range. */
    static final double LOG_EXCESS_OFFSET = -3;

    private final int dx;
    private final int width;
    private final double s2;
    private final boolean varianceFromLocations;
    private final boolean momentMatching;
    private final Mlp encoder;
    private final Mlp locationEncoder;
    private final Mlp meanDecoder;
    private final Mlp varianceDecoder;
    private final List<Optimizer> optimizers = new ArrayList<>();

    private MeanPoolingNp(int dx, int width, int hidden, double s2, boolean varianceFromLocations, boolean momentMatching, double lr,
            long seed) {
        this.dx = dx;
        this.momentMatching = momentMatching;
        this.width = width;
        this.s2 = s2;
        this.varianceFromLocations = varianceFromLocations;
        int e = Embedding.width(dx);
        encoder = Mlp.of(new int[] {e + 1, hidden, hidden, width}, Activation.TANH, Activation.IDENTITY, seed);
        locationEncoder = varianceFromLocations
                ? Mlp.of(new int[] {e, hidden, hidden, width}, Activation.TANH, Activation.IDENTITY, seed + 1) : null;
        meanDecoder = Mlp.of(new int[] {width + e + 1, hidden, hidden, 1}, Activation.TANH, Activation.IDENTITY, seed + 2);
        varianceDecoder = Mlp.of(new int[] {width + e + 1, hidden, hidden, 1}, Activation.TANH, Activation.IDENTITY, seed + 3);
        for (int i = 0; i < (varianceFromLocations ? 4 : 3); i++) {
            optimizers.add(Optimizers.adam(lr));
        }
    }

    /**
     * @param dx                    input dimension
     * @param width                 pooled representation size per path
     * @param hidden                hidden units of every network (two hidden layers each)
     * @param noiseVariance         the known observation noise variance s2 (the variance is s2 + exp(.))
     * @param varianceFromLocations variance from a label-free representation (true) or from the labelled one
     * @param learningRate          Adam learning rate
     * @param seed                  initialisation seed
     */
    public static MeanPoolingNp create(int dx, int width, int hidden, double noiseVariance, boolean varianceFromLocations,
            double learningRate, long seed) {
        return create(dx, width, hidden, noiseVariance, varianceFromLocations, false, learningRate, seed);
    }

    /**
     * As {@link #create(int, int, int, double, boolean, double, long)}; with {@code momentMatching}
     * the training loss is the covariance part of the KL plus 1/2 (m - mh)^2 / v with the exact GP
     * variance v, so the variance head learns the GP variance instead of also absorbing the mean's
     * errors (the reported KL is unchanged).
     */
    public static MeanPoolingNp create(int dx, int width, int hidden, double noiseVariance, boolean varianceFromLocations,
            boolean momentMatching, double learningRate, long seed) {
        if (dx < 1 || width < 1 || hidden < 1) {
            throw new IllegalArgumentException("dx, width and hidden must be >= 1 but are " + dx + ", " + width + ", " + hidden);
        }
        if (!(noiseVariance > 0)) {
            throw new IllegalArgumentException("the noise variance must be > 0 but is " + noiseVariance);
        }
        return new MeanPoolingNp(dx, width, hidden, noiseVariance, varianceFromLocations, momentMatching, learningRate, seed);
    }

    @Override
    public String name() {
        return varianceFromLocations ? "mean pooling, variance from x only" : "mean pooling, variance from (x, y)";
    }

    @Override
    public int representationSize() {
        return varianceFromLocations ? 2 * width : width;
    }

    /** Whether the variance is read from the label-free representation. */
    public boolean varianceFromLocations() {
        return varianceFromLocations;
    }

    @Override
    public List<Marginals> predict(List<Task> tasks) {
        Pass p = forward(tasks);
        List<Marginals> out = new ArrayList<>();
        int row = 0;
        for (Task t : tasks) {
            int nt = t.targets().numRows;
            double[] m = new double[nt];
            double[] v = new double[nt];
            for (int j = 0; j < nt; j++) {
                m[j] = p.mean.output().get(row + j, 0);
                v[j] = s2 + Math.exp(p.logExcess.output().get(row + j, 0) + LOG_EXCESS_OFFSET);
            }
            out.add(new Marginals(m, v));
            row += nt;
        }
        return out;
    }

    @Override
    public double step(List<Task> batch) {
        double[] loss = new double[1];
        List<List<DMatrixRMaj>> grads = gradients(batch, loss);
        List<Mlp> nets = networks();
        for (int i = 0; i < nets.size(); i++) {
            optimizers.get(i).step(nets.get(i).parameters(), grads.get(i));
        }
        return loss[0];
    }

    /** The loss into {@code lossOut[0]} and its gradients, per network of {@link #networks()}. */
    List<List<DMatrixRMaj>> gradients(List<Task> batch, double[] lossOut) {
        Pass p = forward(batch);
        int rows = p.mean.batchSize();
        DMatrixRMaj dMean = new DMatrixRMaj(rows, 1);
        DMatrixRMaj dLog = new DMatrixRMaj(rows, 1);
        double loss = 0;
        int row = 0;
        for (Task t : batch) {
            Marginals gp = t.gp();
            for (int j = 0; j < gp.mean().length; j++, row++) {
                double e = Math.exp(p.logExcess.output().get(row, 0) + LOG_EXCESS_OFFSET);
                double m = gp.mean()[j];
                double v = gp.variance()[j];
                double mh = p.mean.output().get(row, 0);
                double[] g = Amortizer.klGradient(m, v, mh, s2 + e);
                if (momentMatching) {
                    double[] cov = Amortizer.klGradient(0, v, 0, s2 + e);
                    g = new double[] {cov[0] + 0.5 * (m - mh) * (m - mh) / v, -(m - mh) / v, cov[2]};
                }
                loss += g[0] / rows;
                dMean.set(row, 0, g[1] / rows);
                dLog.set(row, 0, g[2] * e / rows);
            }
        }
        Gradients gMean = meanDecoder.backward(p.mean, dMean);
        Gradients gVar = varianceDecoder.backward(p.logExcess, dLog);
        DMatrixRMaj gVarIn = gVar.input();
        DMatrixRMaj dPooled = poolGradient(batch, gMean.input(), varianceFromLocations ? null : gVarIn);
        List<List<DMatrixRMaj>> grads = new ArrayList<>();
        grads.add(encoder.backward(p.encoded, spread(batch, dPooled)).list());
        grads.add(gMean.list());
        grads.add(gVar.list());
        if (varianceFromLocations) {
            DMatrixRMaj dPooledX = poolGradient(batch, gVarIn, null);
            grads.add(locationEncoder.backward(p.located, spread(batch, dPooledX)).list());
        }
        lossOut[0] = loss;
        return grads;
    }

    /** Encoder, mean decoder, variance decoder, then the location encoder if any. */
    List<Mlp> networks() {
        List<Mlp> nets = new ArrayList<>(List.of(encoder, meanDecoder, varianceDecoder));
        if (varianceFromLocations) {
            nets.add(locationEncoder);
        }
        return nets;
    }

    private record Pass(Forward encoded, Forward located, Forward mean, Forward logExcess) {
    }

    private Pass forward(List<Task> tasks) {
        int e = Embedding.width(dx);
        int contexts = 0;
        int targets = 0;
        for (Task t : tasks) {
            if (t.contexts().numCols != dx) {
                throw new IllegalArgumentException("a task has dx = " + t.contexts().numCols + " but the network takes dx = " + dx);
            }
            contexts += t.size();
            targets += t.targets().numRows;
        }
        DMatrixRMaj in = new DMatrixRMaj(contexts, e + 1);
        DMatrixRMaj inX = varianceFromLocations ? new DMatrixRMaj(contexts, e) : null;
        int row = 0;
        for (Task t : tasks) {
            for (int i = 0; i < t.size(); i++, row++) {
                Embedding.write(t.contexts(), i, in, row, 0);
                in.unsafe_set(row, e, t.labels()[i]);
                if (inX != null) {
                    Embedding.write(t.contexts(), i, inX, row, 0);
                }
            }
        }
        Forward encoded = encoder.forward(in);
        Forward located = inX == null ? null : locationEncoder.forward(inX);
        DMatrixRMaj pooled = pool(tasks, encoded.output());
        DMatrixRMaj pooledX = located == null ? pooled : pool(tasks, located.output());
        DMatrixRMaj dm = new DMatrixRMaj(targets, width + e + 1);
        DMatrixRMaj dv = new DMatrixRMaj(targets, width + e + 1);
        row = 0;
        for (int s = 0; s < tasks.size(); s++) {
            Task t = tasks.get(s);
            double logN = Math.log(t.size()) / 4;
            for (int j = 0; j < t.targets().numRows; j++, row++) {
                for (int c = 0; c < width; c++) {
                    dm.unsafe_set(row, c, pooled.unsafe_get(s, c));
                    dv.unsafe_set(row, c, pooledX.unsafe_get(s, c));
                }
                Embedding.write(t.targets(), j, dm, row, width);
                Embedding.write(t.targets(), j, dv, row, width);
                dm.unsafe_set(row, width + e, logN);
                dv.unsafe_set(row, width + e, logN);
            }
        }
        Interrupts.check();
        return new Pass(encoded, located, meanDecoder.forward(dm), varianceDecoder.forward(dv));
    }

    /** Per-task mean of the encoder outputs (tasks x width). */
    private DMatrixRMaj pool(List<Task> tasks, DMatrixRMaj h) {
        DMatrixRMaj out = new DMatrixRMaj(tasks.size(), width);
        int row = 0;
        for (int s = 0; s < tasks.size(); s++) {
            int n = tasks.get(s).size();
            for (int i = 0; i < n; i++, row++) {
                for (int c = 0; c < width; c++) {
                    out.add(s, c, h.unsafe_get(row, c) / n);
                }
            }
        }
        return out;
    }

    /** Sum over each task's target rows of the decoders' input gradients in the representation columns. */
    private DMatrixRMaj poolGradient(List<Task> tasks, DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj out = new DMatrixRMaj(tasks.size(), width);
        int row = 0;
        for (int s = 0; s < tasks.size(); s++) {
            for (int j = 0; j < tasks.get(s).targets().numRows; j++, row++) {
                for (int c = 0; c < width; c++) {
                    out.add(s, c, a.unsafe_get(row, c) + (b == null ? 0 : b.unsafe_get(row, c)));
                }
            }
        }
        return out;
    }

    /** dLoss/dh_i = dLoss/dr_s / n_s for every context point i of task s. */
    private DMatrixRMaj spread(List<Task> tasks, DMatrixRMaj dPooled) {
        int contexts = 0;
        for (Task t : tasks) {
            contexts += t.size();
        }
        DMatrixRMaj out = new DMatrixRMaj(contexts, width);
        int row = 0;
        for (int s = 0; s < tasks.size(); s++) {
            int n = tasks.get(s).size();
            for (int i = 0; i < n; i++, row++) {
                for (int c = 0; c < width; c++) {
                    out.unsafe_set(row, c, dPooled.unsafe_get(s, c) / n);
                }
            }
        }
        return out;
    }
}
