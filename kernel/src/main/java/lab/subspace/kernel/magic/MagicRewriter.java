package lab.subspace.kernel.magic;

import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Rewrites magics into Java calls before JShell sees the cell, keeping the cell's line structure
 * (one line in, one line out) so that errors still point at the lines the user typed.
 *
 * <ul>
 *   <li>{@code %%name args} as the first line: the whole cell becomes one call with the body.</li>
 *   <li>{@code %name args} at the start of a statement: a call that displays the result.</li>
 *   <li>{@code var r = %name args} (after {@code =}, {@code (}, {@code ,}, {@code return}, ...): an
 *       expression returning the result, cast to the magic's declared result type.</li>
 * </ul>
 * A {@code %} inside strings, text blocks, character literals and comments, or used as the
 * remainder operator, is left alone. A line magic's arguments run to the end of the line.
 */
public final class MagicRewriter {

    static final String BRIDGE = MagicCalls.class.getName();

    /** (magic name, argument string) -> the canonical name of the result type, when known. */
    private final BiFunction<String, String, Optional<String>> resultType;

    public MagicRewriter(BiFunction<String, String, Optional<String>> resultType) {
        this.resultType = resultType;
    }

    /** The Java source to evaluate. */
    public String rewrite(String cell) {
        Optional<String> cellMagic = rewriteCellMagic(cell);
        return cellMagic.orElseGet(() -> rewriteLines(cell, false));
    }

    /**
     * The cell with every line magic replaced by Java of the same length ({@code null} in an
     * expression, {@code ;} as a statement), so offsets still match for completion and analysis.
     */
    public String mask(String cell) {
        return rewriteLines(cell, true);
    }

    /** True when the cell is a cell magic ({@code %%name} on its first non-blank line). */
    public static boolean isCellMagic(String cell) {
        return cell.stripLeading().startsWith("%%");
    }

    private Optional<String> rewriteCellMagic(String cell) {
        if (!isCellMagic(cell)) {
            return Optional.empty();
        }
        String trimmed = cell.stripLeading();
        int eol = trimmed.indexOf('\n');
        String header = (eol < 0 ? trimmed : trimmed.substring(0, eol)).substring(2);
        String body = eol < 0 ? "" : trimmed.substring(eol + 1);
        int nameEnd = nameEnd(header, 0);
        String name = header.substring(0, nameEnd);
        String args = header.substring(nameEnd).strip();
        return Optional.of(BRIDGE + ".cell(" + literal(name) + ", " + literal(args) + ", " + literal(body) + ");");
    }

    private String rewriteLines(String cell, boolean masking) {
        StringBuilder out = new StringBuilder(cell.length() + 64);
        Scanner scan = new Scanner(masking);
        int start = 0;
        while (start <= cell.length()) {
            int end = cell.indexOf('\n', start);
            String line = end < 0 ? cell.substring(start) : cell.substring(start, end);
            out.append(scan.line(line));
            if (end < 0) {
                break;
            }
            out.append('\n');
            start = end + 1;
        }
        return out.toString();
    }

    /** Java lexical state carried across lines. */
    private final class Scanner {
        private final boolean masking;
        private boolean inBlockComment;
        private boolean inTextBlock;
        private char lastCode = ';'; // last significant character before the current position

        Scanner(boolean masking) {
            this.masking = masking;
        }

        String line(String line) {
            int i = 0;
            int n = line.length();
            while (i < n) {
                char c = line.charAt(i);
                if (inBlockComment) {
                    if (line.startsWith("*/", i)) {
                        inBlockComment = false;
                        i += 2;
                    } else {
                        i++;
                    }
                    continue;
                }
                if (inTextBlock) {
                    if (c == '\\') {
                        i += 2;
                    } else if (line.startsWith("\"\"\"", i)) {
                        inTextBlock = false;
                        lastCode = '"';
                        i += 3;
                    } else {
                        i++;
                    }
                    continue;
                }
                if (line.startsWith("//", i)) {
                    break;
                }
                if (line.startsWith("/*", i)) {
                    inBlockComment = true;
                    i += 2;
                    continue;
                }
                if (line.startsWith("\"\"\"", i)) {
                    inTextBlock = true;
                    i += 3;
                    continue;
                }
                if (c == '"' || c == '\'') {
                    i = skipLiteral(line, i, c);
                    lastCode = c;
                    continue;
                }
                if (c == '%' && i + 1 < n && Character.isJavaIdentifierStart(line.charAt(i + 1))) {
                    String before = line.substring(0, i);
                    Position pos = position(before);
                    if (pos != Position.NONE) {
                        String rewritten = masking
                                ? before + pad(pos == Position.STATEMENT ? ";" : "null", line.length() - i)
                                : rewriteMagic(before, line.substring(i + 1), pos);
                        lastCode = ';';
                        return rewritten;
                    }
                }
                if (!Character.isWhitespace(c)) {
                    lastCode = c;
                }
                i++;
            }
            return line;
        }

        private Position position(String before) {
            String b = before.stripTrailing();
            if (b.isEmpty()) {
                return lastCode == ';' || lastCode == '{' || lastCode == '}' ? Position.STATEMENT : Position.NONE;
            }
            char prev = b.charAt(b.length() - 1);
            if ("=(,:?{;".indexOf(prev) >= 0 || b.endsWith("->")) {
                // "a == %x" or "a != %x" would be odd but still an expression position
                return Position.EXPRESSION;
            }
            if (b.endsWith("return") && (b.length() == 6 || !Character.isJavaIdentifierPart(b.charAt(b.length() - 7)))) {
                return Position.EXPRESSION;
            }
            return Position.NONE;
        }
    }

    private enum Position { NONE, STATEMENT, EXPRESSION }

    private String rewriteMagic(String before, String afterPercent, Position pos) {
        int nameEnd = nameEnd(afterPercent, 0);
        String name = afterPercent.substring(0, nameEnd);
        String args = stripComment(afterPercent.substring(nameEnd)).strip();
        if (args.endsWith(";")) {
            args = args.substring(0, args.length() - 1).stripTrailing();
        }
        if (pos == Position.STATEMENT) {
            return before + BRIDGE + ".run(" + literal(name) + ", " + literal(args) + ");";
        }
        String cast = resultType.apply(name, args).map(t -> "(" + t + ") ").orElse("");
        // The magic takes the rest of the line, so its statement ends here: close it even when the
        // user wrote "var r = %name args" without a semicolon.
        return before + cast + BRIDGE + ".value(" + literal(name) + ", " + literal(args) + ");";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /** Magic names: Java identifier characters plus '-' (e.g. subspace-audit). */
    static int nameEnd(String s, int from) {
        int i = from;
        while (i < s.length() && (Character.isJavaIdentifierPart(s.charAt(i)) || s.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    /** Drops a trailing "// comment" (preceded by whitespace) from magic arguments, outside quotes. */
    private static String stripComment(String args) {
        char quote = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '/' && args.startsWith("//", i) && (i == 0 || Character.isWhitespace(args.charAt(i - 1)))) {
                return args.substring(0, i);
            }
        }
        return args;
    }

    private static int skipLiteral(String line, int start, char quote) {
        int i = start + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return i;
    }

    /** A Java string literal for any text (backslashes doubled, so no unicode escape can form). */
    static String literal(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\%03o", (int) c)); // octal: decoded by the lexer, never a unicode escape
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
