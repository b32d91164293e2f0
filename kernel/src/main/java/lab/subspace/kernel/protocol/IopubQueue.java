package lab.subspace.kernel.protocol;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.messages.Message;

/**
 * Publishes IOPub messages from one dedicated thread, in submission order.
 *
 * <p>Cell code (and the magics it calls) never touches the socket itself: if the cell is killed
 * while a multipart message is half sent, the socket would be corrupted for every later message.
 * {@link #drain()} waits until everything submitted so far has been sent, which keeps outputs
 * before the execute reply and the idle status.
 */
public final class IopubQueue {

    private static final Logger LOG = Logger.getLogger(IopubQueue.class.getName());

    private final JupyterSocket iopub;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "iopub");
        t.setDaemon(true);
        return t;
    });

    public IopubQueue(JupyterSocket iopub) {
        this.iopub = iopub;
    }

    public void publish(Message<?> message) {
        sender.execute(() -> {
            try {
                iopub.sendMessage(message);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not publish " + message.getHeader().getType().getName(), e);
            }
        });
    }

    /** Blocks until all messages published before this call are sent. */
    public void drain() {
        try {
            sender.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
