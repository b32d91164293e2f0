package lab.subspace.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import lab.subspace.kernel.spi.UserError;
import org.junit.jupiter.api.Test;

class ArgTokenizerTest {

    @Test
    void splitsOnWhitespaceAndHonoursQuotes() {
        assertEquals(List.of("--source", "X", "--title", "a b", "it's"),
                ArgTokenizer.tokenize("  --source X\t--title 'a b' \"it's\" "));
    }

    @Test
    void keepsBackslashesOutsideQuotesAndUnescapesInsideDoubleQuotes() {
        assertEquals(List.of("C:\\data\\x.npy", "say \"hi\" \\"), ArgTokenizer.tokenize("C:\\data\\x.npy \"say \\\"hi\\\" \\\\\""));
    }

    @Test
    void emptyQuotesGiveAnEmptyArgument() {
        assertEquals(List.of("--name", ""), ArgTokenizer.tokenize("--name ''"));
    }

    @Test
    void unclosedQuoteIsAUserError() {
        UserError e = assertThrows(UserError.class, () -> ArgTokenizer.tokenize("--title 'oops"));
        assertEquals("Unclosed single quote in: --title 'oops", e.getMessage());
    }
}
