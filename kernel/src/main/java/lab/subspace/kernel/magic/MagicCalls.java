package lab.subspace.kernel.magic;

import java.util.List;

import lab.subspace.kernel.spi.UserError;

/**
 * The calls magics are rewritten into (see {@link MagicRewriter}); they run on the cell's thread,
 * so interrupts, output order and {@code var r = %name ...} work as for any Java code.
 */
public final class MagicCalls {

    private static volatile MagicHost host;

    private MagicCalls() {
    }

    public static void install(MagicHost magicHost) {
        host = magicHost;
    }

    /** {@code %name args} as a statement: runs the magic and shows its result. */
    public static void run(String name, String args) throws Exception {
        value(name, args);
    }

    /** {@code %name args} in an expression: runs the magic, shows its result and returns it. */
    public static Object value(String name, String args) throws Exception {
        Object result = call(name, args, null);
        if (result != null) {
            host().show(result);
        }
        return result;
    }

    /** A {@code %%name args} cell with its body. */
    public static void cell(String name, String args, String body) throws Exception {
        Object result = call(name, args, body);
        if (result != null) {
            host().show(result);
        }
    }

    private static Object call(String name, String args, String body) throws Exception {
        MagicHost h = host();
        MagicRegistry.Entry entry = h.registry().find(name).orElseThrow(() -> unknown(h, name));
        return MagicInvoker.invoke(entry, args, h.context(name, body));
    }

    private static UserError unknown(MagicHost h, String name) {
        List<String> similar = h.registry().similar(name);
        String hint = similar.isEmpty() ? "" : " Did you mean " + String.join(" or ", similar.stream().map(s -> "%" + s).toList()) + "?";
        return new UserError("Unknown magic %" + name + "." + hint + " Run %lsmagic to list the magics.");
    }

    private static MagicHost host() {
        MagicHost h = host;
        if (h == null) {
            throw new IllegalStateException("Magics run only inside the kernel");
        }
        return h;
    }
}
