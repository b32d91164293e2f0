package lab.subspace.magics.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import lab.subspace.display.Outputs;
import lab.subspace.kernel.magic.MagicInvoker;
import lab.subspace.kernel.magic.MagicRegistry;
import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.PluginContext;
import lab.subspace.kernel.spi.Renderer;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.MagicHarness;
import org.junit.jupiter.api.Test;

class DiffusionRatesMagicTest {

    private final Map<String, Object> variables = new HashMap<>();
    private final Map<Class<?>, Function<Object, ?>> presenters = new HashMap<>();
    private final MagicRegistry registry = new MagicRegistry();

    DiffusionRatesMagicTest() {
        DiffusionPlugin.register(new PluginContext() {
            public void magic(Class<? extends Magic> type) {
                registry.register(type, () -> newInstance(type), "test");
            }

            public <M extends Magic> void magic(Class<M> type, Supplier<? extends M> factory) {
                registry.register(type, factory, "test");
            }

            public <T> void renderer(Class<T> type, Renderer<? super T> renderer) {
            }

            @SuppressWarnings("unchecked")
            public <T> void presenter(Class<T> type, Function<? super T, ?> presenter) {
                presenters.put(type, v -> ((Function<Object, ?>) presenter).apply(v));
            }

            public void imports(String... imports) {
            }
        });
    }

    private static Magic newInstance(Class<? extends Magic> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the line through the kernel's invoker; relative file names resolve against the working directory. */
    private Object run(String args) throws Exception {
        MagicContext context = new MagicHarness("diffusion-rates", Path.of(""), variables).context();
        return MagicInvoker.invoke(registry.find("diffusion-rates").orElseThrow(), args, context);
    }

    private int shown(Object result) {
        Object out = presenters.get(result.getClass()).apply(result);
        return assertInstanceOf(Outputs.class, out).parts().size();
    }

    @Test
    void everyExperimentRunsAndIsShown() throws Exception {
        RateResult rates = assertInstanceOf(RateResult.class,
                run("rates --k 1,3 --D 4,20 --n 30,60 --seeds 2 --seed 3"));
        assertEquals(List.of("k=1, D=4", "k=1, D=20", "k=3, D=4", "k=3, D=20"), rates.labels());
        assertEquals(5, shown(rates));
        SampleResult sample = assertInstanceOf(SampleResult.class, run("sample --k 2 --D 6 --n 60 --law gaussian --seed 1"));
        assertEquals(3, shown(sample));
        StepsResult steps = assertInstanceOf(StepsResult.class,
                run("steps --k 1 --D 5 --n 40 --steps 4,8 --methods ddim,dpm_solver_2m --repetitions 1 --law gaussian --exact"));
        assertEquals(8, steps.rows().size());
        assertEquals(2, shown(steps));
        // var r = %diffusion-rates rates ... keeps the result's type
        assertEquals("lab.subspace.magics.diffusion.RateResult",
                registry.resultTypeName("diffusion-rates", "rates --k 1").orElseThrow());
    }

    @Test
    void userDataAndUserScoresComeFromVariables() throws Exception {
        variables.put("X", SubspaceMixture.random(8, 1, 2, SubgaussianLaw.UNIFORM, 1).sample(200, 2).points());
        RateResult r = assertInstanceOf(RateResult.class, run("rates --data X --k 1 --n 30,60 --seeds 2"));
        assertEquals(List.of("X (k=1)"), r.labels());
        SampleResult s = assertInstanceOf(SampleResult.class, run("sample --data X --k 1 --n 50"));
        assertEquals(2, shown(s));
        ScoreModel gaussian = (x, t) -> {
            var out = x.copy();
            org.ejml.dense.row.CommonOps_DDRM.scale(-1, out);
            return out;
        };
        variables.put("myScore", gaussian);
        SampleResult g = assertInstanceOf(SampleResult.class, run("sample --score myScore --k 2 --D 4 --n 40"));
        assertEquals(-1, g.spanDimension());
    }

    @Test
    void mistakesAreOneLineUserErrors() {
        assertTrue(assertThrows(UserError.class, () -> run("")).getMessage().contains("choose an experiment"));
        variables.put("X", new double[][] {{1, 2}, {3, 4}, {5, 6}});
        assertTrue(assertThrows(UserError.class, () -> run("rates --data X --k 1,2")).getMessage()
                .contains("one --k value"));
        assertTrue(assertThrows(UserError.class, () -> run("rates --data X --k 1 --n 10,20")).getMessage()
                .contains("has 3 samples but the largest n = 20 needs 40"));
        variables.put("notAScore", "hello");
        assertTrue(assertThrows(UserError.class, () -> run("sample --score notAScore")).getMessage()
                .contains("must be a ScoreModel"));
        assertTrue(assertThrows(UserError.class, () -> run("sample --score exact --law uniform")).getMessage()
                .contains("Gaussian"));
        assertTrue(assertThrows(UserError.class, () -> run("rates --seeds 1")).getMessage().contains(">= 2"));
    }
}
