package lab.subspace.kernel.assist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a magic sits on a line of a cell, for completion and inspection. */
record MagicSyntax(String name, int nameStart, int nameEnd, int lineEnd) {

    private static final Pattern MAGIC = Pattern.compile(
            "^(\\s*|.*?(?:[=(,:?{;]|->|\\breturn)\\s*)(%%?)([A-Za-z_][\\w-]*)?");

    /** The magic on the line containing {@code cursor}, if the cursor is after its '%'. */
    static MagicSyntax at(String code, int cursor) {
        int lineStart = code.lastIndexOf('\n', Math.max(0, cursor - 1)) + 1;
        if (cursor == 0) {
            lineStart = 0;
        }
        int lineEnd = code.indexOf('\n', cursor);
        if (lineEnd < 0) {
            lineEnd = code.length();
        }
        String line = code.substring(lineStart, lineEnd);
        Matcher m = MAGIC.matcher(line);
        if (!m.find()) {
            return null;
        }
        if (m.group(2).equals("%%") && !code.substring(0, lineStart).isBlank()) {
            return null; // a cell magic only counts on the first line
        }
        int nameStart = lineStart + m.end(2);
        if (cursor < nameStart) {
            return null;
        }
        String name = m.group(3) == null ? "" : m.group(3);
        return new MagicSyntax(name, nameStart, nameStart + name.length(), lineEnd);
    }
}
