package lab.subspace.kernel.magic.builtin;

import java.util.List;

/** The result of %lsmagic: one row per magic. */
public record MagicList(List<Row> rows) {

    public record Row(String name, String summary, String source) {
    }
}
