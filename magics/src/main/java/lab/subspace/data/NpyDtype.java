package lab.subspace.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A supported {@code .npy} element type: kind, item size and byte order, and how to decode it. */
record NpyDtype(char kind, int itemSize, ByteOrder order, String name) {

    static final String SUPPORTED = "float16/32/64, int8/16/32/64, uint8/16/32/64 and bool";

    /** Parses a descr such as {@code <f8}, {@code |u1}, {@code >i4}, {@code |b1}. */
    static NpyDtype parse(String descr) {
        if (descr.length() < 2) {
            throw unsupported(descr, descr);
        }
        char orderChar = descr.charAt(0);
        String body = "<>|=".indexOf(orderChar) >= 0 ? descr.substring(1) : descr;
        ByteOrder order = NpyHeader.byteOrder(orderChar);
        char kind = body.charAt(0);
        int size;
        try {
            size = Integer.parseInt(body.substring(1));
        } catch (NumberFormatException e) {
            size = -1;
        }
        String name = switch (kind) {
            case 'f' -> size == 2 || size == 4 || size == 8 ? "float" + 8 * size : null;
            case 'i' -> size == 1 || size == 2 || size == 4 || size == 8 ? "int" + 8 * size : null;
            case 'u' -> size == 1 || size == 2 || size == 4 || size == 8 ? "uint" + 8 * size : null;
            case 'b' -> size == 1 ? "bool" : null;
            default -> null;
        };
        if (name == null) {
            throw unsupported(descr, numpyName(kind, size, body));
        }
        return new NpyDtype(kind, size, order, name);
    }

    private static IllegalArgumentException unsupported(String descr, String name) {
        return new IllegalArgumentException("npy dtype " + name + " (descr '" + descr + "') is not supported; "
                + "Npy reads " + SUPPORTED);
    }

    /** NumPy's name for an unsupported descr, so the message says what the user saved. */
    private static String numpyName(char kind, int size, String body) {
        return switch (kind) {
            case 'c' -> size > 0 ? "complex" + 8 * size : "complex";
            case 'f' -> size > 0 ? "float" + 8 * size : "float";
            case 'O' -> "object";
            case 'U' -> "str (unicode string " + body + ")";
            case 'S', 'a' -> "bytes (byte string " + body + ")";
            case 'V' -> "void (structured or raw bytes " + body + ")";
            case 'M' -> "datetime64";
            case 'm' -> "timedelta64";
            default -> "'" + body + "'";
        };
    }

    /** Decodes {@code count} items from {@code buf} (already set to this byte order) into out. */
    void decode(ByteBuffer buf, double[] out, int offset, int count) {
        switch (kind) {
            case 'f' -> {
                if (itemSize == 8) {
                    buf.asDoubleBuffer().get(out, offset, count);
                    buf.position(buf.position() + 8 * count);
                } else if (itemSize == 4) {
                    for (int i = 0; i < count; i++) {
                        out[offset + i] = buf.getFloat();
                    }
                } else {
                    for (int i = 0; i < count; i++) {
                        out[offset + i] = halfToDouble(buf.getShort());
                    }
                }
            }
            case 'i' -> {
                for (int i = 0; i < count; i++) {
                    out[offset + i] = switch (itemSize) {
                        case 1 -> buf.get();
                        case 2 -> buf.getShort();
                        case 4 -> buf.getInt();
                        default -> (double) buf.getLong();
                    };
                }
            }
            case 'u' -> {
                for (int i = 0; i < count; i++) {
                    out[offset + i] = switch (itemSize) {
                        case 1 -> buf.get() & 0xFF;
                        case 2 -> buf.getShort() & 0xFFFF;
                        case 4 -> buf.getInt() & 0xFFFFFFFFL;
                        default -> unsignedLongToDouble(buf.getLong());
                    };
                }
            }
            default -> {
                for (int i = 0; i < count; i++) {
                    out[offset + i] = buf.get() != 0 ? 1.0 : 0.0;
                }
            }
        }
    }

    static double unsignedLongToDouble(long v) {
        double d = (double) (v >>> 1) * 2.0;
        return d + (v & 1L);
    }

    /** IEEE 754 binary16 to double (Float.float16ToFloat only exists from JDK 20). */
    static double halfToDouble(short h) {
        int bits = h & 0xFFFF;
        int sign = (bits >>> 15) != 0 ? -1 : 1;
        int exp = (bits >>> 10) & 0x1F;
        int mant = bits & 0x3FF;
        if (exp == 0) {
            return sign * mant * 0x1p-24;
        }
        if (exp == 31) {
            return mant == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
        }
        return sign * (1 + mant / 1024.0) * Math.pow(2, exp - 15);
    }
}
