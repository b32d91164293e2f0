package lab.subspace.kernel.display;

import io.github.spencerpark.jupyter.messages.ContentType;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import lab.subspace.kernel.io.CellStreams;
import lab.subspace.kernel.protocol.IopubQueue;

/** Publishing to the cell that is running: messages carry its request as parent, after pending text. */
public final class CellChannel {

    private final MessageContext request;
    private final IopubQueue iopub;
    private final CellStreams streams;

    public CellChannel(MessageContext request, IopubQueue iopub, CellStreams streams) {
        this.request = request;
        this.iopub = iopub;
        this.streams = streams;
    }

    public <T extends ContentType<T>> void publish(T content) {
        streams.flush(); // text printed before this output must appear before it
        iopub.publish(new Message<>(request, content.getType(), content));
    }

    /**
     * Like {@link #publish} but sent at once from the calling thread; for the kernel's own outputs
     * (the execute result), never from cell code.
     */
    public <T extends ContentType<T>> void publishNow(T content) {
        streams.flush();
        iopub.publishNow(new Message<>(request, content.getType(), content));
    }

    /** Publishes without flushing the streams (used by the stream sink itself). */
    public <T extends ContentType<T>> void publishRaw(T content) {
        iopub.publish(new Message<>(request, content.getType(), content));
    }
}
