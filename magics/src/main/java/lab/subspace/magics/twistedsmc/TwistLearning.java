package lab.subspace.magics.twistedsmc;

/**
 * The result of {@link TwistedSmc#learn}: the learned twist and, for iterations k = 0 ... K (0 = the
 * starting proposal), diagnostics of the paths drawn from the proposal q_k.
 *
 * @param twist       the twist after K updates
 * @param options     the settings used
 * @param kl          plug-in KL(q_k's x_0 samples || tilted target) (NaN when d &gt; 2)
 * @param pathEss     ESS / N of the path weights pi / q_k
 * @param logZ        importance-sampling estimate of log Z from q_k
 * @param meanReward  mean reward of q_k's x_0 samples (unweighted)
 */
public record TwistLearning(GaussianTwist twist, LearnOptions options, double[] kl, double[] pathEss, double[] logZ,
        double[] meanReward) {

    public TwistLearning {
        kl = kl.clone();
        pathEss = pathEss.clone();
        logZ = logZ.clone();
        meanReward = meanReward.clone();
    }

    @Override
    public double[] kl() {
        return kl.clone();
    }

    @Override
    public double[] pathEss() {
        return pathEss.clone();
    }

    @Override
    public double[] logZ() {
        return logZ.clone();
    }

    @Override
    public double[] meanReward() {
        return meanReward.clone();
    }
}
