package lab.subspace.numerics.ot;

/**
 * Chooses the over-relaxation factor omega of Sinkhorn's updates u <- u^(1-omega) (a / Kv)^omega.
 *
 * <p>Near the solution Sinkhorn behaves like block Gauss-Seidel: if plain sweeps contract the
 * error by rho, SOR with omega = 2 / (1 + sqrt(1 - rho)) contracts it by about omega - 1 (Lehmann,
 * von Renesse, Sambale, Uschmajew 2021, "A note on overrelaxation in the Sinkhorn algorithm",
 * arXiv:2012.12562). rho is read off the error once its decay has settled (two consecutive
 * windows agree); while over-relaxing, the observed rate lambda still reveals rho through
 * (lambda + omega - 1)^2 = lambda omega^2 rho, so omega is raised as the rate slows down (as it
 * does at small eps). Far from the solution the kernel takes the plain step wherever the relaxed
 * one would not increase the dual (Thibault, Chizat, Dossal, Papadakis 2017, arXiv:1711.01851),
 * so sweeps stay ascent steps; should the error still grow tenfold, plain sweeps take over, and
 * after a few such failures over-relaxation is given up for the run.
 */
final class Overrelaxation {

    private static final int WINDOW = 10;
    private static final double MAX_OMEGA = 1.95;
    /** Faster than this already and over-relaxation gains little. */
    private static final double MIN_RATE = 0.2;
    /** The two windows' 1 - rate must agree within this fraction. */
    private static final double SETTLED = 0.1;
    /** Raise omega only by more than this (each change restarts the window). */
    private static final double MIN_RAISE = 0.01;
    private static final double GROWTH_LIMIT = 10;
    private static final int MAX_FAILURES = 3;
    /** After omega changes, the first sweeps are a transient and say little about the new rate. */
    private static final int SETTLING = 4 * WINDOW;

    private boolean enabled;
    private double omega = 1;
    private final double[] history = new double[2 * WINDOW + 1];
    private int count;
    private int failures;
    private double best = Double.POSITIVE_INFINITY;

    Overrelaxation(boolean enabled) {
        this.enabled = enabled;
    }

    double omega() {
        return omega;
    }

    /** A new stage (new eps): start again from plain sweeps. */
    void reset() {
        omega = 1;
        count = 0;
        best = Double.POSITIVE_INFINITY;
    }

    /** The kernel was rebuilt: the error history is no longer comparable. */
    void restartWindow() {
        count = 0;
    }

    /** Records the marginal error after a sweep. */
    void observe(double err) {
        if (!enabled) {
            return;
        }
        if (omega > 1) {
            best = Math.min(best, err);
            if (!(err <= GROWTH_LIMIT * best)) {
                failures++;
                reset();
                enabled = failures < MAX_FAILURES;
                return;
            }
        }
        if (count < 0) {
            count++;
            return;
        }
        if (count < history.length) {
            history[count++] = err;
            if (count < history.length) {
                return;
            }
        } else {
            System.arraycopy(history, 1, history, 0, history.length - 1);
            history[history.length - 1] = err;
        }
        double older = Math.pow(history[WINDOW] / history[0], 1.0 / WINDOW);
        double rate = Math.pow(history[2 * WINDOW] / history[WINDOW], 1.0 / WINDOW);
        boolean settled = Math.abs(rate - older) <= SETTLED * (1 - rate);
        if (!settled || !(rate > 0 && rate < 1)) {
            return;
        }
        double plainRate = omega == 1 ? rate : (rate + omega - 1) * (rate + omega - 1) / (rate * omega * omega);
        if (!(plainRate > MIN_RATE && plainRate < 1)) {
            return;
        }
        double target = Math.min(MAX_OMEGA, 2 / (1 + Math.sqrt(1 - plainRate)));
        if (target > omega + MIN_RAISE) {
            omega = target;
            best = Math.min(best, err);
            count = -SETTLING;
        }
    }
}
