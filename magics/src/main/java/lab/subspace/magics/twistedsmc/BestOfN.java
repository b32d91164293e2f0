package lab.subspace.magics.twistedsmc;

/**
 * Best-of-N: repeated draws of N base samples, keeping the one with the highest reward.
 *
 * @param budget     N, base samples per draw
 * @param samples    the kept sample of each draw
 * @param meanReward mean reward of the kept samples
 */
public record BestOfN(int budget, double[][] samples, double meanReward) {

    public BestOfN {
        samples = SmcRun.deepCopy(samples);
    }

    @Override
    public double[][] samples() {
        return SmcRun.deepCopy(samples);
    }

    /** Plug-in KL(kept samples || tilted target) on the problem's grid (d &lt;= 2). */
    public double kl(AlignmentProblem problem) {
        return problem.target().kl(samples, null);
    }
}
