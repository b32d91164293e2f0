package lab.subspace.kernel.display;

import java.util.List;
import java.util.UUID;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.messages.publish.PublishDisplayData;
import io.github.spencerpark.jupyter.messages.publish.PublishUpdateDisplayData;
import lab.subspace.kernel.spi.DisplayHandle;
import lab.subspace.kernel.spi.DisplayService;
import lab.subspace.kernel.spi.MimeBundle;

/** The kernel's {@link DisplayService}: outputs go to the cell that is running, if any. */
public final class KernelDisplay implements DisplayService {

    private final DisplayRegistry registry;
    private volatile CellChannel cell;

    public KernelDisplay(DisplayRegistry registry) {
        this.registry = registry;
    }

    public void attach(CellChannel channel) {
        cell = channel;
    }

    public void detach() {
        cell = null;
    }

    public DisplayRegistry registry() {
        return registry;
    }

    @Override
    public boolean attached() {
        return cell != null;
    }

    @Override
    public DisplayHandle display(Object value) {
        List<Object> parts = registry.parts(value);
        DisplayHandle last = null;
        for (Object part : parts) {
            last = display(registry.render(part), true);
        }
        return last != null ? last : display(MimeBundle.text(""), true);
    }

    @Override
    public DisplayHandle display(MimeBundle bundle, boolean updatable) {
        String id = UUID.randomUUID().toString();
        DisplayData data = BundleData.of(bundle);
        if (updatable) {
            data.setDisplayId(id);
        }
        CellChannel c = cell;
        if (c != null) {
            c.publish(new PublishDisplayData(data));
        }
        return new Handle(id);
    }

    @Override
    public void update(String displayId, MimeBundle bundle) {
        CellChannel c = cell;
        if (c == null) {
            return;
        }
        DisplayData data = BundleData.of(bundle);
        data.setDisplayId(displayId);
        c.publish(new PublishUpdateDisplayData(data));
    }

    @Override
    public MimeBundle render(Object value) {
        List<Object> parts = registry.parts(value);
        return registry.render(parts.isEmpty() ? null : parts.get(0));
    }

    private final class Handle implements DisplayHandle {
        private final String id;

        Handle(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public void update(Object value) {
            KernelDisplay.this.update(id, render(value));
        }
    }
}
