package lab.subspace.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Supplier;

import lab.subspace.display.image.Gallery;
import lab.subspace.display.image.Images;
import lab.subspace.kernel.spi.KernelPlugin;
import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MimeBundle;
import lab.subspace.kernel.spi.PluginContext;
import lab.subspace.kernel.spi.Renderer;
import org.ejml.data.DMatrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

class DisplayPluginTest {

    /** Records what a plugin registers. */
    private static final class Recorder implements PluginContext {
        final Map<Class<?>, Renderer<?>> renderers = new LinkedHashMap<>();
        final List<String> imports = new java.util.ArrayList<>();

        @Override
        public void magic(Class<? extends Magic> type) {
            throw new AssertionError("display registers no magic");
        }

        @Override
        public <M extends Magic> void magic(Class<M> type, Supplier<? extends M> factory) {
            throw new AssertionError("display registers no magic");
        }

        @Override
        public <T> void renderer(Class<T> type, Renderer<? super T> renderer) {
            assertTrue(renderers.put(type, renderer) == null, "registered twice: " + type);
        }

        @Override
        public <T> void presenter(Class<T> type, Function<? super T, ?> presenter) {
            throw new AssertionError("display registers no presenter");
        }

        @Override
        public void imports(String... names) {
            imports.addAll(List.of(names));
        }

        @SuppressWarnings("unchecked")
        MimeBundle render(Class<?> type, Object value) {
            return ((Renderer<Object>) renderers.get(type)).render(value);
        }
    }

    private static Recorder registered() {
        Recorder r = new Recorder();
        new DisplayPlugin().register(r);
        return r;
    }

    @Test
    void registersARendererForEveryDisplayType() {
        assertEquals(List.of(Table.class, Figure.class, DMatrix.class, SimpleMatrix.class, double[][].class, double[].class,
                BufferedImage.class, Gallery.class), List.copyOf(registered().renderers.keySet()));
    }

    @Test
    void importsTablesawAndTheDisplayHelpersIntoCells() {
        List<String> imports = registered().imports;
        assertTrue(imports.contains("tech.tablesaw.api.*") && imports.contains("lab.subspace.display.Plots"), imports.toString());
    }

    @Test
    void registeredRenderersProduceTheExpectedMimeTypes() {
        Recorder r = registered();
        BufferedImage img = Images.grey(new double[][] {{0, 1}});
        assertTrue(r.render(Table.class, lab.subspace.display.table.Tables.builder("t").ints("a").row(1).build()).has(MimeBundle.HTML));
        assertTrue(r.render(Figure.class, Plots.lines("f").x(new double[] {1}).y("a", new double[] {2}).build()).has(MimeBundle.PLOTLY));
        assertEquals("DMatrixRMaj 1 × 1\n  3", r.render(DMatrix.class, new DMatrixRMaj(new double[][] {{3}})).get(MimeBundle.TEXT));
        assertEquals("DMatrixRMaj 1 × 1\n  4", r.render(SimpleMatrix.class, new SimpleMatrix(new double[][] {{4}})).get(MimeBundle.TEXT));
        assertEquals("double[1][1]\n  5", r.render(double[][].class, new double[][] {{5}}).get(MimeBundle.TEXT));
        assertEquals("double[1]\n  6", r.render(double[].class, new double[] {6}).get(MimeBundle.TEXT));
        assertTrue(r.render(BufferedImage.class, img).has(MimeBundle.PNG));
        assertTrue(r.render(Gallery.class, Gallery.of("a", img)).get(MimeBundle.HTML).contains("<img"));
    }

    @Test
    void serviceLoaderFindsThePlugin() {
        List<String> found = ServiceLoader.load(KernelPlugin.class).stream().map(p -> p.type().getName()).toList();
        assertTrue(found.contains(DisplayPlugin.class.getName()), found.toString());
    }
}
