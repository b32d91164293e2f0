package lab.subspace.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import lab.subspace.kernel.spi.Composite;
import lab.subspace.kernel.spi.MimeBundle;
import org.junit.jupiter.api.Test;

class DisplayRegistryTest {

    interface Shape {
    }

    static class Square implements Shape {
    }

    static class Tile extends Square {
    }

    record Result(int n) {
    }

    @Test
    void theClosestRegistrationWins() {
        DisplayRegistry r = new DisplayRegistry();
        r.renderer(Shape.class, s -> MimeBundle.text("shape"));
        r.renderer(Square.class, s -> MimeBundle.text("square"));
        assertEquals("square", r.render(new Tile()).get(MimeBundle.TEXT));
        assertEquals("shape", r.render(new Shape() { }).get(MimeBundle.TEXT));
    }

    @Test
    void presentersAndCompositesExpandInOrder() {
        DisplayRegistry r = new DisplayRegistry();
        r.presenter(Result.class, res -> (Composite) () -> List.of("table " + res.n(), "figure " + res.n()));
        assertEquals(List.of("table 3", "figure 3"), r.parts(new Result(3)));
    }

    @Test
    void presenterLoopsAreReported() {
        DisplayRegistry r = new DisplayRegistry();
        r.presenter(Result.class, res -> res);
        assertThrows(IllegalStateException.class, () -> r.parts(new Result(1)));
    }

    @Test
    void defaultTextIsReadableForArraysAndTruncated() {
        DisplayRegistry r = new DisplayRegistry();
        assertEquals("[1.0, 2.5]", r.render(new double[] {1, 2.5}).get(MimeBundle.TEXT));
        assertEquals("[[1, 2], [3]]", r.render(new int[][] {{1, 2}, {3}}).get(MimeBundle.TEXT));
        String big = r.render("x".repeat(DefaultRenderers.MAX_TEXT + 10)).get(MimeBundle.TEXT);
        assertEquals(DefaultRenderers.MAX_TEXT, big.indexOf("... (10 more characters)"));
        assertEquals("null", r.render(null).get(MimeBundle.TEXT));
    }

    @Test
    void jsonMimeTypesAreEmbeddedAsJson() {
        var data = BundleData.of(new MimeBundle().put(MimeBundle.TEXT, "t").put(MimeBundle.PLOTLY, "{\"data\": [1, null]}"));
        assertEquals("{\"data\":[1,null]}", data.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.parse(MimeBundle.PLOTLY)).toString());
        assertThrows(IllegalStateException.class, () -> BundleData.of(new MimeBundle().put(MimeBundle.PLOTLY, "{bad")));
    }
}
