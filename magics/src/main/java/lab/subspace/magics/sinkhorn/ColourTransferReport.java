package lab.subspace.magics.sinkhorn;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Colour transfer with each transport plan ({@code %sinkhorn colour}): the source recoloured with
 * the target's palette by the barycentric map of each method's plan between sampled colours.
 *
 * <pre>{@code
 * ColourTransferReport r = ColourTransfer.run(GeneratedPictures.sunset(64, 48, 1L),
 *         GeneratedPictures.meadow(64, 48, 2L), 400, OtSettings.defaults().withEps(0.05));
 * double off = r.distanceToExact().get(OtMethod.EOT);   // mean RGB distance to the exact-OT transfer
 * }</pre>
 *
 * @param source           the picture recoloured
 * @param target           the picture whose colours are used
 * @param transferred      the recoloured source, per method (unmodifiable)
 * @param plans            the methods' plans between the sampled colours, with costs and errors
 * @param distanceToExact  per method, the mean Euclidean RGB distance of its recoloured pixels to
 *                         those of the exact-OT transfer (0 for exact; unmodifiable)
 */
public record ColourTransferReport(Picture source, Picture target, Map<OtMethod, Picture> transferred,
                                   SinkhornReport plans, Map<OtMethod, Double> distanceToExact) {

    public ColourTransferReport {
        transferred = Collections.unmodifiableMap(new EnumMap<>(transferred));
        distanceToExact = Collections.unmodifiableMap(new EnumMap<>(distanceToExact));
    }
}
