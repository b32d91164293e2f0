package lab.subspace.kernel.magic.builtin;

import lab.subspace.kernel.magic.MagicHost;
import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;

@Command(name = "lsmagic", description = "List every magic with a one-line description.")
public final class LsMagic implements Magic {

    private final MagicHost host;

    public LsMagic(MagicHost host) {
        this.host = host;
    }

    @Override
    public MagicList run(MagicContext context) {
        return new MagicList(host.registry().all().stream()
                .map(e -> new MagicList.Row(e.name(), e.summary(), e.source()))
                .toList());
    }
}
