package lab.subspace.magics.coco;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;

/**
 * {@code %coco}: constrained online convex optimisation by projection onto the running intersection
 * of the revealed constraints, against a drift-plus-penalty baseline. {@code %coco run} uses the
 * synthetic sequence of {@link Scenario}; {@code %coco data} your own loss targets and half-spaces.
 * Both return a {@link CocoComparison} ({@code var r = %coco run}).
 */
@Command(name = "coco",
        description = "Constrained online convex optimisation via self-contraction: regret, cumulative constraint violation and path "
                + "length vs T of the projection method and a drift-plus-penalty baseline on the same sequence.",
        subcommands = {RunCommand.class, DataCommand.class})
public final class CocoMagic implements Magic {

    @Override
    public Object run(MagicContext context) {
        throw new UserError("%coco needs an experiment: run or data (%coco --help, %coco run --help)");
    }

    /** "strongly-convex" or "convex" (the option values). */
    static LossClass lossClass(String value) {
        return switch (value) {
            case "strongly-convex" -> LossClass.STRONGLY_CONVEX;
            case "convex" -> LossClass.CONVEX;
            default -> throw new UserError("--losses must be strongly-convex or convex but is " + value);
        };
    }
}
