package lab.subspace.magics.featlearn;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.nn.Activation;
import lab.subspace.numerics.random.Rng;
import lab.subspace.numerics.stats.GaussHermite;

/**
 * One large gradient step on the first layer of a two-layer network and what it does to the
 * function space: "How does feature learning reshape the function space?" (arXiv). After the
 * step the neurons are close to N(0, I/d + s beta beta^T), a spiked Gaussian along the target
 * direction, which turns the random-features kernel into a data-adaptive kernel whose top
 * eigenvalues grow and align with the target.
 *
 * <pre>{@code
 * OneStepRun run = FeatureLearning.oneStep(OneStepConfig.defaults(), 7L);
 * SpectrumResult sp = FeatureLearning.spectra(run, 5);           // Gram spectrum before / after
 * CovarianceResult cov = FeatureLearning.covariance(run);        // spike of W^T W / N along beta
 * KernelResult k = FeatureLearning.kernels(run, 300, 7L);        // empirical vs spiked-Gaussian kernel
 * RidgeResult r = FeatureLearning.ridge(OneStepConfig.defaults(), new int[] {250, 1000, 4000}, 2000, 1e-3, 7L);
 * }</pre>
 */
public final class FeatureLearning {

    private FeatureLearning() {
    }

    /** Synthetic teacher, student, one step on nStep samples, nProbe fresh probe samples. */
    public static OneStepRun oneStep(OneStepConfig c, long seed) {
        // a clear message naming the size instead of an OutOfMemoryError (or EJML's int overflow)
        Memory.requireMatrices(Math.max(c.nStep(), c.nProbe()), c.d(), 2, "step and probe samples");
        Memory.requireMatrices(c.width(), c.d(), 2, "first-layer weights before and after the step");
        Memory.requireMatrices(Math.max(c.nStep(), c.nProbe()), c.width(), 2, "hidden features");
        Rng rng = new Rng(seed);
        SingleIndexTarget target = SingleIndexTarget.random(c.d(), c.link(), c.noise(), rng.nextLong());
        Sample step = target.sample(c.nStep(), rng.nextLong());
        Sample probe = target.sample(c.nProbe(), rng.nextLong());
        TwoLayerNetwork before = TwoLayerNetwork.random(c.d(), c.width(), c.activation(), rng.nextLong());
        TwoLayerNetwork after = before.gradientStep(step.x(), step.y(), c.eta());
        return new OneStepRun(before, after, step, probe, target.beta(), false, c.eta());
    }

    /**
     * One step on your own data: a random width-N network takes the step on {@code step} and is
     * probed on {@code probe}.
     *
     * @param beta the index direction if known, else null: the spike direction of the post-step
     *             weights is used (and flagged as estimated)
     */
    public static OneStepRun oneStep(Sample step, Sample probe, double[] beta, int width, Activation activation, double eta,
            long seed) {
        if (step.dimension() != probe.dimension()) {
            throw new IllegalArgumentException("step inputs have " + step.dimension() + " columns but probe inputs have "
                    + probe.dimension());
        }
        TwoLayerNetwork before = TwoLayerNetwork.random(step.dimension(), width, activation, seed);
        TwoLayerNetwork after = before.gradientStep(step.x(), step.y(), eta);
        return withBeta(before, after, step, probe, beta, eta);
    }

    /**
     * Your own first-layer weights before and after training (rows = neurons, e.g. exported from
     * PyTorch with {@code np.save("w1.npy", model.fc1.weight.detach().numpy())}); the second layer is
     * not needed for the feature analysis and is set to zero.
     */
    public static OneStepRun fromWeights(DMatrixRMaj w0, DMatrixRMaj w1, Activation activation, Sample probe, double[] beta) {
        Matrices.requireSameShape("W0", w0, "W1", w1);
        double[] zeros = new double[w0.numRows];
        TwoLayerNetwork before = new TwoLayerNetwork(w0, zeros, activation);
        TwoLayerNetwork after = new TwoLayerNetwork(w1, zeros, activation);
        return withBeta(before, after, null, probe, beta, Double.NaN);
    }

    private static OneStepRun withBeta(TwoLayerNetwork before, TwoLayerNetwork after, Sample step, Sample probe,
            double[] beta, double eta) {
        if (beta != null) {
            Matrices.requireFinite("beta", beta);
            double[] unit = Vectors.unit(beta);
            if (Vectors.dot(unit, unit) == 0) {
                throw new IllegalArgumentException("beta must not be the zero vector");
            }
            return new OneStepRun(before, after, step, probe, unit, false, eta);
        }
        double[] v = SpikedCovariance.fit(after.weightCovariance()).direction();
        return new OneStepRun(before, after, step, probe, v, true, eta);
    }

    /** Gram spectra and eigenvector alignments before and after the step (k aligned eigenvectors). */
    public static SpectrumResult spectra(OneStepRun run, int k) {
        GramSpectrum b = GramSpectrum.of(run.before(), run.probe(), run.beta(), k);
        GramSpectrum a = GramSpectrum.of(run.after(), run.probe(), run.beta(), k);
        return new SpectrumResult(b, a, run.dimension(), run.width(), run.probe().size(), run.eta(), run.betaEstimated());
    }

    /** Spiked fits of the weight second moments before and after, with the first-order prediction. */
    public static CovarianceResult covariance(OneStepRun run) {
        SpikedCovariance b = SpikedCovariance.fit(run.before().weightCovariance());
        SpikedCovariance a = SpikedCovariance.fit(run.after().weightCovariance());
        double predicted = Double.NaN;
        if (run.step() != null) {
            double mu1 = hermite1(run.before().activation());
            double c1 = labelHermite1(run.step(), run.beta());
            double theta = run.eta() * mu1 * c1;
            predicted = theta * theta;
        }
        return new CovarianceResult(b, a, run.beta(), run.betaEstimated(), predicted, run.after().a(),
                Vectors.times(run.after().w(), run.beta()), Vectors.times(run.before().w(), run.beta()));
    }

    /** Empirical vs Gaussian-equivalent kernels on the first {@code points} probe samples. */
    public static KernelResult kernels(OneStepRun run, int points, long seed) {
        return KernelComparison.run(run, points, seed);
    }

    /** Ridge test error on random, post-step and spiked-law features as the training size grows. */
    public static RidgeResult ridge(OneStepConfig c, int[] sizes, int nTest, double lambda, long seed) {
        Rng rng = new Rng(seed);
        SingleIndexTarget target = SingleIndexTarget.random(c.d(), c.link(), c.noise(), rng.nextLong());
        Sample step = target.sample(c.nStep(), rng.nextLong());
        int max = RidgeSweep.maxSize(sizes);
        Sample pool = target.sample(max, rng.nextLong());
        Sample test = target.sample(nTest, rng.nextLong());
        TwoLayerNetwork before = TwoLayerNetwork.random(c.d(), c.width(), c.activation(), rng.nextLong());
        TwoLayerNetwork after = before.gradientStep(step.x(), step.y(), c.eta());
        return RidgeSweep.run(before, after, pool, test, sizes, lambda, rng.nextLong());
    }

    /** mu_1 = E[sigma'(g)] = E[g sigma(g)], g ~ N(0, 1) (Stein's lemma; the second form needs no derivative). */
    public static double hermite1(Activation sigma) {
        return GaussHermite.of(80).expectation(g -> g * sigma.apply(g));
    }

    /** c_1 estimated from data: (X^T y / n) . beta. */
    static double labelHermite1(Sample s, double[] beta) {
        double[] z = Vectors.times(s.x(), beta);
        return Vectors.dot(z, s.y()) / s.size();
    }
}
