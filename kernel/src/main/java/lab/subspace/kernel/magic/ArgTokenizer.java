package lab.subspace.kernel.magic;

import java.util.ArrayList;
import java.util.List;

import lab.subspace.kernel.spi.UserError;

/**
 * Splits a magic's argument string like a shell does: whitespace separates, 'single quotes' keep
 * everything literally, "double quotes" allow \" and \\ inside. Outside quotes a backslash is an
 * ordinary character, so Windows paths and regexes survive unchanged.
 */
public final class ArgTokenizer {

    private ArgTokenizer() {
    }

    public static List<String> tokenize(String args) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inToken = false;
        char quote = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (quote == '"') {
                if (c == '\\' && i + 1 < args.length() && (args.charAt(i + 1) == '"' || args.charAt(i + 1) == '\\')) {
                    current.append(args.charAt(++i));
                } else if (c == '"') {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (inToken) {
                    tokens.add(current.toString());
                    current.setLength(0);
                    inToken = false;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inToken = true;
            } else {
                current.append(c);
                inToken = true;
            }
        }
        if (quote != 0) {
            throw new UserError("Unclosed " + (quote == '"' ? "double" : "single") + " quote in: " + args);
        }
        if (inToken) {
            tokens.add(current.toString());
        }
        return tokens;
    }
}
