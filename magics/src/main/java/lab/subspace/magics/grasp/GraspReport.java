package lab.subspace.magics.grasp;

import java.util.List;
import java.util.Locale;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The outcome of {@link GraspExperiment#run} at one agreement level.
 *
 * @param spec             the settings (with this level's agreement)
 * @param scores           accuracies of every {@link Method}, in the enum's order
 * @param factors          candidate factors of the naive update, with |cos| to the planted u_s and
 *                         the pretrained first layer's reading of each
 * @param identifiedCosine |P_V u_s|, how much of the planted direction the removed directions V
 *                         capture (|cos(v_1, u_s)| for one direction)
 * @param loadings         the top identified direction on the latent factors, U^T v_1; not copied
 * @param latentNames      names of the latent factors
 * @param projectionLeak   |dW_GRASP V|_F / |dW_GRASP|_F: 0 up to rounding when GRASP is exact
 * @param diverged         whether any fine-tune diverged
 */
public record GraspReport(GraspSpec spec, List<MethodScores> scores, CandidateFactors factors, double identifiedCosine,
        double[] loadings, List<String> latentNames, double projectionLeak, boolean diverged) {

    public GraspReport {
        scores = List.copyOf(scores);
        latentNames = List.copyOf(latentNames);
    }

    /** The scores of one method. */
    public MethodScores score(Method method) {
        return scores.stream().filter(s -> s.method() == method).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scores for " + method));
    }

    public Table table() {
        Tables.Builder b = Tables.builder(String.format(Locale.ROOT,
                "Accuracies at agreement %.2f (%s = %.3f, top energy share %.2f)", spec.agreement(),
                spec.directions() == 1 ? "|cos(identified, planted)|" : "|P_V u_s|", identifiedCosine, factors.topShare())).strings("method").doubles("ID accuracy", "OOD accuracy", "second-task accuracy");
        for (MethodScores s : scores) {
            b.row(s.method().label(), s.id(), s.ood(), s.second());
        }
        return b.build();
    }

    /** ID, OOD and second-task accuracy of every method. */
    public Figure accuracyFigure() {
        String[] names = scores.stream().map(s -> s.method().label()).toArray(String[]::new);
        return Plots.bars(String.format(Locale.ROOT, "Task and second-task accuracy at agreement %.2f", spec.agreement()), names)
                .xTitle("model").yTitle("accuracy")
                .add("in distribution", scores.stream().mapToDouble(MethodScores::id).toArray())
                .add("OOD (correlation reversed)", scores.stream().mapToDouble(MethodScores::ood).toArray())
                .add("second task (uses s)", scores.stream().mapToDouble(MethodScores::second).toArray())
                .build();
    }

    /** Energy share and |cos| to the planted factor of each singular direction of the naive update. */
    public Figure factorFigure() {
        String[] names = new String[factors.count()];
        for (int j = 0; j < names.length; j++) {
            names[j] = "v" + (j + 1);
        }
        return Plots.bars("Singular directions of the naive LoRA update: energy share and match to the planted factor", names)
                .xTitle("singular direction of dW").yTitle("share / |cos|")
                .add("energy share s_j^2 / sum s^2", factors.energyShares())
                .add("|cos| to planted u_s", factors.referenceCosines())
                .build();
    }

    /** The top identified direction written on the latent factors. */
    public Figure loadingsFigure() {
        return Plots.bars("What the top direction of the naive update is made of (U^T v_1)", latentNames.toArray(String[]::new))
                .xTitle("latent factor").yTitle("loading").add("v_1", loadings).build();
    }

    public Outputs outputs() {
        return Outputs.of(table(), accuracyFigure(), factorFigure(), loadingsFigure());
    }
}
