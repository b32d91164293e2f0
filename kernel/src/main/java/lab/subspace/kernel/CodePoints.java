package lab.subspace.kernel;

/** Jupyter cursor positions count Unicode code points; Java strings index UTF-16 units. */
final class CodePoints {

    private CodePoints() {
    }

    static int toIndex(String s, int codePoints) {
        int cps = Math.max(0, Math.min(codePoints, s.codePointCount(0, s.length())));
        return s.offsetByCodePoints(0, cps);
    }

    static int toCodePoints(String s, int index) {
        return s.codePointCount(0, Math.max(0, Math.min(index, s.length())));
    }
}
