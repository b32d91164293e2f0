package lab.subspace.magics.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.data.Npy;
import lab.subspace.kernel.spi.Interrupts;

/**
 * Reads one {@code .npy} file per layer for {@link Audit#layers}. Two layouts:
 * <ul>
 * <li>{@code DIR/*.npy}: each file is a layer's shift matrix (prompts x d);</li>
 * <li>{@code DIR/base/*.npy} and {@code DIR/aligned/*.npy} with the same file names (and optionally
 * {@code DIR/template-base/} and {@code DIR/template-aligned/}): activations per layer, which
 * enables the four-variant decomposition.</li>
 * </ul>
 * Layers are ordered by the numbers in their file names ({@code layer_2} before {@code layer_10}).
 * From PyTorch: {@code np.save(f"acts/aligned/layer_{l:02d}.npy", h[l].float().cpu().numpy())}.
 *
 * <pre>{@code
 * LayerFiles.Layers layers = LayerFiles.read(Path.of("acts"), safetyIdx, controlIdx);
 * }</pre>
 */
public final class LayerFiles {

    private LayerFiles() {
    }

    /** Layer names with their activation sets, in layer order. */
    public record Layers(List<String> names, List<ActivationSets> sets) {

        public Layers {
            names = List.copyOf(names);
            sets = List.copyOf(sets);
            if (names.size() != sets.size()) {
                throw new IllegalArgumentException(names.size() + " names but " + sets.size() + " layers");
            }
            if (sets.isEmpty()) {
                throw new IllegalArgumentException("there are no layers");
            }
        }
    }

    /**
     * @param safety row indices of Ds, or null
     * @param control row indices of Dc, or null
     * @throws IllegalArgumentException when the directory has no .npy files, file names do not
     *                                  match between the model folders, or shapes differ
     */
    public static Layers read(Path dir, int[] safety, int[] control) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--layers " + dir + " is not a directory");
        }
        Path base = dir.resolve("base");
        Path aligned = dir.resolve("aligned");
        List<String> names = new ArrayList<>();
        List<ActivationSets> sets = new ArrayList<>();
        if (Files.isDirectory(base) && Files.isDirectory(aligned)) {
            List<Path> files = npyFiles(aligned);
            Path tb = dir.resolve("template-base");
            Path ta = dir.resolve("template-aligned");
            boolean templates = Files.isDirectory(tb) && Files.isDirectory(ta);
            for (Path f : files) {
                Interrupts.check();
                String file = f.getFileName().toString();
                ActivationSets s = ActivationSets.of(load(base.resolve(file)), load(f));
                if (templates) {
                    s = s.withTemplates(load(tb.resolve(file)), load(ta.resolve(file)));
                }
                names.add(stem(file));
                sets.add(rows(s, safety, control));
            }
        } else {
            for (Path f : npyFiles(dir)) {
                Interrupts.check();
                names.add(stem(f.getFileName().toString()));
                sets.add(rows(ActivationSets.ofShift(load(f)), safety, control));
            }
        }
        for (int i = 1; i < sets.size(); i++) {
            if (sets.get(i).prompts() != sets.get(0).prompts() || sets.get(i).dimension() != sets.get(0).dimension()) {
                throw new IllegalArgumentException("layer " + names.get(i) + " is " + sets.get(i).prompts() + " x "
                        + sets.get(i).dimension() + " but layer " + names.get(0) + " is " + sets.get(0).prompts() + " x "
                        + sets.get(0).dimension() + ": every layer must hold the same prompts and width");
            }
        }
        return new Layers(names, sets);
    }

    /**
     * Writes layers in the layout {@link #read} expects: {@code DIR/base/NAME.npy},
     * {@code DIR/aligned/NAME.npy} (and the template folders when present), or {@code DIR/NAME.npy}
     * for shift-only sets. Row sets are not written (pass them to {@link #read}).
     *
     * @return dir
     */
    public static Path write(Path dir, Layers layers) {
        try {
            for (int i = 0; i < layers.sets().size(); i++) {
                Interrupts.check();
                ActivationSets s = layers.sets().get(i);
                String file = layers.names().get(i) + ".npy";
                if (s.isShiftOnly()) {
                    Files.createDirectories(dir);
                    Npy.write(dir.resolve(file), s.aligned());
                    continue;
                }
                save(dir.resolve("base"), file, s.base());
                save(dir.resolve("aligned"), file, s.aligned());
                if (s.hasTemplates()) {
                    save(dir.resolve("template-base"), file, s.templateBase());
                    save(dir.resolve("template-aligned"), file, s.templateAligned());
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write layers to " + dir, e);
        }
    }

    private static void save(Path folder, String file, DMatrixRMaj m) throws IOException {
        Files.createDirectories(folder);
        Npy.write(folder.resolve(file), m);
    }

    private static ActivationSets rows(ActivationSets s, int[] safety, int[] control) {
        return safety == null ? s : s.withRows(safety, control);
    }

    private static DMatrixRMaj load(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("missing file " + p + " (each model folder needs the same layer files)");
        }
        return Matrices.read(p);
    }

    private static List<Path> npyFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> Files.isRegularFile(p)
                    && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy"))
                    .sorted(Comparator.comparing(p -> naturalKey(p.getFileName().toString()))).toList();
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no .npy files in " + dir);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String stem(String file) {
        return file.substring(0, file.length() - 4);
    }

    /** Zero-pads runs of digits so that string order is numeric order. */
    static String naturalKey(String name) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (Character.isDigit(c)) {
                int j = i;
                while (j < name.length() && Character.isDigit(name.charAt(j))) {
                    j++;
                }
                String digits = name.substring(i, j).replaceFirst("^0+(?=.)", "");
                b.append("0".repeat(Math.max(0, 12 - digits.length()))).append(digits);
                i = j;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }
}
