package lab.subspace.display;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import lab.subspace.kernel.spi.Composite;

/**
 * Several outputs shown one after the other, in this order: what a magic returns to show a
 * results table followed by its figures. Each part is displayed with its own renderer.
 *
 * <pre>{@code
 * return Outputs.of(resultsTable, Plots.lines("Cost").x("it", its).y("cost", cost).build());
 * }</pre>
 *
 * Immutable; parts may not be null.
 */
public final class Outputs implements Composite {

    private final List<Object> parts;

    private Outputs(List<Object> parts) {
        this.parts = parts;
    }

    public static Outputs of(Object... parts) {
        if (parts == null || parts.length == 0) {
            throw new IllegalArgumentException("Outputs need at least one part");
        }
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] == null) {
                throw new IllegalArgumentException("Part " + i + " of " + parts.length + " outputs is null");
            }
        }
        return new Outputs(Collections.unmodifiableList(new ArrayList<>(Arrays.asList(parts))));
    }

    /** These outputs followed by {@code part}. */
    public Outputs and(Object part) {
        if (part == null) {
            throw new IllegalArgumentException("Part " + parts.size() + " of the outputs is null");
        }
        List<Object> more = new ArrayList<>(parts);
        more.add(part);
        return new Outputs(Collections.unmodifiableList(more));
    }

    @Override
    public List<?> parts() {
        return parts;
    }

    @Override
    public String toString() {
        return "Outputs" + parts.stream().map(p -> p.getClass().getSimpleName()).toList();
    }
}
