package lab.subspace.kernel.io;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * System.in for cells: reading asks the frontend for a line (input_request) when the request
 * allows stdin; otherwise it reads as end of input, so a cell never hangs waiting for a user.
 */
public final class CellInput extends InputStream {

    private volatile Supplier<String> lineSource;
    private byte[] pending = new byte[0];
    private int pos;

    public void attach(Supplier<String> source) {
        lineSource = source;
    }

    public synchronized void detach() {
        lineSource = null;
        pending = new byte[0];
        pos = 0;
    }

    @Override
    public synchronized int read() {
        if (!fill()) {
            return -1;
        }
        return pending[pos++] & 0xFF;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, pending.length - pos);
        System.arraycopy(pending, pos, b, off, n);
        pos += n;
        return n;
    }

    private boolean fill() {
        if (pos < pending.length) {
            return true;
        }
        Supplier<String> s = lineSource;
        if (s == null) {
            return false;
        }
        String line = s.get();
        if (line == null) {
            return false;
        }
        pending = line.getBytes(StandardCharsets.UTF_8);
        pos = 0;
        return pending.length > 0;
    }
}
