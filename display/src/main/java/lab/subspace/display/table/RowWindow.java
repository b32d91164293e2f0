package lab.subspace.display.table;

/**
 * Which rows of a long table are shown: the first {@code head} and the last {@code tail}, with
 * {@code hidden} rows between them.
 */
record RowWindow(int head, int tail, int hidden) {

    static RowWindow of(int rows, int maxRows) {
        if (rows <= maxRows) {
            return new RowWindow(rows, 0, 0);
        }
        int head = maxRows / 2;
        int tail = Math.max(1, maxRows / 4);
        return new RowWindow(head, tail, rows - head - tail);
    }

    /** The shown row index for position {@code i} in {@code [0, head + tail)}. */
    int row(int i) {
        return i < head ? i : i + hidden;
    }

    int shown() {
        return head + tail;
    }

    String moreText() {
        return String.format(java.util.Locale.ROOT, "%,d more row%s", hidden, hidden == 1 ? "" : "s");
    }
}
