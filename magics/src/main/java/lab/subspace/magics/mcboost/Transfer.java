package lab.subspace.magics.mcboost;

import java.time.Duration;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;

/**
 * Transfer under covariate shift [reconstructed]: MCBoost on a source sample x ~ N(0, I), evaluated
 * on targets x ~ N(mu e1, I) ({@link Synthetic#shifted}). Multiaccuracy w.r.t. a class whose span
 * (nearly) contains the density ratio w = dP_T / dP_S makes the target bias E_T[y - f] = E_S[w (y - f)]
 * (nearly) vanish ("universal adaptability"); for a Gaussian mean shift w = exp(mu x1 - mu^2 / 2) is
 * close to linear for small mu, so a linear audit transfers and a constant one does not.
 *
 * <pre>{@code
 * TransferReport r = Transfer.run(4000, 20000, 4, new double[] {0, 0.5, 1, 1.5}, McOptions.defaults(), 3);
 * }</pre>
 */
public final class Transfer {

    private Transfer() {
    }

    /**
     * @param source  source rows
     * @param target  rows per target sample
     * @param d       feature dimension
     * @param shifts  mean shifts mu of the targets
     * @param options boosting settings (the rule and round budget apply to both audits)
     * @param seed    seed of the samples
     */
    public static TransferReport run(int source, int target, int d, double[] shifts, McOptions options, long seed) {
        if (shifts.length == 0) {
            throw new IllegalArgumentException("give at least one shift mu");
        }
        Synthetic.Sample src = Synthetic.shifted(source, d, 0, seed);
        Loss loss = Loss.squared();
        McBoostFit constant = McBoost.fit(src.data(), AuditClass.groups(), loss, options);
        McBoostFit linear = McBoost.fit(src.data(), AuditClass.linear(false), loss, options);
        int m = shifts.length;
        double[][] bias = new double[3][m];
        double[][] mse = new double[3][m];
        try (Progress progress = Progress.start("targets", m, Duration.ofSeconds(1))) {
            for (int k = 0; k < m; k++) {
                Interrupts.check();
                McData tgt = Synthetic.shifted(target, d, shifts[k], seed + 1 + k).data();
                double[][] preds = {tgt.base(), constant.predict(tgt), linear.predict(tgt)};
                for (int j = 0; j < 3; j++) {
                    double b = 0;
                    double e = 0;
                    for (int i = 0; i < tgt.size(); i++) {
                        double r = tgt.labels()[i] - preds[j][i];
                        b += r;
                        e += r * r;
                    }
                    bias[j][k] = b / tgt.size();
                    mse[j][k] = e / tgt.size();
                }
                progress.step();
            }
        }
        return new TransferReport(shifts.clone(), bias[0], bias[1], bias[2], mse[0], mse[1], mse[2], constant.stopRound(),
                linear.stopRound());
    }
}
