package org.example.hello;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "hello", description = "Greets someone, or describes a double[][] notebook variable.")
public final class HelloMagic implements Magic {

    @Option(names = "--name", defaultValue = "world", description = "Who to greet.")
    String name;

    @Option(names = "--source", description = "A double[][] notebook variable to describe.")
    String source;

    @Option(names = "--spin", description = "Busy-wait this many seconds (checks interrupts).")
    double spin;

    @Override
    public Greeting run(MagicContext context) {
        long end = System.nanoTime() + (long) (spin * 1e9);
        while (System.nanoTime() < end) {
            Interrupts.check();
        }
        if (source == null) {
            return new Greeting("Hello, " + name, 0, 0);
        }
        Object value = context.variable(source);
        if (!(value instanceof double[][] m)) {
            throw new UserError("--source " + source + " must be a double[][], not " + value.getClass().getSimpleName());
        }
        return new Greeting("Hello, " + m.length + "x" + (m.length == 0 ? 0 : m[0].length), m.length, m.length == 0 ? 0 : m[0].length);
    }
}
