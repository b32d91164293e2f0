package lab.subspace.magics.mhanw;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.data.Npy;
import lab.subspace.data.NpyArray;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;

/**
 * Per-layer projection matrices named on a magic line: each reference is a matrix (a variable or
 * a 2-D .npy/.csv file: one layer), a 3-D .npy file (layers x d_model x H d_k, named directly or
 * by a String/Path variable, or read into an {@code NpyArray}), or a variable holding a
 * {@code List} of matrices or a {@code double[][][]} (several layers).
 */
final class LayerInputs {

    /** A layer's matrix and its name. */
    record Layer(String name, DMatrixRMaj matrix) {
    }

    private LayerInputs() {
    }

    static List<Layer> read(MagicContext context, String option, List<String> refs, boolean transpose) {
        List<Layer> layers = new ArrayList<>();
        for (String ref : refs) {
            for (Layer l : readOne(context, option, ref.strip())) {
                layers.add(transpose ? new Layer(l.name(), CommonOps_DDRM.transpose(l.matrix(), null)) : l);
            }
        }
        if (layers.isEmpty()) {
            throw new UserError(option + " names no matrices");
        }
        return layers;
    }

    private static List<Layer> readOne(MagicContext context, String option, String ref) {
        Object value = context.hasVariable(ref) ? context.variable(ref) : null;
        if (value instanceof List<?> list) {
            List<Layer> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(new Layer(ref + "[" + i + "]", convert(option, ref + "[" + i + "]", list.get(i))));
            }
            return out;
        }
        if (value instanceof double[][][] cube) {
            List<Layer> out = new ArrayList<>();
            for (int i = 0; i < cube.length; i++) {
                out.add(new Layer(ref + "[" + i + "]", convert(option, ref + "[" + i + "]", cube[i])));
            }
            return out;
        }
        if (value instanceof NpyArray array) {
            return fromNpy(option, ref, ref, array);
        }
        // a .npy file named directly, or by a String / Path / File variable
        String file = value == null ? ref : value instanceof String || value instanceof Path || value instanceof java.io.File
                ? value.toString() : null;
        if (file != null && file.toLowerCase(Locale.ROOT).endsWith(".npy")) {
            Path path = context.resolvePath(file);
            if (!Files.isRegularFile(path)) {
                throw new UserError(option + " " + ref + ": no such file (" + path + ")" + (value == null ? " and no variable of that name" : ""));
            }
            String stem = path.getFileName().toString().replaceFirst("(?i)\\.npy$", "");
            try {
                return fromNpy(option, ref, stem, Npy.read(path));
            } catch (IllegalArgumentException e) {
                throw new UserError(option + " " + ref + ": " + e.getMessage(), e);
            }
        }
        return List.of(new Layer(ref, Inputs.matrix(context, option, ref)));
    }

    /** A 2-D array is one layer; a 3-D array (layers x d_model x H d_k) is one layer per slice. */
    private static List<Layer> fromNpy(String option, String ref, String name, NpyArray array) {
        int[] shape = array.shape();
        if (array.ndim() == 2) {
            return List.of(new Layer(name, array.toMatrix()));
        }
        if (array.ndim() != 3) {
            throw new UserError(option + " " + ref + " has shape " + NpyArray.shapeString(shape)
                    + ": expected d_model x (H d_k), or layers x d_model x (H d_k)");
        }
        List<Layer> out = new ArrayList<>();
        int size = shape[1] * shape[2];
        for (int l = 0; l < shape[0]; l++) {
            double[] data = java.util.Arrays.copyOfRange(array.data(), l * size, (l + 1) * size);
            out.add(new Layer(name + "[" + l + "]", DMatrixRMaj.wrap(shape[1], shape[2], data)));
        }
        return out;
    }

    private static DMatrixRMaj convert(String option, String name, Object value) {
        try {
            return Matrices.from(name, value);
        } catch (IllegalArgumentException e) {
            throw new UserError(option + " " + name + ": " + e.getMessage(), e);
        }
    }
}
