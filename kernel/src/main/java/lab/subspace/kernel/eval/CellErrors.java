package lab.subspace.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Turns compile errors and exceptions into what the user reads: positions are lines of the cell
 * (not of JShell's generated wrapper), JShell and kernel frames are hidden, and mistakes reported
 * as {@code UserError} are one line without a stack trace.
 */
public final class CellErrors {

    static final String RED = "\u001b[0;31m";
    static final String BOLD_RED = "\u001b[1;31m";
    static final String GREEN = "\u001b[0;32m";
    static final String RESET = "\u001b[0m";
    private static final String USER_ERROR = "lab.subspace.kernel.spi.UserError";
    private static final int MAX_LIBRARY_FRAMES = 12;

    private CellErrors() {
    }

    /** A compile error: each diagnostic with the offending cell line and a caret. */
    static CellError compile(String cell, String originalCell, int pieceOffset, List<Diag> diags) {
        List<String> lines = new ArrayList<>();
        String first = null;
        for (Diag d : diags) {
            if (!d.isError()) {
                continue;
            }
            long pos = d.getStartPosition() >= 0 ? d.getStartPosition() : d.getPosition();
            int at = (int) Math.max(0, Math.min(cell.length(), pieceOffset + Math.max(0, pos)));
            int line = CellSplitter.lineOf(cell, at);
            int lineStart = cell.lastIndexOf('\n', at - 1) + 1;
            String message = d.getMessage(Locale.ROOT).strip();
            if (first == null) {
                first = "line " + line + ": " + message.lines().findFirst().orElse(message);
            }
            lines.add(BOLD_RED + "Compile error" + RESET + " at line " + line + ":");
            String shown = lineText(originalCell, line);
            lines.add("    " + shown);
            if (shown.equals(lineText(cell, line))) {
                lines.add("    " + " ".repeat(Math.max(0, at - lineStart)) + GREEN + "^" + RESET);
            }
            message.lines().forEach(l -> lines.add(RED + l + RESET));
        }
        if (first == null) {
            first = "the cell does not compile";
            lines.add(BOLD_RED + "Compile error" + RESET + ": the cell is incomplete or invalid Java");
        }
        return new CellError("CompileError", first, lines, false);
    }

    /** An exception thrown by cell code (or by a magic it called). */
    static CellError runtime(Throwable thrown, int cell, Map<String, SnippetOrigin> origins) {
        String className = className(thrown);
        if (USER_ERROR.equals(className)) {
            String message = String.valueOf(thrown.getMessage());
            List<String> lines = new ArrayList<>();
            message.lines().forEach(l -> lines.add(RED + l + RESET));
            return new CellError("UsageError", message.lines().findFirst().orElse(message), lines, false);
        }
        if (className.equals(CancellationException.class.getName()) || className.equals("java.lang.ThreadDeath")) {
            return interrupted();
        }
        if (thrown instanceof UnresolvedReferenceException unresolved) {
            String what = unresolved.getSnippet().toString();
            String message = "a method or class used here refers to something not yet declared";
            return new CellError("UnresolvedReference", message,
                    List.of(RED + "Unresolved reference: " + message + RESET, "    " + what.strip()), false);
        }
        List<String> lines = new ArrayList<>();
        Throwable t = thrown;
        String prefix = "";
        int depth = 0;
        while (t != null && depth++ < 8) {
            String name = className(t);
            String msg = t.getMessage();
            lines.add(prefix + BOLD_RED + name + RESET + (msg == null ? "" : ": " + RED + msg + RESET));
            lines.addAll(frames(t.getStackTrace(), cell, origins));
            t = t.getCause();
            prefix = "Caused by: ";
        }
        String simple = className.substring(className.lastIndexOf('.') + 1);
        String value = thrown.getMessage() == null ? "" : thrown.getMessage();
        return new CellError(simple, value, lines, false);
    }

    static CellError interrupted() {
        return new CellError("Interrupted", "the cell was interrupted; variables defined so far are kept",
                List.of(BOLD_RED + "Interrupted" + RESET + ": the cell was stopped; variables defined so far are kept"), true);
    }

    static String className(Throwable t) {
        return t instanceof EvalException e ? e.getExceptionClassName() : t.getClass().getName();
    }

    private static List<String> frames(StackTraceElement[] stack, int cell, Map<String, SnippetOrigin> origins) {
        List<String> out = new ArrayList<>();
        int library = 0;
        for (StackTraceElement e : stack) {
            String file = e.getFileName();
            if (file != null && file.startsWith("#")) {
                SnippetOrigin origin = origins.get(file.substring(1));
                String method = e.getClassName().isEmpty() || e.getClassName().equals(".") ? "" : e.getClassName() + "." + e.getMethodName() + " ";
                if (origin == null) {
                    out.add("    at " + method + "(snippet " + file + ")");
                } else {
                    int line = origin.firstLine() + Math.max(1, e.getLineNumber()) - 1;
                    String where = origin.cell() == cell ? "line " + line : "cell [" + origin.cell() + "], line " + line;
                    out.add("    at " + method + GREEN + "(" + where + ")" + RESET);
                }
                continue;
            }
            String k = e.getClassName();
            if (k.startsWith("lab.subspace.kernel.") || k.startsWith("jdk.internal.reflect.")
                    || k.startsWith("java.lang.reflect.") || k.startsWith("jdk.jshell.")) {
                continue; // the kernel's own plumbing between the cell and the library
            }
            if (library++ < MAX_LIBRARY_FRAMES) {
                out.add("    at " + e);
            } else if (library == MAX_LIBRARY_FRAMES + 1) {
                out.add("    ...");
            }
        }
        return out;
    }

    private static String lineText(String text, int line) {
        return text.lines().skip(line - 1L).findFirst().orElse("").stripTrailing();
    }
}
