package lab.subspace.kernel.plugins;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import lab.subspace.kernel.display.DisplayRegistry;
import lab.subspace.kernel.magic.MagicRegistry;
import lab.subspace.kernel.spi.KernelPlugin;
import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.PluginContext;
import lab.subspace.kernel.spi.Renderer;

/**
 * Finds {@link KernelPlugin}s with {@link ServiceLoader} and registers each one once: at start
 * and again whenever jars are added, so a third-party jar works exactly like the bundled plugins.
 */
public final class PluginLoader {

    /** What one scan did. */
    public record Scan(List<String> plugins, List<String> magics, List<String> imports, List<String> problems) {
    }

    private final MagicRegistry magics;
    private final DisplayRegistry display;
    private final Set<String> loaded = ConcurrentHashMap.newKeySet();

    public PluginLoader(MagicRegistry magics, DisplayRegistry display) {
        this.magics = magics;
        this.display = display;
    }

    /** Registers every plugin visible to {@code loader} that was not registered before. */
    public Scan scan(ClassLoader loader) {
        List<String> plugins = new ArrayList<>();
        List<String> newMagics = new ArrayList<>();
        List<String> imports = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Iterator<KernelPlugin> it = ServiceLoader.load(KernelPlugin.class, loader).iterator();
        while (true) {
            KernelPlugin plugin;
            try {
                if (!it.hasNext()) {
                    break;
                }
                plugin = it.next();
            } catch (ServiceConfigurationError e) {
                problems.add("A plugin could not be loaded: " + e.getMessage());
                continue;
            }
            String name = plugin.getClass().getName();
            if (!loaded.add(name)) {
                continue;
            }
            try {
                plugin.register(new Context(name, newMagics, imports));
                plugins.add(name);
            } catch (RuntimeException | LinkageError e) {
                problems.add("Plugin " + name + " failed to register: " + e);
            }
        }
        return new Scan(plugins, newMagics, imports, problems);
    }

    private final class Context implements PluginContext {
        private final String source;
        private final List<String> newMagics;
        private final List<String> imports;

        Context(String pluginClass, List<String> newMagics, List<String> imports) {
            this.source = pluginClass.substring(pluginClass.lastIndexOf('.') + 1);
            this.newMagics = newMagics;
            this.imports = imports;
        }

        @Override
        public void magic(Class<? extends Magic> type) {
            magic(castType(type), () -> instantiate(type));
        }

        @SuppressWarnings("unchecked")
        private <M extends Magic> Class<M> castType(Class<? extends Magic> type) {
            return (Class<M>) type;
        }

        @Override
        public <M extends Magic> void magic(Class<M> type, Supplier<? extends M> factory) {
            newMagics.addAll(magics.register(type, factory, source));
        }

        @Override
        public <T> void renderer(Class<T> type, Renderer<? super T> renderer) {
            display.renderer(type, renderer);
        }

        @Override
        public <T> void presenter(Class<T> type, Function<? super T, ?> presenter) {
            display.presenter(type, presenter);
        }

        @Override
        public void imports(String... importNames) {
            imports.addAll(List.of(importNames));
        }
    }

    private static Magic instantiate(Class<? extends Magic> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create magic " + type.getName() + ": it needs a public no-argument constructor", e);
        }
    }
}
