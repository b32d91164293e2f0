package lab.subspace.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import lab.subspace.kernel.spi.DisplayHandle;
import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class MagicInvokerTest {

    enum Method { EOT, SROT }

    @Command(name = "demo", description = "Demo magic.")
    public static final class Demo implements Magic {
        @Option(names = "--eps", defaultValue = "0.1", description = "Regularisation.")
        double eps;

        @Option(names = "--method", defaultValue = "EOT", description = "Solver.")
        Method method;

        @Override
        public String run(MagicContext context) {
            if (eps < 0) {
                throw new IllegalArgumentException("eps must be >= 0, got " + eps);
            }
            return method + ":" + eps + ":" + context.body();
        }
    }

    private static MagicRegistry.Entry entry() {
        MagicRegistry r = new MagicRegistry();
        r.register(Demo.class, Demo::new, "test");
        return r.find("demo").orElseThrow();
    }

    private static MagicContext context(String body) {
        return new MagicContext() {
            public String name() { return "demo"; }
            public String body() { return body; }
            public boolean hasVariable(String name) { return false; }
            public Object variable(String name) { throw new UserError("none"); }
            public Path resolvePath(String f) { return Path.of(f); }
            public DisplayHandle display(Object v) { return null; }
        };
    }

    @Test
    void parsesOptionsIncludingCaseInsensitiveEnums() throws Exception {
        assertEquals("SROT:0.5:body", MagicInvoker.invoke(entry(), "--eps 0.5 --method srot", context("body")));
        assertEquals("EOT:0.1:null", MagicInvoker.invoke(entry(), "", context(null)));
    }

    @Test
    void unknownOptionNamesItSuggestsAndShowsUsage() {
        UserError e = assertThrows(UserError.class, () -> MagicInvoker.invoke(entry(), "--epz 1", context(null)));
        assertTrue(e.getMessage().startsWith("%demo: Unknown option"), e.getMessage());
        assertTrue(e.getMessage().contains("'--epz'"), e.getMessage());
        assertTrue(e.getMessage().contains("Did you mean --eps?"), e.getMessage());
        assertTrue(e.getMessage().contains("Usage: %demo"), e.getMessage());
    }

    @Test
    void badValuesAreUserErrors() {
        UserError e = assertThrows(UserError.class, () -> MagicInvoker.invoke(entry(), "--eps abc", context(null)));
        assertTrue(e.getMessage().contains("--eps") && e.getMessage().contains("abc"), e.getMessage());
        e = assertThrows(UserError.class, () -> MagicInvoker.invoke(entry(), "--method sinkhorn", context(null)));
        assertTrue(e.getMessage().contains("EOT") && e.getMessage().contains("SROT"), e.getMessage());
    }

    @Test
    void illegalArgumentFromTheLibraryIsAUserError() {
        UserError e = assertThrows(UserError.class, () -> MagicInvoker.invoke(entry(), "--eps -1", context(null)));
        assertEquals("%demo: eps must be >= 0, got -1.0", e.getMessage());
    }

    @Test
    void helpReturnsUsageGeneratedFromOptions() throws Exception {
        Object help = MagicInvoker.invoke(entry(), "--help", context(null));
        HelpText text = assertInstanceOf(HelpText.class, help);
        assertTrue(text.text().startsWith("Usage: %demo"), text.text());
        assertTrue(text.text().contains("--eps=<eps>") && text.text().contains("Regularisation."), text.text());
    }
}
