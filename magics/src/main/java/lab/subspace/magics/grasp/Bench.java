package lab.subspace.magics.grasp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

import lab.subspace.display.Progress;
import lab.subspace.numerics.nn.Loss;
import lab.subspace.numerics.nn.Mlp;
import lab.subspace.numerics.random.Rng;

/**
 * What every agreement level of an experiment shares: the world, the pretrained model, the OOD and
 * second-task test sets and the oracle. Seeds are derived so that one agreement level gives the
 * same numbers whether it runs alone or inside a sweep.
 */
final class Bench {

    final GraspSpec spec;
    final LatentWorld world;
    final Mlp pretrained;
    private final LatentWorld.Sample general;
    private final LatentWorld.Sample ood;
    private final FineTuned oracle;
    private final Loss loss;
    private final long tuneSeed;

    private Bench(GraspSpec spec, LatentWorld world, Mlp pretrained, LatentWorld.Sample general, LatentWorld.Sample ood,
            FineTuned oracle, long tuneSeed) {
        this.spec = spec;
        this.world = world;
        this.pretrained = pretrained;
        this.general = general;
        this.ood = ood;
        this.oracle = oracle;
        this.loss = Heads.task(spec.world().classes());
        this.tuneSeed = tuneSeed;
    }

    /** Progress units of the shared part (pretraining and the oracle). */
    static long sharedWork(GraspSpec spec) {
        return spec.pretrainEpochs() + spec.tune().epochs();
    }

    /** Progress units of one agreement level (naive, GRASP and ablation fine-tunes). */
    static long levelWork(GraspSpec spec) {
        return 3L * spec.tune().epochs();
    }

    static Bench build(GraspSpec spec, Progress progress) {
        Rng root = new Rng(spec.seed());
        LatentWorld world = LatentWorld.of(spec.world(), root.nextLong());
        Mlp pretrained = Pretraining.train(world, spec.hidden(), spec.pretrainSize(), spec.pretrainEpochs(), root.nextLong(), progress);
        LatentWorld.Sample general = world.pretraining(spec.testSize(), root.split());
        LatentWorld.Sample ood = world.fineTuning(spec.testSize(), 0.0, root.split());
        long tuneSeed = root.nextLong();
        LatentWorld.Sample uncorrelated = world.fineTuning(spec.trainSize(), 0.5, root.split());
        FineTuned oracle = LoraTuning.tune(pretrained, uncorrelated.x(), uncorrelated.targets(), Heads.task(spec.world().classes()),
                spec.tune(), Intervention.none(), tuneSeed, progress);
        return new Bench(spec, world, pretrained, general, ood, oracle, tuneSeed);
    }

    /** Naive fine-tune, identification, GRASP, ablation and steering at one agreement level. */
    GraspReport at(double agreement, Progress progress) {
        GraspSpec level = spec.withAgreement(agreement);
        Rng rng = new Rng(spec.seed() ^ Double.doubleToLongBits(agreement) * 0x9E3779B97F4A7C15L);
        LatentWorld.Sample train = world.fineTuning(spec.trainSize(), agreement, rng.split());
        LatentWorld.Sample id = world.fineTuning(spec.testSize(), agreement, rng.split());
        FineTuned naive = tune(train, Intervention.none(), progress);
        DMatrixRMaj planted = world.spuriousDirection();
        CandidateFactors factors = Factors.identify(naive.update(), spec.tune().rank()).withReference(planted)
                .withBase(pretrained.layer(0).weight());
        DMatrixRMaj v = factors.directions(spec.directions());
        FineTuned grasp = tune(train, Intervention.grasp(v), progress);
        FineTuned ablation = tune(train, Intervention.ablate(v), progress);
        List<MethodScores> scores = new ArrayList<>();
        scores.add(score(Method.PRETRAINED, pretrained::predict, id));
        scores.add(score(Method.NAIVE, naive::predict, id));
        scores.add(score(Method.GRASP, grasp::predict, id));
        scores.add(score(Method.ABLATION, ablation::predict, id));
        scores.add(score(Method.STEERING, naive.steered(v)::predict, id));
        scores.add(score(Method.ORACLE, oracle::predict, id));
        DMatrixRMaj leak = CommonOps_DDRM.mult(grasp.update(), v, null);
        double leakRatio = NormOps_DDRM.normF(leak) / NormOps_DDRM.normF(grasp.update());
        double[] loadings = world.loadings(factors.directions(1)).data;
        return new GraspReport(level, scores, factors, captured(v, planted), loadings, world.latentNames(), leakRatio,
                naive.diverged() || grasp.diverged() || ablation.diverged() || oracle.diverged());
    }

    private FineTuned tune(LatentWorld.Sample train, Intervention intervention, Progress progress) {
        return LoraTuning.tune(pretrained, train.x(), train.targets(), loss, spec.tune(), intervention, tuneSeed, progress);
    }

    private MethodScores score(Method method, UnaryOperator<DMatrixRMaj> model, LatentWorld.Sample id) {
        int k = spec.world().classes();
        return new MethodScores(method, Heads.taskAccuracy(model.apply(id.x()), id.labels(), k),
                Heads.taskAccuracy(model.apply(ood.x()), ood.labels(), k),
                Heads.secondAccuracy(model.apply(general.x()), general.second(), k));
    }

    /** |P_V u|: the part of the unit planted direction u inside span(V) (|cos| for one direction). */
    static double captured(DMatrixRMaj v, DMatrixRMaj planted) {
        DMatrixRMaj c = CommonOps_DDRM.multTransA(v, planted, null);
        return NormOps_DDRM.normF(c) / NormOps_DDRM.normF(planted);
    }
}
