package lab.subspace.kernel.magic;

import java.util.List;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Parses a magic's arguments with picocli and runs it; user mistakes become one-line {@link UserError}s. */
public final class MagicInvoker {

    private MagicInvoker() {
    }

    public static Object invoke(MagicRegistry.Entry entry, String args, MagicContext context) throws Exception {
        CommandLine cl = entry.commandLine();
        List<String> tokens = ArgTokenizer.tokenize(args);
        ParseResult parsed;
        try {
            parsed = cl.parseArgs(tokens.toArray(String[]::new));
        } catch (ParameterException e) {
            throw new UserError(describe(entry.name(), e));
        }
        List<CommandLine> chain = parsed.asCommandLineList();
        for (CommandLine c : chain) {
            if (c.isUsageHelpRequested()) {
                return new HelpText(c.getUsageMessage(Ansi.OFF).stripTrailing());
            }
        }
        Object leaf = chain.get(chain.size() - 1).getCommand();
        Magic magic = leaf instanceof Magic m ? m : (Magic) cl.getCommand();
        try {
            return magic.run(context);
        } catch (UserError e) {
            String msg = e.getMessage() == null ? "failed" : e.getMessage();
            throw msg.startsWith("%") ? e : new UserError("%" + entry.name() + ": " + msg, e);
        } catch (IllegalArgumentException e) {
            // Library code reports bad input (shapes, NaN, ranges) this way: show it as a usage error.
            throw new UserError("%" + entry.name() + ": " + e.getMessage(), e);
        }
    }

    /** Usage text for %help name and %name --help. */
    public static String usage(MagicRegistry.Entry entry) {
        return entry.commandLine().getUsageMessage(Ansi.OFF).stripTrailing();
    }

    private static String describe(String name, ParameterException e) {
        StringBuilder b = new StringBuilder("%").append(name).append(": ").append(e.getMessage().strip());
        if (e instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            b.append(" Did you mean ").append(String.join(" or ", u.getSuggestions())).append('?');
        }
        String synopsis = e.getCommandLine().getHelp().synopsis(0).strip();
        b.append("\nUsage: ").append(synopsis).append("   (%").append(name).append(" --help for details)");
        return b.toString();
    }
}
