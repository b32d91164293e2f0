package lab.subspace.kernel.protocol;

/** Small thread helpers for the channel loops. */
final class Threads {

    private Threads() {
    }

    /** Starts a daemon thread (the kernel's lifetime is the connection's, not its threads'). */
    static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits for a loop to end, unless called from that loop itself (a loop closing the connection). */
    static void join(Thread t) {
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
