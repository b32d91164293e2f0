package lab.subspace.magics.deblur;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import lab.subspace.data.Matrices;
import lab.subspace.data.Npy;
import lab.subspace.data.NpyArray;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;

/**
 * What the image options of {@code %deblur} refer to: PNG (or JPEG, GIF, BMP) files, notebook
 * variables (double[][], EJML matrices; for frames also double[][][] or a List of double[][]),
 * and .npy / .csv files (a 3-D .npy holds a stack of frames, {@code [frame][row][col]}).
 */
final class ImageInputs {

    private static final List<String> PICTURES = List.of(".png", ".jpg", ".jpeg", ".gif", ".bmp");

    private ImageInputs() {
    }

    /** One image: a picture file (grey levels in [0, 1]) or a matrix from a variable / .npy / .csv. */
    static double[][] image(MagicContext context, String option, String ref) {
        if (isPicture(ref) && !context.hasVariable(ref)) {
            return Scenes.read(existing(context, option, ref));
        }
        return Matrices.toArray(Inputs.matrix(context, option, ref));
    }

    /**
     * Frames: a comma-separated list of images, a 3-D .npy stack, or a variable holding
     * double[][][] or a List of double[][]. Exposures default to 1 for every frame.
     */
    static NoisyFrames frames(MagicContext context, String option, String ref, double[] exposures) {
        if (ref == null || ref.isBlank()) {
            throw new UserError(option + " needs frames: image files separated by commas, a 3-D .npy stack or a variable");
        }
        List<double[][]> frames = new ArrayList<>();
        if (ref.contains(",")) {
            for (String part : ref.split(",")) {
                frames.add(image(context, option, part.strip()));
            }
        } else if (context.hasVariable(ref)) {
            Object value = context.variable(ref);
            if (value instanceof double[][][] stack) {
                frames.addAll(Arrays.asList(stack));
            } else if (value instanceof List<?> list) {
                for (Object o : list) {
                    if (!(o instanceof double[][] f)) {
                        throw new UserError(option + " " + ref + " must hold double[][] frames but holds a "
                                + (o == null ? "null" : o.getClass().getSimpleName()));
                    }
                    frames.add(f);
                }
            } else if (value instanceof NpyArray a) {
                frames.addAll(stack(option, ref, a));
            } else {
                throw new UserError(option + " " + ref + " must be double[][][] or a List of double[][] frames, not "
                        + value.getClass().getSimpleName());
            }
        } else if (ref.toLowerCase(Locale.ROOT).endsWith(".npy")) {
            frames.addAll(stack(option, ref, Npy.read(existing(context, option, ref))));
        } else {
            throw new UserError(option + " " + ref + ": give at least two frames (files separated by commas), "
                    + "a 3-D .npy stack, or a variable holding the frames");
        }
        double[] t = exposures;
        if (t == null) {
            t = new double[frames.size()];
            Arrays.fill(t, 1.0);
        }
        try {
            return NoisyFrames.of(frames, t);
        } catch (IllegalArgumentException e) {
            throw new UserError(option + " " + ref + ": " + e.getMessage(), e);
        }
    }

    private static List<double[][]> stack(String option, String ref, NpyArray a) {
        int[] shape = a.shape();
        if (shape.length != 3) {
            throw new UserError(option + " " + ref + " must be a 3-D stack [frame][row][col] but has shape " + NpyArray.shapeString(shape));
        }
        double[] data = a.data();
        List<double[][]> out = new ArrayList<>();
        for (int k = 0; k < shape[0]; k++) {
            double[][] f = new double[shape[1]][shape[2]];
            for (int i = 0; i < shape[1]; i++) {
                System.arraycopy(data, (k * shape[1] + i) * shape[2], f[i], 0, shape[2]);
            }
            out.add(f);
        }
        return out;
    }

    private static boolean isPicture(String ref) {
        String lower = ref.toLowerCase(Locale.ROOT);
        return PICTURES.stream().anyMatch(lower::endsWith);
    }

    private static Path existing(MagicContext context, String option, String ref) {
        Path path = context.resolvePath(ref);
        if (!Files.isRegularFile(path)) {
            throw new UserError(option + " " + ref + ": no such file (" + path + ") and no variable of that name");
        }
        return path;
    }
}
