package lab.subspace.kernel.display;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import lab.subspace.kernel.spi.Composite;
import lab.subspace.kernel.spi.MimeBundle;
import lab.subspace.kernel.spi.Renderer;

/**
 * Renderers and presenters by type. For a value, the registration for the closest type wins:
 * the class itself, then its superclasses, then the interfaces they implement.
 */
public final class DisplayRegistry {

    private static final int MAX_PRESENT_DEPTH = 8;

    private final Map<Class<?>, Renderer<Object>> renderers = new ConcurrentHashMap<>();
    private final Map<Class<?>, Function<Object, ?>> presenters = new ConcurrentHashMap<>();

    public DisplayRegistry() {
        DefaultRenderers.register(this);
    }

    @SuppressWarnings("unchecked")
    public <T> void renderer(Class<T> type, Renderer<? super T> renderer) {
        renderers.put(type, (Renderer<Object>) renderer);
    }

    @SuppressWarnings("unchecked")
    public <T> void presenter(Class<T> type, Function<? super T, ?> presenter) {
        presenters.put(type, (Function<Object, ?>) presenter);
    }

    /** The outputs a value is shown as: presenters applied, composites expanded, in order. */
    public List<Object> parts(Object value) {
        List<Object> out = new ArrayList<>();
        expand(value, out, 0);
        return out;
    }

    private void expand(Object value, List<Object> out, int depth) {
        if (depth > MAX_PRESENT_DEPTH) {
            throw new IllegalStateException("Presenters for " + value.getClass().getName() + " loop");
        }
        if (value == null) {
            out.add(null);
            return;
        }
        Function<Object, ?> presenter = closest(presenters, value.getClass());
        if (presenter != null) {
            expand(presenter.apply(value), out, depth + 1);
        } else if (value instanceof Composite c) {
            for (Object part : c.parts()) {
                expand(part, out, depth + 1);
            }
        } else {
            out.add(value);
        }
    }

    /** Renders one (non-composite) value with the closest renderer; text/plain is always present. */
    public MimeBundle render(Object value) {
        if (value instanceof MimeBundle bundle) {
            return bundle;
        }
        if (value == null) {
            return MimeBundle.text("null");
        }
        Renderer<Object> renderer = closest(renderers, value.getClass());
        MimeBundle bundle = renderer == null ? DefaultRenderers.plain(value) : renderer.render(value);
        if (!bundle.has(MimeBundle.TEXT)) {
            bundle.put(MimeBundle.TEXT, DefaultRenderers.shortText(value));
        }
        return bundle;
    }

    static <V> V closest(Map<Class<?>, V> map, Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            V v = map.get(c);
            if (v != null && c != Object.class) {
                return v;
            }
        }
        Deque<Class<?>> queue = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            queue.addAll(List.of(c.getInterfaces()));
        }
        while (!queue.isEmpty()) {
            Class<?> i = queue.poll();
            if (!seen.add(i)) {
                continue;
            }
            V v = map.get(i);
            if (v != null) {
                return v;
            }
            queue.addAll(List.of(i.getInterfaces()));
        }
        return map.get(Object.class);
    }
}
