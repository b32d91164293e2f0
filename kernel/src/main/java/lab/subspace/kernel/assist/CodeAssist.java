package lab.subspace.kernel.assist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import jdk.jshell.SourceCodeAnalysis.Suggestion;
import lab.subspace.kernel.eval.JShellSession;
import lab.subspace.kernel.magic.MagicInvoker;
import lab.subspace.kernel.magic.MagicRegistry;
import lab.subspace.kernel.magic.MagicRewriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Completion, inspection and is-complete checks: JShell's analysis for Java, the magic registry
 * for magic names, options, option values (enums) and notebook variable names.
 */
public final class CodeAssist {

    /** Replacement candidates for the text between {@code start} and {@code end} (UTF-16 indices). */
    public record Completion(List<String> matches, int start, int end) {
    }

    private final Supplier<JShellSession> session;
    private final MagicRegistry registry;
    private final MagicRewriter rewriter;

    public CodeAssist(Supplier<JShellSession> session, MagicRegistry registry, MagicRewriter rewriter) {
        this.session = session;
        this.registry = registry;
        this.rewriter = rewriter;
    }

    public Completion complete(String code, int cursor) {
        MagicSyntax magic = MagicSyntax.at(code, cursor);
        if (magic != null) {
            return completeMagic(code, cursor, magic);
        }
        return completeJava(code, cursor);
    }

    private Completion completeMagic(String code, int cursor, MagicSyntax magic) {
        if (cursor <= magic.nameEnd()) {
            String prefix = code.substring(magic.nameStart(), cursor);
            List<String> names = registry.names().stream().filter(n -> n.startsWith(prefix)).toList();
            return new Completion(names, magic.nameStart(), magic.nameEnd());
        }
        Optional<MagicRegistry.Entry> entry = registry.find(magic.name());
        if (entry.isEmpty()) {
            return new Completion(List.of(), cursor, cursor);
        }
        String args = code.substring(magic.nameEnd(), cursor);
        List<String> tokens = new ArrayList<>(List.of(args.strip().split("\\s+")));
        tokens.removeIf(String::isEmpty);
        boolean fresh = args.isEmpty() || Character.isWhitespace(args.charAt(args.length() - 1));
        String current = fresh || tokens.isEmpty() ? "" : tokens.remove(tokens.size() - 1);
        CommandLine cl = entry.get().commandLine();
        CommandSpec spec = cl.getCommandSpec();
        boolean atStart = tokens.isEmpty();
        if (!tokens.isEmpty() && cl.getSubcommands().containsKey(tokens.get(0))) {
            spec = cl.getSubcommands().get(tokens.get(0)).getCommandSpec();
        }
        Set<String> candidates = new LinkedHashSet<>();
        OptionSpec valueOf = tokens.isEmpty() ? null : spec.findOption(tokens.get(tokens.size() - 1));
        if (valueOf != null && valueOf.arity().max() > 0 && !current.startsWith("-")) {
            Iterable<String> values = valueOf.completionCandidates();
            if (values != null) {
                values.forEach(candidates::add);
            } else {
                candidates.addAll(session.get().variableNames());
            }
        } else {
            for (OptionSpec o : spec.options()) {
                if (!o.hidden()) {
                    candidates.add(o.longestName());
                }
            }
            if (atStart) {
                candidates.addAll(spec.subcommands().keySet());
            }
        }
        List<String> matches = candidates.stream().filter(c -> c.startsWith(current)).toList();
        return new Completion(matches, cursor - current.length(), cursor);
    }

    private Completion completeJava(String code, int cursor) {
        String masked = rewriter.mask(code);
        SourceCodeAnalysis analysis = session.get().analysis();
        int start = snippetStart(analysis, masked.substring(0, cursor));
        String snippet = masked.substring(start, cursor);
        int[] anchor = new int[1];
        List<Suggestion> suggestions = analysis.completionSuggestions(snippet, snippet.length(), anchor);
        Set<String> matches = new LinkedHashSet<>();
        suggestions.stream().filter(Suggestion::matchesType).forEach(s -> matches.add(s.continuation()));
        suggestions.forEach(s -> matches.add(s.continuation()));
        int end = cursor;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        return new Completion(new ArrayList<>(matches), start + anchor[0], end);
    }

