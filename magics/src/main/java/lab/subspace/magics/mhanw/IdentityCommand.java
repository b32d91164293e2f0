package lab.subspace.magics.mhanw;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %mha-nw identity}: attention outputs computed as matrix softmax and as Nadaraya-Watson sums. */
@Command(name = "identity", description = "Check numerically that softmax attention (one head and multi-head) is Nadaraya-Watson "
        + "kernel regression.")
public final class IdentityCommand implements Magic {

    @Option(names = "--queries", defaultValue = "16", description = "Query tokens m (default ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--keys", defaultValue = "128", description = "Key tokens n (default ${DEFAULT-VALUE}).")
    int keys;

    @Option(names = "--d-model", defaultValue = "32", description = "Token dimension d (default ${DEFAULT-VALUE}).")
    int dModel;

    @Option(names = "--heads", defaultValue = "4", description = "Heads H (default ${DEFAULT-VALUE}).")
    int heads;

    @Option(names = "--head-dim", defaultValue = "8", description = "Head dimension d_k = d_v (default ${DEFAULT-VALUE}).")
    int headDim;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public IdentityReport run(MagicContext context) {
        return AttentionIdentity.check(queries, keys, dModel, heads, headDim, seed);
    }
}
