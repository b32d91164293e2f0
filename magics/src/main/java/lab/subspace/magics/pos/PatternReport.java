package lab.subspace.magics.pos;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import lab.subspace.numerics.nn.TrainResult;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The outcome of {@link AngularSelector#run}: pattern purity of three networks sharing their
 * initial weights.
 *
 * @param spec              the settings
 * @param sparse            trained with the L1 activation penalty
 * @param dense             trained without it
 * @param untrained         the initial weights
 * @param sparseAccuracy    held-out accuracy of the sparse network
 * @param denseAccuracy     held-out accuracy of the dense network
 * @param untrainedAccuracy held-out accuracy of the untrained network
 * @param sparseTraining    the sparse network's training run
 * @param denseTraining     the dense network's training run
 */
public record PatternReport(PatternSpec spec, PatternPurity sparse, PatternPurity dense, PatternPurity untrained, double sparseAccuracy,
        double denseAccuracy, double untrainedAccuracy, TrainResult sparseTraining, TrainResult denseTraining) {

    /** The three measurements, sparse first. */
    public List<PatternPurity> all() {
        return List.of(sparse, dense, untrained);
    }

    public Table table() {
        Tables.Builder b = Tables.builder(String.format(Locale.ROOT,
                "Activation patterns of a one-hidden-layer ReLU network (%d units) on %d subspaces of R^%d, held-out points",
                spec.hidden(), spec.dims().length, spec.ambient()))
                .strings("network").doubles("accuracy", "active share", "pattern purity", "chance", "lift", "cluster purity",
                        "cluster chance", "unit selectivity")
                .ints("dead units", "silent points");
        double[] acc = {sparseAccuracy, denseAccuracy, untrainedAccuracy};
        List<PatternPurity> all = all();
        for (int i = 0; i < all.size(); i++) {
            PatternPurity p = all.get(i);
            b.row(p.name(), acc[i], p.activeFraction(), p.purity(), p.chance(), p.liftOverChance(), p.clusterPurity(), p.clusterChance(),
                    p.unitSelectivity(), p.deadUnits(), p.silentPoints());
        }
        return b.build();
    }

    /** Pattern purity per subspace for the three networks, with the chance level. */
    public Figure purityFigure() {
        String[] names = subspaceNames();
        return Plots.bars("Pattern purity per subspace: share of a point's active units owned by its subspace", names)
                .add(sparse.name(), sparse.perLabel())
                .add(dense.name(), dense.perLabel())
                .add(untrained.name(), untrained.perLabel())
                .add("chance (sparse network)", sparse.chancePerLabel())
                .xTitle("subspace").yTitle("pattern purity")
                .build();
    }

    /** Each unit's mean activation per subspace (units sorted by owner): block structure = angular selectors. */
    public Figure profilesFigure() {
        return sparse.profilesFigure(subspaceNames());
    }

    /** Training loss of the two trained networks. */
    public Figure trainingFigure() {
        double[] sparseLoss = sparseTraining.loss();
        double[] denseLoss = denseTraining.loss();
        return Plots.lines("Training: cross-entropy per epoch")
                .logY()
                .series(sparse.name(), epochs(sparseLoss.length), sparseLoss)
                .series(dense.name(), epochs(denseLoss.length), denseLoss)
                .xTitle("epoch").yTitle("cross-entropy (without the penalty)")
                .build();
    }

    private String[] subspaceNames() {
        int[] dims = spec.dims();
        String[] names = new String[dims.length];
        for (int k = 0; k < dims.length; k++) {
            names[k] = "S" + k + " (d=" + dims[k] + ")";
        }
        return names;
    }

    private static double[] epochs(int n) {
        double[] e = new double[n];
        Arrays.setAll(e, i -> i + 1);
        return e;
    }
}
