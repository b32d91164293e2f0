package lab.subspace.magics.deblur;

import java.util.ArrayList;
import java.util.List;

/**
 * The self-supervised methods on the user's own frames (no clean image exists): plain
 * Noise2Noise always, and Physen-N2N (single frame and multi-frame) when the bias is identifiable,
 * i.e. when the frames have at least two different exposure times (a dark frame counts).
 *
 * <pre>{@code
 * NoisyFrames mine = NoisyFrames.of(List.of(f0, f1, f2, f3), new double[] {1, 1, 0.5, 0});
 * RestoreReport r = FrameRestore.run(mine, Psf.disk(3), TrainOptions.defaults());
 * double[][] best = r.restored(Method.PHYSEN_MULTIFRAME);
 * }</pre>
 */
public final class FrameRestore {

    private FrameRestore() {
    }

    public static RestoreReport run(NoisyFrames frames, Psf psf, TrainOptions options) {
        List<Training> trainings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        trainings.add(SelfSupervised.train(frames, psf, Method.PLAIN_N2N, options));
        if (frames.equalExposures()) {
            notes.add("All frames have the same exposure, so the bias cannot be separated from the scene's mean: only plain "
                    + "Noise2Noise was run (its result keeps the bias). Add a dark frame (exposure 0) or frames at another "
                    + "exposure time to run Physen-N2N.");
        } else {
            trainings.add(SelfSupervised.train(frames, psf, Method.PHYSEN, options));
            trainings.add(SelfSupervised.train(frames, psf, Method.PHYSEN_MULTIFRAME, options));
        }
        List<double[][]> images = new ArrayList<>();
        for (Training t : trainings) {
            images.add(t.filter().restore(frames));
        }
        return new RestoreReport(frames, psf, trainings, images, notes);
    }
}
