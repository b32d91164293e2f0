package lab.subspace.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

public class MagicRegistryTest {

    public record Result(int value) {
    }

    @Command(name = "typed", aliases = "ty", description = {"Returns a Result.", "Second line."},
            subcommands = Sub.class)
    public static final class Typed implements Magic {
        @Override
        public Result run(MagicContext context) {
            return new Result(1);
        }
    }

    @Command(name = "sub", description = "A subcommand")
    public static final class Sub implements Magic {
        @Override
        public StringBuilder run(MagicContext context) {
            return new StringBuilder();
        }
    }

    @Command(description = "no name")
    public static final class Nameless implements Magic {
        @Override
        public Object run(MagicContext context) {
            return null;
        }
    }

    @Test
    void registersNameAliasesAndSummary() {
        MagicRegistry r = new MagicRegistry();
        assertEquals(List.of("typed", "ty"), r.register(Typed.class, Typed::new, "test"));
        assertEquals("Returns a Result.", r.find("ty").orElseThrow().summary());
        assertEquals(1, r.all().size());
        assertEquals(List.of("ty", "typed"), r.names());
    }

    @Test
    void resultTypeIsTheCovariantReturnTypeAndFollowsSubcommands() {
        MagicRegistry r = new MagicRegistry();
        r.register(Typed.class, Typed::new, "test");
        assertEquals(Optional.of(Result.class.getCanonicalName()), r.resultTypeName("typed", "--x 1"));
        assertEquals(Optional.of("java.lang.StringBuilder"), r.resultTypeName("typed", " sub --y"));
        assertEquals(Optional.empty(), r.resultTypeName("missing", ""));
    }

    @Test
    void aMagicNeedsACommandName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MagicRegistry().register(Nameless.class, Nameless::new, "test"));
        assertTrue(e.getMessage().contains("@Command(name"), e.getMessage());
    }

    @Test
    void suggestsSimilarNames() {
        MagicRegistry r = new MagicRegistry();
        r.register(Typed.class, Typed::new, "test");
        assertEquals(List.of("typed"), r.similar("typde"));
        assertEquals(List.of(), r.similar("completely-different"));
    }
}
