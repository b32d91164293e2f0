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
 */
public record CalibrationVariant(String name, double lambda, RankProfile uncentered, RankProfile centered,
        List<Double> layerRho, double compliance, double taskAccuracy, double finalLoss, AblationCurve ablation) {

    public CalibrationVariant {
        layerRho = List.copyOf(layerRho);
    }

    /** rho_eps of the uncentered shift at the audited layer. */
    public double rho() {
        return uncentered.rho();
    }
}
