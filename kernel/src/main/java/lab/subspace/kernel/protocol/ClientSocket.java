package lab.subspace.kernel.protocol;

import java.util.logging.Logger;

import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/** The client end of a shell channel (a DEALER socket), used by the install-time training run. */
public final class ClientSocket extends JupyterSocket {

    public ClientSocket(ZMQ.Context context, HMACGenerator hmac) {
        super(context, SocketType.DEALER, hmac, Logger.getLogger(ClientSocket.class.getName()));
        setReceiveTimeOut(60_000);
    }

    @Override
    public void bind(KernelConnectionProperties props) {
        connect(formatAddress(props.getTransport(), props.getIp(), props.getShellPort()));
    }
}
