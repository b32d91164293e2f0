package lab.subspace.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompiledClassesTest {

    private JShellSession session;
    private int cell;

    @BeforeEach
    void start() {
        session = JShellSession.start(List.of());
    }

    @AfterEach
    void stop() {
        session.close();
    }

    private Object value(String code) {
        return assertInstanceOf(CellOutcome.Value.class, session.run(code, code, ++cell, w -> { })).value();
    }

    private void define(String code) {
        assertInstanceOf(CellOutcome.NoValue.class, session.run(code, code, ++cell, w -> { }));
    }

    @Test
    void finishedSnippetsLeaveNoClassFilesBehind() {
        // surefire opens jdk.jshell as the kernel jar's manifest does
        assertNull(session.classFileTidyingUnavailableBecause());
        define("int x = 2;");
        define("int twice(int v) { return 2 * v; }");
        int declarations = session.keptClassFiles();
        for (int i = 0; i < 150; i++) {
            assertEquals(4, value("twice(x)"));
            define("System.out.print(\"\");");
        }
        // 300 expressions and statements compiled; only the two declarations' classes are kept
        assertEquals(declarations, session.keptClassFiles());
        assertTrue(declarations >= 2, "the variable's and the method's class files stay: " + declarations);
    }

    @Test
    void declarationsStillCompileAfterTheirNeighboursAreForgotten() {
        define("int x = 2;");
        define("int twice(int v) { return 2 * v; }");
        define("record P(int a) { int sq() { return a * a; } static P of(int a) { return new P(a); } }");
        define("class Q { int v() { return twice(1); } }");
        for (int i = 0; i < 20; i++) {
            assertEquals(13, value("twice(x) + P.of(3).sq()"));
        }
        define("int x = 5;"); // replaces the variable: its old class file goes
        assertEquals(10, value("twice(x)"));
        define("int twice(int v) { return 3 * v; }"); // replaces the method; Q is recompiled
        assertEquals(15, value("twice(x)"));
        assertEquals(3, value("new Q().v()"));
        define("P p = new P(4);");
        assertEquals(16, value("p.sq()"));
        define("record P(int a, int b) { int sq() { return a * b; } }"); // p's initialiser no longer compiles
        define("P p = new P(4, 5);");
        assertEquals(20, value("p.sq()"));
        define("long x = 7L;");
        assertEquals(21, value("twice((int) x)"));
        // what is left: the wrapper classes of x, twice, P, Q and p, and the classes P and Q nested in
        // theirs; 42 without tidying
        assertEquals(7, session.keptClassFiles());
    }

    @Test
    void nestedAndAnonymousClassesBelongToTheirSnippet() {
        assertEquals("REPL.$JShell$12", CompiledClasses.outerClass("REPL.$JShell$12"));
        assertEquals("REPL.$JShell$12", CompiledClasses.outerClass("REPL.$JShell$12$Point"));
        assertEquals("REPL.$JShell$12B", CompiledClasses.outerClass("REPL.$JShell$12B$1"));
        assertEquals("REPL.$JShell$3_5", CompiledClasses.outerClass("REPL.$JShell$3_5$Node$Leaf"));
    }
}
