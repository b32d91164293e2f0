package lab.subspace.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class MagicRewriterTest {

    private static final String B = MagicRewriter.BRIDGE;
    private final MagicRewriter rewriter = new MagicRewriter(
            (name, args) -> name.equals("sinkhorn") ? Optional.of("x.OtResult") : Optional.empty());

    @Test
    void statementMagicBecomesARunCall() {
        assertEquals(B + ".run(\"lsmagic\", \"\");", rewriter.rewrite("%lsmagic"));
        assertEquals("  " + B + ".run(\"sinkhorn\", \"--eps 0.1\");", rewriter.rewrite("  %sinkhorn --eps 0.1;"));
    }

    @Test
    void expressionMagicIsCastToItsResultType() {
        assertEquals("var r = (x.OtResult) " + B + ".value(\"sinkhorn\", \"--source X\");",
                rewriter.rewrite("var r = %sinkhorn --source X;"));
        assertEquals("var r = (x.OtResult) " + B + ".value(\"sinkhorn\", \"--source X\");",
                rewriter.rewrite("var r = %sinkhorn --source X"));
        assertEquals("return " + B + ".value(\"other\", \"\");", rewriter.rewrite("return %other;"));
    }

    @Test
    void remainderOperatorStringsCommentsAndTextBlocksAreUntouched() {
        String code = String.join("\n",
                "int m = a %b;",
                "int n = (a) % b;",
                "String s = \"%sinkhorn\";",
                "char c = '%';",
                "// %sinkhorn",
                "/* %sinkhorn",
                "%sinkhorn */",
                "String t = \"\"\"",
                "%sinkhorn",
                "\"\"\";");
        assertEquals(code, rewriter.rewrite(code));
    }

    @Test
    void aLineStartingWithPercentAfterAnOpenExpressionIsTheOperator() {
        String code = "int r = a\n  %b;";
        assertEquals(code, rewriter.rewrite(code));
    }

    @Test
    void lineStructureIsPreserved() {
        String cell = "int a = 1;\n%lsmagic\nvar r = %sinkhorn --eps 1e-3 // fast\nint b = a % 2;";
        String out = rewriter.rewrite(cell);
        assertEquals(cell.lines().count(), out.lines().count());
        assertTrue(out.lines().toList().get(2).endsWith(".value(\"sinkhorn\", \"--eps 1e-3\");"), out);
    }

    @Test
    void argumentsAreEscapedSoNoJavaCanBeInjected() {
        String out = rewriter.rewrite("%other \"quoted\" C:\\new \\u0022");
        assertEquals(B + ".run(\"other\", \"\\\"quoted\\\" C:\\\\new \\\\u0022\");", out);
    }

    @Test
    void cellMagicPassesTheBodyAsOneLiteral() {
        String out = rewriter.rewrite("\n%%other --flag\nline \"1\"\n\tline 2");
        assertEquals(B + ".cell(\"other\", \"--flag\", \"line \\\"1\\\"\\n\\tline 2\");", out);
        assertTrue(MagicRewriter.isCellMagic("  %%x"));
    }

    @Test
    void maskKeepsOffsets() {
        String cell = "int a = 1;\nvar r = %sinkhorn --eps 1\n%lsmagic";
        String masked = rewriter.mask(cell);
        assertEquals(cell.length(), masked.length());
        assertEquals("int a = 1;\nvar r = null             \n;       ", masked);
    }
}