    /** Documentation for the symbol at the cursor: magic usage, Java signatures/javadoc, or a variable's type and value. */
    public Optional<String> inspect(String code, int cursor, Supplier<Optional<String>> variablePreview) {
        MagicSyntax magic = MagicSyntax.at(code, cursor);
        if (magic != null) {
            return registry.find(magic.name()).map(MagicInvoker::usage);
        }
        Optional<String> variable = variablePreview.get();
        if (variable.isPresent()) {
            return variable;
        }
        int end = cursor;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        String masked = rewriter.mask(code);
        SourceCodeAnalysis analysis = session.get().analysis();
        int start = snippetStart(analysis, masked.substring(0, end));
        String snippet = masked.substring(start, end);
        List<Documentation> docs = analysis.documentation(snippet, snippet.length(), true);
        if (docs.isEmpty() && end > 0 && Character.isJavaIdentifierPart(code.charAt(end - 1))) {
            docs = analysis.documentation(snippet + "(", snippet.length() + 1, true); // a method name without "("
        }
        if (!docs.isEmpty()) {
            StringBuilder b = new StringBuilder();
            for (Documentation d : docs) {
                b.append(d.signature()).append('\n');
                if (d.javadoc() != null && !d.javadoc().isBlank()) {
                    b.append(d.javadoc().strip()).append("\n\n");
                }
            }
            return Optional.of(b.toString().strip());
        }
        return Optional.empty();
    }

    /** The identifier around the cursor (for variable previews). */
    public static String identifierAt(String code, int cursor) {
        int s = cursor;
        while (s > 0 && Character.isJavaIdentifierPart(code.charAt(s - 1))) {
            s--;
        }
        int e = cursor;
        while (e < code.length() && Character.isJavaIdentifierPart(code.charAt(e))) {
            e++;
        }
        return code.substring(s, e);
    }

    /** "complete", "invalid", "unknown", or the indent for the next line when incomplete. */
    public String isComplete(String code) {
        if (MagicRewriter.isCellMagic(code)) {
            return "complete";
        }
        String rest = rewriter.mask(code);
        SourceCodeAnalysis analysis = session.get().analysis();
        while (!rest.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness c = info.completeness();
            if (c == Completeness.DEFINITELY_INCOMPLETE || c == Completeness.CONSIDERED_INCOMPLETE) {
                return indent(code);
            }
            if (c == Completeness.UNKNOWN) {
                return "invalid";
            }
            if (c == Completeness.EMPTY || info.remaining().length() >= rest.length()) {
                break;
            }
            rest = info.remaining();
        }
        return "complete";
    }

    private static String indent(String code) {
        String last = code.lines().reduce((a, b) -> b).orElse("");
        String lead = last.substring(0, last.length() - last.stripLeading().length());
        String trimmed = last.strip();
        return trimmed.endsWith("{") || trimmed.endsWith("(") ? lead + "    " : lead;
    }

    /** Offset where the snippet ending at the end of {@code before} starts. */
    private static int snippetStart(SourceCodeAnalysis analysis, String before) {
        int start = 0;
        String rest = before;
        while (!rest.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness c = info.completeness();
            int consumed = rest.length() - info.remaining().length();
            if (info.remaining().isBlank() || consumed <= 0 || c == Completeness.DEFINITELY_INCOMPLETE
                    || c == Completeness.CONSIDERED_INCOMPLETE || c == Completeness.EMPTY) {
                break;
            }
            start += consumed;
            rest = info.remaining();
        }
        // skip leading whitespace so anchors are relative to the code itself
        while (start < before.length() && Character.isWhitespace(before.charAt(start))) {
            start++;
        }
        return start;
    }

}
