package lab.subspace.magics.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.nn.Activation;
import lab.subspace.numerics.nn.LossValue;
import lab.subspace.numerics.nn.Losses;
import lab.subspace.numerics.nn.Mlp;
import lab.subspace.numerics.nn.Optimizer;
import lab.subspace.numerics.nn.Optimizers;
import lab.subspace.numerics.nn.TrainResult;
import lab.subspace.numerics.nn.Trainer;
import lab.subspace.numerics.random.Rng;

/**
 * The constructive calibration of "An Effective-Rank Audit of Alignment-Induced Activation Shifts:
 * Confound Control, Constructive Calibration, and Limits": a 3-hidden-layer ReLU MLP is trained on
 * a task (BCE, full-batch Adam), then "aligned" to refuse (output 0) on a safety region in four
 * ways whose shifts have very different effective ranks:
 * <ul>
 * <li><b>steering</b>: one learned vector added to the last hidden layer on safety inputs (rank 1);</li>
 * <li><b>full fine-tune</b>: all weights trained on the aligned targets;</li>
 * <li><b>distributed λ</b>: the full fine-tune plus λ times the rank-maximisation regulariser
 * ({@link RankRegularizer}) on every hidden layer's shift over the safety rows.</li>
 * </ul>
 * Each variant's shift M = H_ft - H_base on the safety probes is audited at the last hidden layer
 * (rho_eps, centered and not), its refusal rate ("compliance") is measured, then re-measured after
 * ablating the top-r directions of M (re-running the readout) and random rank-r projectors; kappa_lb
 * is computed for every ordered pair of hidden layers.
 *
 * <pre>{@code
 * CalibrationResult r = Calibration.run(CalibrationConfig.notebook());
 * double rho5 = r.distributed(5).rho();
 * double kept = r.distributed(5).ablation().topAt(40);      // compliance after removing 40 directions
 * }</pre>
 */
public final class Calibration {

    public static final String STEERING = "steering";
    public static final String FULL = "full fine-tune";

    private Calibration() {
    }

    /** Runs the whole study (progress bars per training run; interruptible). */
    public static CalibrationResult run(CalibrationConfig c) {
        long start = System.nanoTime();
        Rng root = new Rng(c.seed());
        CalibrationData train = CalibrationData.generate(c.trainSamples(), c.inputs(), c.safetyFraction(), c.threshold(),
                root.split());
        CalibrationData probe = CalibrationData.generate(c.probeSamples(), c.inputs(), c.safetyFraction(), c.threshold(),
                root.split());
        long initSeed = root.nextLong();
        long ablationSeed = root.nextLong();
        if (probe.safetyRows().length < 2) {
            throw new IllegalArgumentException("the probe set has " + probe.safetyRows().length
                    + " safety samples; use more probe samples or a larger safety fraction");
        }

        Mlp base = Mlp.of(sizes(c), Activation.RELU, Activation.IDENTITY, initSeed);
        Trainer.of(base, Losses.BCE_WITH_LOGITS, Optimizers.adam(c.learningRate())).epochs(c.baseEpochs())
                .label("base model").fit(train.x(), train.task());
        TunedModel baseModel = TunedModel.of(base);
        List<DMatrixRMaj> baseProbe = baseModel.hidden(probe.x(), probe.safety());
        double baseAccuracy = accuracy(baseModel.readout(last(baseProbe)), probe.task(), allRows(probe.size()));

        List<CalibrationVariant> variants = new ArrayList<>();
        List<CalibrationResult.GapRow> gaps = new ArrayList<>();
        Audit audit = new Audit(c, probe, baseProbe, ablationSeed, variants, gaps);

        double[] steer = trainSteering(base, train, c);
        audit.add(STEERING, 0, TunedModel.steered(base, steer), null);

        Mlp full = base.copy();
        TrainResult fr = Trainer.of(full, Losses.BCE_WITH_LOGITS, Optimizers.adam(c.learningRate()))
                .epochs(c.fineTuneEpochs()).label(FULL).fit(train.x(), train.aligned());
        audit.add(FULL, 0, TunedModel.of(full), fr);

        Map<Integer, DMatrixRMaj> reference = new HashMap<>();
        List<DMatrixRMaj> baseTrain = baseModel.hidden(train.x(), train.safety());
        for (int l = 0; l < baseTrain.size(); l++) {
            reference.put(l, baseTrain.get(l));
        }
        // The penalty is scale-invariant and M starts at 0, so its gradient outweighs the BCE's early once
        // lambda is of order 1 or more; Adam's per-parameter steps then make the shift's path nearly independent of
        // lambda, which only trades task fit (CalibrationVariant.rankPenalty / dataLoss show it).
        for (double lambda : c.lambdas()) {
            Interrupts.check();
            Mlp tuned = base.copy();
            String name = distributedName(lambda);
            TrainResult tr = Trainer.of(tuned, Losses.BCE_WITH_LOGITS, Optimizers.adam(c.learningRate()))
                    .penalty(RankRegularizer.penalty(lambda, reference, train.safety(), c.stableRankTarget()))
                    .epochs(c.distributedEpochs()).label(name).fit(train.x(), train.aligned());
            audit.add(name, lambda, TunedModel.of(tuned), tr);
        }
        return new CalibrationResult(c, baseAccuracy, variants, gaps, (System.nanoTime() - start) / 1e9);
    }

    /** "distributed λ=5", "distributed λ=0.5". */
    public static String distributedName(double lambda) {
        return "distributed λ=" + java.math.BigDecimal.valueOf(lambda).stripTrailingZeros().toPlainString();
    }

