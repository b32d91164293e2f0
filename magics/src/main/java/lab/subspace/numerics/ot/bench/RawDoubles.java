package lab.subspace.numerics.ot.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Raw little-endian float64 files, the exchange format with the Python side (numpy's
 * {@code arr.astype('<f8').tofile(path)} and {@code np.fromfile(path, '<f8')}); the shape travels
 * on the command line.
 */
final class RawDoubles {

    private RawDoubles() {
    }

    static double[] read(Path path, long expected) throws IOException {
        long bytes = Files.size(path);
        if (bytes != expected * 8) {
            throw new IllegalArgumentException(path + " has " + bytes / 8 + " doubles but " + expected + " were expected");
        }
        double[] out = new double[(int) expected];
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, bytes).order(ByteOrder.LITTLE_ENDIAN);
            buf.asDoubleBuffer().get(out);
        }
        return out;
    }

    static void write(Path path, double[] data) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(data.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        buf.asDoubleBuffer().put(data);
        Files.write(path, buf.array());
    }
}
