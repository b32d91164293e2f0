package lab.subspace.magics.twistedsmc;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;

/**
 * {@code %twisted-smc}: trust-region iterative twisted SMC on an exact-score diffusion model of a
 * Gaussian mixture. {@code particles} compares TRI-TSMC, plain SMC and best-of-N over N;
 * {@code iterations} the trust-region sizes over the learning iterations; {@code samples} plots each
 * method's samples against the tilted target. Every experiment returns its result record
 * ({@code var r = %twisted-smc particles}).
 */
@Command(name = "twisted-smc",
        description = "Trust-region iterative twisted SMC (TRI-TSMC) for inference-time alignment of a diffusion model: "
                + "particles, iterations or samples.",
        subcommands = {ParticlesCommand.class, IterationsCommand.class, SamplesCommand.class})
public final class TwistedSmcMagic implements Magic {

    @Override
    public Object run(MagicContext context) {
        throw new UserError("%twisted-smc needs an experiment: particles, iterations or samples (%twisted-smc --help)");
    }
}
