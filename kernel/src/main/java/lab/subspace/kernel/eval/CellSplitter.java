package lab.subspace.kernel.eval;

import java.util.ArrayList;
import java.util.List;

import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/** Splits a cell into the snippets JShell evaluates one by one, remembering where each starts. */
final class CellSplitter {

    /** One snippet: its source as JShell wants it and its offset in the cell. */
    record Piece(String source, int offset) {
    }

    private CellSplitter() {
    }

    static List<Piece> split(SourceCodeAnalysis analysis, String code) {
        List<Piece> pieces = new ArrayList<>();
        int offset = 0;
        String rest = code;
        while (!rest.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case EMPTY:
                    return pieces;
                case DEFINITELY_INCOMPLETE:
                case CONSIDERED_INCOMPLETE:
                    // A notebook cell gets no more lines: let the compiler say what is missing.
                    pieces.add(new Piece(rest, offset));
                    return pieces;
                default:
                    String source = info.source() != null ? info.source() : rest;
                    int consumed = rest.length() - info.remaining().length();
                    if (consumed <= 0) {
                        pieces.add(new Piece(rest, offset));
                        return pieces;
                    }
                    pieces.add(new Piece(source, offset));
                    offset += consumed;
                    rest = info.remaining();
            }
        }
        return pieces;
    }

    /** 1-based line of a character offset. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
