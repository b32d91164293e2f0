package lab.subspace.kernel.spi;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Jupyter MIME bundle: one representation of a value per MIME type, in preference order.
 *
 * <p>Text types hold strings. JSON types ({@code application/json}, {@code *+json}) hold JSON
 * text, which the kernel embeds as a JSON object in the message (not as a string). Binary types
 * ({@code image/png}) hold base64 text.
 */
public final class MimeBundle {

    public static final String TEXT = "text/plain";
    public static final String HTML = "text/html";
    public static final String MARKDOWN = "text/markdown";
    public static final String PNG = "image/png";
    public static final String PLOTLY = "application/vnd.plotly.v1+json";

    private final Map<String, String> data = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> metadata = new LinkedHashMap<>();

    /** A bundle with only text/plain. */
    public static MimeBundle text(String text) {
        return new MimeBundle().put(TEXT, text);
    }

    /** Adds (or replaces) the representation for {@code mime}. Returns this bundle. */
    public MimeBundle put(String mime, String value) {
        data.put(Objects.requireNonNull(mime, "mime"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /** Adds binary data (e.g. a PNG image), stored base64-encoded as Jupyter expects. */
    public MimeBundle putBinary(String mime, byte[] bytes) {
        return put(mime, Base64.getEncoder().encodeToString(bytes));
    }

    /** Adds a metadata entry for one MIME type (e.g. an image's width). */
    public MimeBundle metadata(String mime, String key, Object value) {
        metadata.computeIfAbsent(mime, m -> new LinkedHashMap<>()).put(key, value);
        return this;
    }

    public Map<String, String> data() {
        return Collections.unmodifiableMap(data);
    }

    public Map<String, Map<String, Object>> metadata() {
        return Collections.unmodifiableMap(metadata);
    }

    public String get(String mime) {
        return data.get(mime);
    }

    public boolean has(String mime) {
        return data.containsKey(mime);
    }

    /** True when the type carries JSON that must be embedded as a JSON value. */
    public static boolean isJson(String mime) {
        return mime.equals("application/json") || mime.endsWith("+json");
    }

    @Override
    public String toString() {
        return "MimeBundle" + data.keySet();
    }
}
