package lab.subspace.magics.twistedsmc;

import java.util.Arrays;

/**
 * r(x) = -|x - center|^2 / (2 width^2), the log of a Gaussian bump; with it the reward-tilted
 * Gaussian mixture is again a Gaussian mixture ({@link Mixture#tilted}).
 *
 * @param center the bump's centre (length d)
 * @param width  its width, &gt; 0
 */
public record GaussianReward(double[] center, double width) implements Reward {

    public GaussianReward {
        if (center == null || center.length == 0) {
            throw new IllegalArgumentException("the reward centre needs at least one coordinate");
        }
        for (int i = 0; i < center.length; i++) {
            if (!Double.isFinite(center[i])) {
                throw new IllegalArgumentException("the reward centre is not finite at index " + i + ": " + center[i]);
            }
        }
        if (!(width > 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("the reward width must be positive and finite but is " + width);
        }
        center = center.clone();
    }

    @Override
    public double[] center() {
        return center.clone();
    }

    @Override
    public double value(double[] x) {
        double s = 0;
        for (int i = 0; i < center.length; i++) {
            double r = x[i] - center[i];
            s += r * r;
        }
        return -s / (2 * width * width);
    }

    @Override
    public String toString() {
        return "Gaussian reward at " + Arrays.toString(center) + ", width " + width;
    }
}
