package lab.subspace.kernel.magic;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Shared picocli configuration for magics. */
final class Commands {

    private Commands() {
    }

    /** Adds -h/--help where missing and names usage messages "%name". */
    static CommandLine configure(CommandLine cl, String name) {
        cl.setCommandName("%" + name);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAbbreviatedOptionsAllowed(false);
        addHelp(cl);
        return cl;
    }

    private static void addHelp(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        if (spec.optionsMap().get("--help") == null && spec.optionsMap().get("-h") == null) {
            spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help.").build());
        }
        cl.getSubcommands().values().forEach(Commands::addHelp);
    }
}
