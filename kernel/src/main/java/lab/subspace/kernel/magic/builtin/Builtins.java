package lab.subspace.kernel.magic.builtin;

import lab.subspace.kernel.magic.MagicHost;

/** Registers the magics every kernel has, whatever plugins are installed. */
public final class Builtins {

    private Builtins() {
    }

    public static void register(MagicHost host) {
        String source = "kernel";
        host.registry().register(LsMagic.class, () -> new LsMagic(host), source);
        host.registry().register(HelpMagic.class, () -> new HelpMagic(host), source);
        host.registry().register(JarsMagic.class, () -> new JarsMagic(host), source);
        host.registry().register(ClasspathMagic.class, () -> new ClasspathMagic(host), source);
    }
}
