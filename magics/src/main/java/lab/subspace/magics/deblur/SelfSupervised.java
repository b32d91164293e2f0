package lab.subspace.magics.deblur;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.nn.Optimizer;
import lab.subspace.numerics.nn.Optimizers;

/**
 * Self-supervised defocus deblurring after "Physen-Noise2Noise: Physics-Guided Self-Supervised
 * Defocus Deblurring with Bias Correction under Low-Light Conditions" (Huang et al.,
 * arXiv:2605.24590): Noise2Noise through the blur, with a learnable noise bias, the DC constraint
 * that follows from {@code H(0) = 1}, a multi-frame noisy initialisation and a pretrain-finetune
 * variant. Only the abstract was available: the identification of the bias below is this
 * package's reconstruction.
 *
 * <p><b>No clean image is used in training, by construction</b>: every entry point takes only
 * {@link NoisyFrames} (noisy frames and their exposure times), the {@link Psf} and options; there
 * is no parameter through which a clean image could reach the loss.
 *
 * <p>The model is a linear filter in Wiener form with a learned noise-to-signal profile (see
 * {@link LearnedFilter}); the loss predicts a held-out frame through the physics,
 * {@code t' H G (inputs - b) / T + b}, computed exactly from per-frequency statistics of all
 * training pairs (see {@link N2NStatistics}). Training is full-batch Adam with cosine decay.
 *
 * <p>How b is told apart from the scene's mean: both live only at the DC frequency, where
 * {@code H(0) = 1}. The constraint {@code H(0) G(0) = 1} (blur neither creates nor destroys light,
 * so deblurring must not change the mean either) leaves b as the only DC parameter, and the DC
 * residual of a pair is {@code (u - v) + b N (1 - t' |S| / T_S)}. If all frames have the same
 * exposure the coefficient of b is 0: b is not identifiable (no method can identify it, as
 * {@code h * (x + c)} with bias {@code b - c} gives identical frames). The signal grows with the
 * exposure time and the bias does not, so frames at two or more exposures (or one dark frame)
 * identify b; the bias-aware methods refuse frames of equal exposure.
 *
 * <pre>{@code
 * Training t = SelfSupervised.train(frames, Psf.disk(3), Method.PHYSEN_MULTIFRAME, TrainOptions.defaults());
 * double[][] restored = t.filter().restore(frames);
 * double bHat = t.biasEstimate();
 * }</pre>
 */
public final class SelfSupervised {

    /** Mean squared bias coefficient below which b counts as not identifiable. */
    static final double MIN_LEVERAGE = 1e-6;

    private SelfSupervised() {
    }

    /**
     * Trains one of {@link Method#PLAIN_N2N}, {@link Method#PHYSEN} or
     * {@link Method#PHYSEN_MULTIFRAME} on the noisy frames of one scene.
     *
     * @throws IllegalArgumentException for {@link Method#PHYSEN_PRETRAIN_FINETUNE} (use
     *                                  {@link #pretrainFinetune}), a PSF larger than the frames, or
     *                                  a bias-aware method on frames of equal exposure
     */
    public static Training train(NoisyFrames frames, Psf psf, Method method, TrainOptions options) {
        if (method == Method.PHYSEN_PRETRAIN_FINETUNE) {
            throw new IllegalArgumentException("The pretrain-finetune variant needs a pretraining corpus: "
                    + "use pretrainFinetune(corpus, frames, psf, options)");
        }
        double[] otf = psf.otf(frames.rows(), frames.cols());
        FilterModel model = new FilterModel(frames.rows(), frames.cols(), otf, options.knots());
        N2NStatistics stats = new N2NStatistics(frames.rows(), frames.cols());
        stats.add(frames, method.multiFrame());
        requireIdentifiable(method, stats);
        N2NLoss loss = new N2NLoss(model, stats, method.biasAware());
        Fit fit = adam(method.label(), loss, initial(options.knots(), method.biasAware()), options.epochs(), options.learningRate());
        return new Training(method, filter(method, psf, frames, fit.phi), fit.loss, method.biasAware() ? fit.last : new double[0], 0);
    }

