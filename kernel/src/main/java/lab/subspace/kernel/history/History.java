package lab.subspace.kernel.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.spencerpark.jupyter.kernel.history.HistoryEntry;

/** The inputs executed in this kernel session, for history_request (tail, range and search). */
public final class History {

    /** Session number reported to clients; this kernel keeps one session per process. */
    public static final int SESSION = 1;

    private final List<HistoryEntry> entries = new ArrayList<>();

    public synchronized void add(int executionCount, String input) {
        entries.add(new HistoryEntry(SESSION, executionCount, input));
    }

    public synchronized List<HistoryEntry> tail(int n) {
        int from = Math.max(0, entries.size() - Math.max(0, n));
        return List.copyOf(entries.subList(from, entries.size()));
    }

    /** Entries with start <= line < stop of the current session (session 0 or {@link #SESSION}). */
    public synchronized List<HistoryEntry> range(int session, int start, int stop) {
        if (session != 0 && session != SESSION) {
            return List.of();
        }
        List<HistoryEntry> out = new ArrayList<>();
        for (HistoryEntry e : entries) {
            if (e.getCellNumber() >= start && (stop <= 0 || e.getCellNumber() < stop)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Glob search ("*" and "?") over inputs, newest last, at most n results. */
    public synchronized List<HistoryEntry> search(String glob, int n, boolean unique) {
        Pattern p = Pattern.compile(globToRegex(glob == null || glob.isEmpty() ? "*" : glob), Pattern.DOTALL);
        Map<String, HistoryEntry> hits = new LinkedHashMap<>();
        List<HistoryEntry> all = new ArrayList<>();
        for (HistoryEntry e : entries) {
            if (p.matcher(e.getInput()).matches()) {
                if (unique) {
                    hits.remove(e.getInput());
                    hits.put(e.getInput(), e);
                } else {
                    all.add(e);
                }
            }
        }
        List<HistoryEntry> found = unique ? new ArrayList<>(hits.values()) : all;
        int from = n > 0 ? Math.max(0, found.size() - n) : 0;
        return List.copyOf(found.subList(from, found.size()));
    }

    private static String globToRegex(String glob) {
        StringBuilder b = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> b.append(".*");
                case '?' -> b.append('.');
                default -> b.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return b.toString();
    }
}
