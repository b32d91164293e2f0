package lab.subspace.kernel.display;

import java.util.Arrays;

import lab.subspace.kernel.magic.HelpText;
import lab.subspace.kernel.magic.builtin.MagicList;
import lab.subspace.kernel.spi.MimeBundle;

/** How the kernel shows values no plugin knows: readable text, never "[D@1b6d3586". */
final class DefaultRenderers {

    /** Longer text/plain is cut: a notebook is not the place for megabytes of toString(). */
    static final int MAX_TEXT = 20_000;

    private DefaultRenderers() {
    }

    static void register(DisplayRegistry registry) {
        registry.renderer(HelpText.class, h -> new MimeBundle()
                .put(MimeBundle.TEXT, h.text())
                .put(MimeBundle.HTML, "<pre>" + escape(h.text()) + "</pre>"));
        registry.renderer(MagicList.class, DefaultRenderers::magicList);
    }

    static MimeBundle plain(Object value) {
        return MimeBundle.text(shortText(value));
    }

    static String shortText(Object value) {
        String s;
        if (value instanceof Object[] a) {
            s = Arrays.deepToString(a);
        } else if (value != null && value.getClass().isArray()) {
            s = primitiveArray(value);
        } else {
            s = String.valueOf(value);
        }
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "... (" + (s.length() - MAX_TEXT) + " more characters)";
    }

    private static String primitiveArray(Object a) {
        if (a instanceof double[] d) {
            return Arrays.toString(d);
        } else if (a instanceof int[] i) {
            return Arrays.toString(i);
        } else if (a instanceof long[] l) {
            return Arrays.toString(l);
        } else if (a instanceof float[] f) {
            return Arrays.toString(f);
        } else if (a instanceof boolean[] b) {
            return Arrays.toString(b);
        } else if (a instanceof byte[] b) {
            return Arrays.toString(b);
        } else if (a instanceof short[] s) {
            return Arrays.toString(s);
        } else if (a instanceof char[] c) {
            return Arrays.toString(c);
        }
        return String.valueOf(a);
    }

    private static MimeBundle magicList(MagicList list) {
        int width = list.rows().stream().mapToInt(r -> r.name().length() + 1).max().orElse(8);
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<table><thead><tr><th style=\"text-align:left\">magic</th>"
                + "<th style=\"text-align:left\">description</th><th style=\"text-align:left\">from</th></tr></thead><tbody>");
        for (MagicList.Row r : list.rows()) {
            text.append(String.format("%-" + (width + 2) + "s%s  [%s]%n", "%" + r.name(), r.summary(), r.source()));
            html.append("<tr><td style=\"text-align:left\"><code>%").append(escape(r.name())).append("</code></td><td style=\"text-align:left\">")
                    .append(escape(r.summary())).append("</td><td style=\"text-align:left\">").append(escape(r.source())).append("</td></tr>");
        }
        html.append("</tbody></table>");
        return new MimeBundle().put(MimeBundle.TEXT, text.toString().stripTrailing()).put(MimeBundle.HTML, html.toString());
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
