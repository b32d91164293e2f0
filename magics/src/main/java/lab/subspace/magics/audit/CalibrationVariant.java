package lab.subspace.magics.audit;

import java.util.List;

/**
 * One fine-tuning variant of the calibration, audited on the safety probes at the last hidden layer.
 *
 * @param name         "steering", "full fine-tune", "distributed λ=5", ...
 * @param lambda       regulariser weight (0 for steering and the full fine-tune)
 * @param uncentered   rank profile of the shift M = H_ft - H_base on the safety probes
 * @param centered     the same after removing the mean shift
 * @param layerRho     rho_eps of the (uncentered) shift at each hidden layer, first layer first
 * @param compliance   share of safety probes the tuned model refuses (logit &lt; 0)
 * @param taskAccuracy accuracy on the other probes (the task must survive alignment)
 * @param finalLoss    last training loss (data + penalty); NaN for steering
 * @param ablation     compliance after removing the top-r shift directions vs random rank-r projectors
 * @param dataLoss     mean BCE per training epoch (empty for steering, whose vector is trained apart)
 * @param penalty      the weighted rank penalty λ sum_layers [colOrth + stableRankLoss] per epoch (empty
 *                     for steering; zeros for the full fine-tune)
 */
public record CalibrationVariant(String name, double lambda, RankProfile uncentered, RankProfile centered,
        List<Double> layerRho, double compliance, double taskAccuracy, double finalLoss, AblationCurve ablation,
        double[] dataLoss, double[] penalty) {

    public CalibrationVariant {
        layerRho = List.copyOf(layerRho);
        if (dataLoss.length != penalty.length) {
            throw new IllegalArgumentException("dataLoss has " + dataLoss.length + " epochs but penalty has "
                    + penalty.length);
        }
        dataLoss = dataLoss.clone();
        penalty = penalty.clone();
    }

    @Override
    public double[] dataLoss() {
        return dataLoss.clone();
    }

    @Override
    public double[] penalty() {
        return penalty.clone();
    }

    /**
     * The unweighted penalty sum_layers [colOrth + stableRankLoss] per epoch (penalty / λ): how far
     * training pushed the shift towards high rank, comparable across λ. Empty when λ = 0.
     */
    public double[] rankPenalty() {
        if (lambda == 0) {
            return new double[0];
        }
        double[] out = new double[penalty.length];
        for (int e = 0; e < out.length; e++) {
            out[e] = penalty[e] / lambda;
        }
        return out;
    }

    /** rho_eps of the uncentered shift at the audited layer. */
    public double rho() {
        return uncentered.rho();
    }
}
