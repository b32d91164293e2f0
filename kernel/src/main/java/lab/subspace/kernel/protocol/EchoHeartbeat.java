package lab.subspace.kernel.protocol;

import io.github.spencerpark.jupyter.channels.HeartbeatChannel;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import org.zeromq.ZMQ;

/** Heartbeat that echoes at once (basekernel's loop sleeps 500 ms between polls). */
final class EchoHeartbeat extends HeartbeatChannel {

    private volatile boolean running;
    private Thread loop;

    EchoHeartbeat(ZMQ.Context context, HMACGenerator hmac) {
        super(context, hmac, 0);
    }

    @Override
    public void bind(KernelConnectionProperties props) {
        super.bind(formatAddress(props.getTransport(), props.getIp(), props.getHbPort()));
        setReceiveTimeOut(100);
        running = true;
        loop = Threads.daemon("heartbeat", () -> {
            while (running) {
                byte[] ping = recv();
                if (ping != null) {
                    send(ping);
                }
            }
        });
    }

    void stop() {
        running = false;
    }

    void closeSocket() {
        super.close();
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public void waitUntilClose() {
        Threads.join(loop);
    }
}