    /**
     * The pretrain-finetune variant: Physen-N2N with multi-frame init is first trained on the
     * pooled noisy frames of other scenes taken with the same optics and sensor ({@code corpus},
     * e.g. earlier captures), then finetuned on {@code frames} from the pretrained filter and bias,
     * with the elastic penalty {@code (mu / 2) sum_j F_j (phi_j - phi_j^pre)^2}, F the diagonal
     * curvature of the pretraining loss ({@code mu = options.finetuneWeight()}).
     *
     * @throws IllegalArgumentException when the corpus is empty, its frames differ in size from
     *                                  {@code frames}, or the bias is not identifiable
     */
    public static Training pretrainFinetune(List<NoisyFrames> corpus, NoisyFrames frames, Psf psf, TrainOptions options) {
        if (corpus == null || corpus.isEmpty()) {
            throw new IllegalArgumentException("The pretraining corpus is empty: give the noisy frames of at least one other scene");
        }
        Method method = Method.PHYSEN_PRETRAIN_FINETUNE;
        double[] otf = psf.otf(frames.rows(), frames.cols());
        FilterModel model = new FilterModel(frames.rows(), frames.cols(), otf, options.knots());
        N2NStatistics pooled = new N2NStatistics(frames.rows(), frames.cols());
        for (int i = 0; i < corpus.size(); i++) {
            NoisyFrames scene = corpus.get(i);
            if (scene.rows() != frames.rows() || scene.cols() != frames.cols()) {
                throw new IllegalArgumentException("Corpus scene " + i + " is " + scene.rows() + " x " + scene.cols()
                        + " but the frames to restore are " + frames.rows() + " x " + frames.cols());
            }
            pooled.add(scene, true);
        }
        requireIdentifiable(method, pooled);
        N2NLoss pre = new N2NLoss(model, pooled, true);
        Fit pretrained = adam("pretraining", pre, initial(options.knots(), true), options.epochs(), options.learningRate());

        N2NStatistics target = new N2NStatistics(frames.rows(), frames.cols());
        target.add(frames, true);
        requireIdentifiable(method, target);
        N2NLoss finetune = new N2NLoss(model, target, true)
                .withElastic(options.finetuneWeight(), pre.curvature(pretrained.phi), pretrained.phi);
        Fit tuned = adam("finetuning", finetune, pretrained.phi, options.finetuneEpochs(), options.learningRate() / 2);
        return new Training(method, filter(method, psf, frames, tuned.phi), concat(pretrained.loss, tuned.loss),
                concat(pretrained.last, tuned.last), pretrained.loss.length);
    }

    /**
     * The part of the bias-aware Noise2Noise loss that depends on b, at each bias in
     * {@code biases} (the rest of the loss does not depend on b): a parabola with its minimum at
     * the estimate when b is identifiable, a flat line when all exposures are equal.
     */
    public static double[] biasProfile(NoisyFrames frames, boolean multiFrame, double[] biases) {
        N2NStatistics stats = new N2NStatistics(frames.rows(), frames.cols());
        stats.add(frames, multiFrame);
        double[] out = new double[biases.length];
        for (int i = 0; i < biases.length; i++) {
            double b = biases[i];
            out[i] = (stats.dcA + 2 * b * stats.dcB + b * b * stats.dcC) / stats.norm;
        }
        return out;
    }

    private static void requireIdentifiable(Method method, N2NStatistics stats) {
        if (method.biasAware() && stats.biasLeverage() < MIN_LEVERAGE) {
            throw new IllegalArgumentException("The bias b cannot be told apart from the scene's mean brightness: every input and "
                    + "target have the same exposure, so a scene x with bias b and a scene x + c with bias b - c give the same "
                    + "frames. Record frames at two or more exposure times, or add a dark frame (exposure 0).");
        }
    }

    /** Tikhonov deconvolution (lambda = INITIAL_LAMBDA everywhere), then b = 0 or g0 = 1. */
    private static double[] initial(int knots, boolean biasAware) {
        double[] phi = new double[knots + 1];
        Arrays.fill(phi, 0, knots, Math.log(TrainOptions.INITIAL_LAMBDA));
        phi[knots] = biasAware ? 0 : 1;
        return phi;
    }

    private static LearnedFilter filter(Method method, Psf psf, NoisyFrames frames, double[] phi) {
        int knots = phi.length - 1;
        double[] logLambda = Arrays.copyOf(phi, knots);
        double last = phi[knots];
        return method.biasAware()
                ? new LearnedFilter(method, psf, frames.rows(), frames.cols(), logLambda, 1.0, last)
                : new LearnedFilter(method, psf, frames.rows(), frames.cols(), logLambda, last, 0.0);
    }

    /** Final parameters, loss after each epoch, and the last parameter (b or g0) after each epoch. */
    private record Fit(double[] phi, double[] loss, double[] last) {
    }

    private static Fit adam(String label, N2NLoss f, double[] init, int epochs, double lr) {
        int n = f.size();
        // eps far below the smallest gradients that matter: keeps Adam's steps scale-free here
        Optimizer opt = Optimizers.adam(lr, 0.9, 0.999, 1e-14);
        DMatrixRMaj phi = new DMatrixRMaj(n, 1, true, init.clone());
        DMatrixRMaj grad = new DMatrixRMaj(n, 1);
        List<DMatrixRMaj> params = List.of(phi);
        List<DMatrixRMaj> grads = List.of(grad);
        double[] loss = new double[epochs + 1];
        double[] last = new double[epochs + 1];
        double floor = lr * 1e-3;
        try (Progress progress = Progress.start(label, epochs, Duration.ofSeconds(1))) {
            for (int e = 0; e < epochs; e++) {
                Interrupts.check();
                loss[e] = f.valueAndGradient(phi.data, grad.data);
                last[e] = phi.data[n - 1];
                opt.setLearningRate(floor + 0.5 * (lr - floor) * (1 + Math.cos(Math.PI * e / epochs)));
                opt.step(params, grads);
                progress.step();
            }
        }
        loss[epochs] = f.value(phi.data);
        last[epochs] = phi.data[n - 1];
        return new Fit(phi.data.clone(), loss, last);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = new double[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