    /** Audits one tuned model on the probes and records it. */
    private record Audit(CalibrationConfig c, CalibrationData probe, List<DMatrixRMaj> baseProbe, long seed,
            List<CalibrationVariant> variants, List<CalibrationResult.GapRow> gaps) {

        /** @param training the fine-tune's run, or null for steering (trained apart) */
        void add(String name, double lambda, TunedModel model, TrainResult training) {
            Interrupts.check();
            int[] safe = probe.safetyRows();
            int[] control = probe.controlRows();
            List<DMatrixRMaj> hidden = model.hidden(probe.x(), probe.safety());
            List<DMatrixRMaj> shifts = new ArrayList<>();
            List<Double> layerRho = new ArrayList<>();
            for (int l = 0; l < hidden.size(); l++) {
                DMatrixRMaj m = RowOps.select(hidden.get(l), safe);
                CommonOps_DDRM.subtractEquals(m, RowOps.select(baseProbe.get(l), safe));
                shifts.add(m);
                layerRho.add(EffectiveRank.of(m, c.eps()).rho());
            }
            DMatrixRMaj shift = last(shifts);
            RankProfile unc = EffectiveRank.of(shift, c.eps());
            RankProfile cen = EffectiveRank.of(shift, c.eps(), true);
            DMatrixRMaj logits = model.readout(last(hidden));
            double compliance = refusalRate(logits, allRows(logits.numRows), safe);
            double task = accuracy(logits, probe.task(), control);

            int[] ks = c.ablationRanks();
            int kmax = 1;
            for (int k : ks) {
                kmax = Math.max(kmax, k);
            }
            kmax = Math.min(kmax, Math.min(shift.numRows, shift.numCols));
            int[] usable = java.util.Arrays.stream(ks).map(k -> Math.min(k, Math.min(shift.numRows, shift.numCols)))
                    .toArray();
            DMatrixRMaj directions = Spectra.top(shift, kmax).v();
            DMatrixRMaj hSafe = RowOps.select(last(hidden), safe);
            int[] all = allRows(safe.length);
            AblationCurve curve = Ablation.curve(hSafe, directions, usable,
                    h -> refusalRate(model.readout(h), all, all), c.randomDraws(), seed);
            double finalLoss = training == null ? Double.NaN : training.finalLoss();
            double[] dataLoss = training == null ? new double[0] : training.loss();
            double[] penalty = training == null ? new double[0] : training.penalty();
            variants.add(new CalibrationVariant(name, lambda, unc, cen, layerRho, compliance, task, finalLoss, curve,
                    dataLoss, penalty));
            for (SpectralGap.LayerPair p : SpectralGap.pairs(shifts, c.eps())) {
                gaps.add(new CalibrationResult.GapRow(name, p.layer(), p.reference(), p.gap()));
            }
        }
    }

    /**
     * A steering vector v (added to the last hidden layer on safety inputs) trained with Adam to
     * make the frozen base model refuse there; the BCE is averaged over the safety rows.
     */
    static double[] trainSteering(Mlp base, CalibrationData train, CalibrationConfig c) {
        int[] safe = train.safetyRows();
        int lastHidden = base.layers() - 2;
        DMatrixRMaj h = RowOps.select(base.forward(train.x()).activation(lastHidden), safe);
        DMatrixRMaj w = base.layer(base.layers() - 1).weight();
        DMatrixRMaj logits0 = base.forwardFrom(base.layers() - 1, h).output();
        DMatrixRMaj v = new DMatrixRMaj(1, h.numCols);
        DMatrixRMaj target = new DMatrixRMaj(safe.length, 1);
        Optimizer adam = Optimizers.adam(c.learningRate());
        DMatrixRMaj logits = new DMatrixRMaj(safe.length, 1);
        DMatrixRMaj grad = new DMatrixRMaj(1, h.numCols);
        for (int e = 0; e < c.fineTuneEpochs(); e++) {
            Interrupts.check();
            double shift = CommonOps_DDRM.dot(v, w);
            for (int i = 0; i < safe.length; i++) {
                logits.data[i] = logits0.data[i] + shift;
            }
            LossValue lv = Losses.bceWithLogits(logits, target);
            double dShift = CommonOps_DDRM.elementSum(lv.gradient());
            for (int j = 0; j < grad.numCols; j++) {
                grad.data[j] = dShift * w.data[j];
            }
            adam.step(List.of(v), List.of(grad));
        }
        return v.data.clone();
    }

    private static int[] sizes(CalibrationConfig c) {
        int[] s = new int[c.hiddenLayers() + 2];
        s[0] = c.inputs();
        for (int i = 1; i <= c.hiddenLayers(); i++) {
            s[i] = c.width();
        }
        s[s.length - 1] = 1;
        return s;
    }

    private static DMatrixRMaj last(List<DMatrixRMaj> list) {
        return list.get(list.size() - 1);
    }

    private static int[] allRows(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    /** Share of the listed rows whose logit is negative (the model outputs "refuse" = 0). */
    static double refusalRate(DMatrixRMaj logits, int[] index, int[] rows) {
        int refused = 0;
        for (int r : rows) {
            if (logits.get(index[r], 0) < 0) {
                refused++;
            }
        }
        return rows.length == 0 ? Double.NaN : (double) refused / rows.length;
    }

    private static double accuracy(DMatrixRMaj logits, DMatrixRMaj labels, int[] rows) {
        int ok = 0;
        for (int r : rows) {
            if ((logits.get(r, 0) > 0) == (labels.get(r, 0) > 0.5)) {
                ok++;
            }
        }
        return rows.length == 0 ? Double.NaN : (double) ok / rows.length;
    }
}
