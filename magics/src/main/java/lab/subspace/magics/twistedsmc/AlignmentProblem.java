package lab.subspace.magics.twistedsmc;

import java.util.Objects;

/**
 * Inference-time alignment of a diffusion model: the path target
 * pi(x_{0:T}) proportional to p(x_{0:T}) exp(r(x_0) / beta), whose x_0-marginal is the reward-tilted
 * data distribution p(x_0) exp(r(x_0) / beta) / Z.
 *
 * <pre>{@code
 * AlignmentProblem p = AlignmentProblem.of(Mixture.bimodal1d(), Reward.gaussian(new double[] {2.5}, 1), 0.25, 50);
 * }</pre>
 */
public final class AlignmentProblem {

    private final MixtureDiffusion model;
    private final Reward reward;
    private final double beta;
    private TargetGrid grid;

    private AlignmentProblem(MixtureDiffusion model, Reward reward, double beta) {
        this.model = model;
        this.reward = Objects.requireNonNull(reward, "reward");
        this.beta = requireBeta(beta);
    }

    /**
     * @param data   the data distribution of the exact-score DDPM
     * @param reward r(x_0)
     * @param beta   the temperature, &gt; 0 (smaller = stronger tilt)
     * @param steps  the number T of diffusion steps, &gt;= 2
     */
    public static AlignmentProblem of(Mixture data, Reward reward, double beta, int steps) {
        if (reward instanceof GaussianReward g && g.center().length != data.dimension()) {
            throw new IllegalArgumentException("the reward centre has " + g.center().length + " coordinates but the data has "
                    + data.dimension());
        }
        return new AlignmentProblem(new MixtureDiffusion(data, steps), reward, beta);
    }

    static double requireBeta(double beta) {
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("the temperature beta must be positive and finite but is " + beta);
        }
        return beta;
    }

    public MixtureDiffusion model() {
        return model;
    }

    public Reward reward() {
        return reward;
    }

    public double beta() {
        return beta;
    }

    public int steps() {
        return model.steps();
    }

    public int dimension() {
        return model.dimension();
    }

    /** r(x) / beta for the point x[off .. off + d), checked finite. */
    double logTilt(double[] x, int off, double[] scratch) {
        System.arraycopy(x, off, scratch, 0, scratch.length);
        double r = reward.value(scratch);
        if (!Double.isFinite(r)) {
            throw new IllegalArgumentException("the reward is not finite at x = " + java.util.Arrays.toString(scratch) + ": " + r);
        }
        return r / beta;
    }

    /** The tilted target on a grid (d &lt;= 2): bin probabilities, KL of samples, exact draws. */
    public synchronized TargetGrid target() {
        if (grid == null) {
            grid = TargetGrid.of(this);
        }
        return grid;
    }

    /**
     * log Z = log E_{p_0}[exp(r / beta)] under the data distribution: in closed form for a
     * {@link GaussianReward}, else by quadrature on the target grid (d &lt;= 2). The DDPM's own x_0
     * law differs from p_0 by its discretisation, so SMC estimates converge to a value close to this.
     * NaN when neither is available (d &gt; 2 and another reward).
     */
    public double dataLogNormaliser() {
        if (reward instanceof GaussianReward g) {
            return model.data().logNormaliser(g, beta);
        }
        return model.dimension() <= 2 ? target().logNormaliser() : Double.NaN;
    }

    @Override
    public String toString() {
        String r = reward instanceof GaussianReward ? reward.toString() : "user reward";
        return model.dimension() + "-D mixture (" + model.data().components() + " components), " + r + ", beta " + beta
                + ", T = " + model.steps();
    }
}
