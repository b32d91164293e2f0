package lab.subspace.display.plotly;

/**
 * Undoes Pebble's HTML escaping of template placeholders ({@code &lt; &gt; &amp; &quot; &#39;}),
 * plus any numeric or common named entity, exactly once: a title typed as {@code &amp;} stays
 * {@code &amp;}.
 */
final class HtmlEntities {

    private HtmlEntities() {
    }

    static String unescape(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (amp >= 0) {
            out.append(text, i, amp);
            int semi = text.indexOf(';', amp);
            String decoded = semi < 0 || semi - amp > 10 ? null : decode(text.substring(amp + 1, semi));
            if (decoded == null) {
                out.append('&');
                i = amp + 1;
            } else {
                out.append(decoded);
                i = semi + 1;
            }
            amp = text.indexOf('&', i);
        }
        return out.append(text, i, text.length()).toString();
    }

    private static String decode(String entity) {
        switch (entity) {
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "amp":
                return "&";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            case "nbsp":
                return "\u00a0";
            default:
                break;
        }
        if (entity.length() < 2 || entity.charAt(0) != '#') {
            return null;
        }
        try {
            int code = entity.charAt(1) == 'x' || entity.charAt(1) == 'X'
                    ? Integer.parseInt(entity.substring(2), 16)
                    : Integer.parseInt(entity.substring(1));
            return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
