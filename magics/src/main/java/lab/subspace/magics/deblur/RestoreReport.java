package lab.subspace.magics.deblur;

import java.util.List;
import java.util.Locale;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.image.Gallery;
import lab.subspace.display.image.Images;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Results of {@link FrameRestore} on the user's frames.
 *
 * @param frames    the frames
 * @param psf       the PSF
 * @param trainings one per method run
 * @param images    the restorations, in the order of {@code trainings}
 * @param notes     what could not be run and why
 */
public record RestoreReport(NoisyFrames frames, Psf psf, List<Training> trainings, List<double[][]> images, List<String> notes) {

    public RestoreReport {
        trainings = List.copyOf(trainings);
        images = images.stream().map(Psf::copy).toList();
        notes = List.copyOf(notes);
    }

    @Override
    public List<double[][]> images() {
        return images.stream().map(Psf::copy).toList();
    }

    /** The restoration by {@code method}. */
    public double[][] restored(Method method) {
        for (int i = 0; i < trainings.size(); i++) {
            if (trainings.get(i).method() == method) {
                return Psf.copy(images.get(i));
            }
        }
        throw new IllegalArgumentException(method.label() + " was not run" + (notes.isEmpty() ? "" : ": " + notes.get(0)));
    }

    public Table table() {
        Tables.Builder t = Tables.builder(String.format(Locale.ROOT, "Restoration of %d frames of %d x %d (%s)", frames.count(),
                        frames.rows(), frames.cols(), psf.name()))
                .strings("method").doubles("estimated bias", "final loss").booleans("converged");
        for (Training tr : trainings) {
            double[] loss = tr.loss();
            t.row(tr.method().label(), tr.method().biasAware() ? tr.biasEstimate() : null, loss[loss.length - 1], tr.converged());
        }
        return t.build();
    }

    /** The averaged frames and every restoration, each on its own grey range. */
    public Gallery gallery() {
        Gallery g = Gallery.of("average of frames", Images.grey(frames.average()));
        for (int i = 0; i < trainings.size(); i++) {
            g = g.and(trainings.get(i).method().shortLabel(), Images.grey(images.get(i)));
        }
        return g.scale(Math.max(1, Math.min(3, 192 / Math.max(frames.rows(), frames.cols()))));
    }

    public Figure trainingFigure() {
        LineChart c = Plots.lines("Training curves on your frames").logY().xTitle("epoch").yTitle("Noise2Noise loss per pixel");
        for (Training tr : trainings) {
            double[] loss = tr.loss();
            c.series(tr.method().label(), DeblurReport.index(loss.length), loss);
        }
        return c.build();
    }

    public Outputs outputs() {
        Outputs o = Outputs.of(table());
        for (String note : notes) {
            o = o.and(note);
        }
        return o.and(gallery().toImage()).and(trainingFigure());
    }

    @Override
    public String toString() {
        return "RestoreReport[" + frames + ", methods " + trainings.stream().map(t -> t.method().label()).toList() + "]";
    }
}
