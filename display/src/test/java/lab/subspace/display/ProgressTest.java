package lab.subspace.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import lab.subspace.kernel.spi.MimeBundle;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void bundleShowsBarCountsAndEscapedLabel() {
        try (Progress p = Progress.start("Sink<horn>", 10)) {
            p.set(5);
            MimeBundle b = p.bundle(false);
            String text = b.get(MimeBundle.TEXT);
            assertTrue(text.startsWith("Sink<horn> [###############---------------] 50% 5/10 "), text);
            String html = b.get(MimeBundle.HTML);
            assertTrue(html.contains("Sink&lt;horn&gt;"), html);
            assertTrue(html.contains("<progress value=\"5\" max=\"10\""), html);
            assertFalse(html.contains("<horn>"));
        }
    }

    @Test
    void finalStateSaysDoneOrStopped() {
        Progress p = Progress.start("x", 4);
        p.set(4);
        assertTrue(p.bundle(true).get(MimeBundle.TEXT).contains("100% 4/4") && p.bundle(true).get(MimeBundle.TEXT).contains("done"));
        p.set(2);
        assertTrue(p.bundle(true).get(MimeBundle.TEXT).contains("stopped"));
        p.close();
    }

    @Test
    void unknownTotalAndDelayedBar() {
        Progress p = Progress.start("scan", 0);
        p.advance(3);
        assertTrue(p.bundle(false).get(MimeBundle.TEXT).startsWith("scan 3 steps"), p.bundle(false).get(MimeBundle.TEXT));
        assertTrue(p.bundle(false).get(MimeBundle.HTML).contains("<progress style"));
        Progress late = Progress.start("late", 10, Duration.ofHours(1));
        late.step();
        assertFalse(late.shown(), "quick work leaves no output");
        assertEquals(1, late.done());
        late.close();
    }
}
