package lab.subspace.magics.sinkhorn;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %sinkhorn colour}: colour transfer between two pictures with each transport plan. */
@Command(name = "colour", aliases = "color",
        description = "Colour transfer with the EOT, SROT, SOT and exact plans between sampled colours (generated pictures, or yours).")
public final class ColourCommand implements Magic {

    @Option(names = "--source", description = "Your picture to recolour: pixels as rows (r, g, b in [0, 1]), a variable or .npy/.csv; needs --width.")
    String source;

    @Option(names = "--target", description = "The picture whose colours are used, same form (needs --target-width).")
    String target;

    @Option(names = "--width", description = "Width of --source in pixels.")
    Integer width;

    @Option(names = "--target-width", description = "Width of --target in pixels (default: --width).")
    Integer targetWidth;

    @Option(names = "--size", defaultValue = "64", description = "Width of the generated pictures, height 3/4 of it (default ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--samples", defaultValue = "400", description = "Colours sampled from each picture (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--eps", defaultValue = "0.05", description = "eps as a fraction of the largest colour cost (default ${DEFAULT-VALUE}).")
    double eps;

    @Option(names = "--slices", defaultValue = "100", description = "Directions L (default ${DEFAULT-VALUE}).")
    int slices;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the pictures, the sampling and the directions (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public ColourTransferReport run(MagicContext context) {
        OtSettings settings = OtSettings.defaults().withEps(eps).withSlices(slices).withSeed(seed);
        if ((source == null) != (target == null)) {
            throw new UserError("give both --source and --target, or neither (generated pictures)");
        }
        Picture src;
        Picture tgt;
        if (source == null) {
            int h = Math.max(4, size * 3 / 4);
            src = GeneratedPictures.sunset(size, h, seed);
            tgt = GeneratedPictures.meadow(size, h, seed + 1);
        } else {
            if (width == null) {
                throw new UserError("--width is needed to show --source as a picture (pixels per row)");
            }
            src = new Picture(Inputs.matrix(context, "--source", source), width);
            tgt = new Picture(Inputs.matrix(context, "--target", target), targetWidth != null ? targetWidth : width);
        }
        return ColourTransfer.run(src, tgt, samples, settings);
    }
}
