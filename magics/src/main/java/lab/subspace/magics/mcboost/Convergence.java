package lab.subspace.magics.mcboost;

import java.util.List;

import lab.subspace.kernel.spi.Interrupts;

/**
 * Convergence of MCBoost with a linear audit class to the Bregman projection of the labels onto
 * f_0 + span(H) ({@link BregmanProjection}), for the squared loss (regression design of
 * {@link Synthetic#shifted} at mu = 0; the distance contracts by exactly 1 - eta per round) and the
 * logistic loss (classifier of {@link Synthetic#miscalibrated}; damped Newton, linear rate). Also
 * the population statement for the squared loss: the boosted predictor fitted on n rows approaches
 * f_0 + Pi(f* - f_0), the projection of the regression function, as n grows.
 *
 * <pre>{@code
 * ConvergenceReport r = Convergence.run(2000, 0.5, 40, new int[] {250, 1000, 4000}, 5);
 * }</pre>
 */
public final class Convergence {

    private Convergence() {
    }

    /** Regression design dimension. */
    static final int D = 4;
    /** Rows of the sample that stands in for the population. */
    static final int POPULATION = 20000;

    public static ConvergenceReport run(int n, double eta, int rounds, int[] sizes, long seed) {
        McOptions options = McOptions.defaults().withEta(eta).withMaxRounds(rounds).withRule(StopRule.FIXED);
        McData reg = Synthetic.shifted(n, D, 0, seed).data();
        McData cls = Synthetic.miscalibrated(n, 1.8, seed + 1).data();
        double[] dSquared = distances(reg, false, Loss.squared(), options);
        double[] dLogistic = distances(cls, true, Loss.logistic(), options);
        Synthetic.Sample pop = Synthetic.shifted(POPULATION, D, 0, seed + 2);
        double[] target = populationProjection(pop);
        double[] popDistance = new double[sizes.length];
        for (int k = 0; k < sizes.length; k++) {
            Interrupts.check();
            McData train = Synthetic.shifted(sizes[k], D, 0, seed + 3 + k).data();
            McBoostFit fit = McBoost.fit(train, AuditClass.linear(false), Loss.squared(), options);
            popDistance[k] = rms(fit.predictor().scores(pop.data()), target);
        }
        return new ConvergenceReport(eta, dSquared, dLogistic, sizes.clone(), popDistance);
    }

    /** ||f_t - projection||_{L2(P_n)} for t = 0..rounds, on the score scale. */
    static double[] distances(McData data, boolean withGroups, Loss loss, McOptions options) {
        double[] projection = BregmanProjection.scores(data, withGroups, loss);
        AuditClass audit = AuditClass.linear(withGroups);
        McPredictor replay = new McPredictor(loss, options.eta(), List.of());
        double[] s = data.baseScores(loss);
        double[] d = new double[options.maxRounds() + 1];
        for (int t = 0; t <= options.maxRounds(); t++) {
            Interrupts.check();
            d[t] = rms(s, projection);
            if (t < options.maxRounds()) {
                replay.apply(audit.audit(data, s, loss, options.delta()).step(), data, s);
            }
        }
        return d;
    }

    /** f_0 + Pi(f* - f_0) on the population sample: the truth, not the noisy labels, is projected. */
    static double[] populationProjection(Synthetic.Sample pop) {
        McData noiseless = new McData(pop.data().base(), pop.truth(), pop.data().groups(), pop.data().features());
        return BregmanProjection.scores(noiseless, false, Loss.squared());
    }

    static double rms(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s / a.length);
    }
}
