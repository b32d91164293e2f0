package lab.subspace.kernel.spi;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Static access to the notebook from any code: cells, magics and library code.
 *
 * <pre>{@code
 * Notebook.display(table);                 // a new output now
 * var h = Notebook.display("starting");    // ... and replace it later
 * h.update("done");
 * }</pre>
 *
 * Outside a running kernel every call is a silent no-op, so library code can report to the
 * notebook without depending on one.
 */
public final class Notebook {

    private static volatile DisplayService service = new Detached();

    private Notebook() {
    }

    /** Used by the kernel at start. */
    public static void install(DisplayService displayService) {
        service = Objects.requireNonNull(displayService);
    }

    public static DisplayService service() {
        return service;
    }

    public static boolean attached() {
        return service.attached();
    }

    public static DisplayHandle display(Object value) {
        return service.display(value);
    }

    public static DisplayHandle display(MimeBundle bundle, boolean updatable) {
        return service.display(bundle, updatable);
    }

    public static void update(String displayId, MimeBundle bundle) {
        service.update(displayId, bundle);
    }

    public static MimeBundle render(Object value) {
        return service.render(value);
    }

    /** Shows HTML as an output. */
    public static DisplayHandle html(String html) {
        return service.display(new MimeBundle().put(MimeBundle.HTML, html).put(MimeBundle.TEXT, html), false);
    }

    /** Shows Markdown as an output. */
    public static DisplayHandle markdown(String markdown) {
        return service.display(new MimeBundle().put(MimeBundle.MARKDOWN, markdown).put(MimeBundle.TEXT, markdown), false);
    }

    /** The service used when no kernel runs: accepts everything, shows nothing. */
    static final class Detached implements DisplayService {
        private final AtomicLong ids = new AtomicLong();

        @Override
        public boolean attached() {
            return false;
        }

        @Override
        public DisplayHandle display(Object value) {
            return handle();
        }

        @Override
        public DisplayHandle display(MimeBundle bundle, boolean updatable) {
            return handle();
        }

        @Override
        public void update(String displayId, MimeBundle bundle) {
        }

        @Override
        public MimeBundle render(Object value) {
            return MimeBundle.text(String.valueOf(value));
        }

        private DisplayHandle handle() {
            String id = "detached-" + ids.incrementAndGet();
            return new DisplayHandle() {
                @Override
                public String id() {
                    return id;
                }

                @Override
                public void update(Object value) {
                }
            };
        }
    }
}
