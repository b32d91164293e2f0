package lab.subspace.kernel.protocol;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.messages.Message;

/**
 * Publishes IOPub messages in order: those of cell code from one dedicated thread, the kernel's own
 * (status, results) directly from the shell thread once everything queued before them has gone.
 *
 * <p>Cell code (and the magics it calls) never touches the socket itself: if the cell is killed
 * while a multipart message is half sent, the socket would be corrupted for every later message.
 * The kernel's own messages are sent outside cell code, so they may skip the queue: each hand-off to
 * the sender thread and back costs a wake-up, which on two cores busy with the JIT is most of a
 * millisecond per cell. {@link JupyterSocket#sendMessage} is synchronized, so the two senders never
 * interleave frames.
 */
public final class IopubQueue {

    private static final Logger LOG = Logger.getLogger(IopubQueue.class.getName());

    private final JupyterSocket iopub;
    private final AtomicInteger queued = new AtomicInteger();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "iopub");
        t.setDaemon(true);
        return t;
    });

    public IopubQueue(JupyterSocket iopub) {
        this.iopub = iopub;
    }

    /** Queues a message; safe from any thread, including cell code that may be stopped. */
    public void publish(Message<?> message) {
        queued.incrementAndGet();
        sender.execute(() -> {
            try {
                send(message);
            } finally {
                queued.decrementAndGet();
            }
        });
    }

    /**
     * Sends on the calling thread, after every message queued before. Only for the kernel's own
     * messages sent outside cell code (a stopped thread must never hold the socket).
     */
    public void publishNow(Message<?> message) {
        drain();
        send(message);
    }

    /** Blocks until all messages published before this call are sent. */
    public void drain() {
        if (queued.get() == 0) {
            return;
        }
        try {
            sender.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private void send(Message<?> message) {
        try {
            iopub.sendMessage(message);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not publish " + message.getHeader().getType().getName(), e);
        }
    }
}
