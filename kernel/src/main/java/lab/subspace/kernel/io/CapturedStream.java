package lab.subspace.kernel.io;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * What cell code writes to System.out or System.err: buffered, and handed to a sink as text when
 * flushed (by a timer while the cell runs, and before any other output so the order holds).
 * With no sink attached it goes to the kernel process's own stream.
 */
final class CapturedStream extends OutputStream {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
    private final PrintStream fallback;
    private volatile Consumer<String> sink;

    CapturedStream(PrintStream fallback) {
        this.fallback = fallback;
    }

    void attach(Consumer<String> textSink) {
        flush();
        sink = textSink;
    }

    void detach() {
        flush();
        sink = null;
    }

    @Override
    public synchronized void write(int b) {
        buffer.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        buffer.write(b, off, len);
    }

    @Override
    public synchronized void flush() {
        int n = buffer.size();
        if (n == 0) {
            return;
        }
        byte[] bytes = buffer.toByteArray();
        int complete = completeUtf8Prefix(bytes);
        buffer.reset();
        buffer.write(bytes, complete, bytes.length - complete); // keep a split multi-byte character
        if (complete == 0) {
            return;
        }
        String text = new String(bytes, 0, complete, StandardCharsets.UTF_8);
        Consumer<String> s = sink;
        if (s != null) {
            s.accept(text);
        } else {
            fallback.print(text);
            fallback.flush();
        }
    }

    /** Length of the longest prefix that does not end inside a UTF-8 sequence. */
    static int completeUtf8Prefix(byte[] b) {
        int n = b.length;
        for (int back = 1; back <= Math.min(3, n); back++) {
            int c = b[n - back] & 0xFF;
            if ((c & 0xC0) == 0x80) {
                continue; // continuation byte: look further back for the lead byte
            }
            int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            return need > back ? n - back : n;
        }
        return n;
    }
}
