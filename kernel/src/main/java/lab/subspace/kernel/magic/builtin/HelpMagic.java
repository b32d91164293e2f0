package lab.subspace.kernel.magic.builtin;

import lab.subspace.kernel.magic.HelpText;
import lab.subspace.kernel.magic.MagicHost;
import lab.subspace.kernel.magic.MagicInvoker;
import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "help", description = "Show how to use a magic (%help sinkhorn), or how magics work.")
public final class HelpMagic implements Magic {

    private final MagicHost host;

    @Parameters(arity = "0..1", paramLabel = "MAGIC", description = "The magic to explain (with or without %).")
    String name;

    public HelpMagic(MagicHost host) {
        this.host = host;
    }

    @Override
    public HelpText run(MagicContext context) {
        if (name == null) {
            return new HelpText(String.join("\n",
                    "Cells are Java (JShell). Magics are commands that start with %:",
                    "  %name args            run a magic and show its result",
                    "  var r = %name args    ... and keep the result object in r",
                    "  %%name args           (first line) run a magic on the rest of the cell",
                    "  %name --help          options of a magic;  %lsmagic  lists all magics",
                    "Magic options may name notebook variables (double[][], EJML matrices, Tablesaw tables)",
                    "or .npy/.csv files. Press Tab after %name for options, Shift+Tab on code for documentation."));
        }
        String n = name.startsWith("%") ? name.replaceFirst("^%+", "") : name;
        return host.registry().find(n)
                .map(e -> new HelpText(MagicInvoker.usage(e)))
                .orElseThrow(() -> new UserError("Unknown magic %" + n + ". Run %lsmagic to list the magics."));
    }
}
