package lab.subspace.kernel.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CapturedStreamTest {

    @Test
    void incompleteUtf8SequencesWaitForTheirLastByte() {
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8); // 3 bytes
        assertEquals(0, CapturedStream.completeUtf8Prefix(new byte[] {euro[0], euro[1]}));
        assertEquals(3, CapturedStream.completeUtf8Prefix(euro));
        assertEquals(1, CapturedStream.completeUtf8Prefix(new byte[] {'a', euro[0]}));
        assertEquals(2, CapturedStream.completeUtf8Prefix(new byte[] {'a', 'b'}));
    }

    @Test
    void textGoesToTheSinkWhenAttachedAndToTheFallbackOtherwise() {
        ByteArrayOutputStream fallback = new ByteArrayOutputStream();
        CapturedStream s = new CapturedStream(new PrintStream(fallback, true, StandardCharsets.UTF_8));
        List<String> sunk = new ArrayList<>();
        s.attach(sunk::add);
        byte[] bytes = "héllo €".getBytes(StandardCharsets.UTF_8);
        s.write(bytes, 0, bytes.length - 1);
        s.flush();
        s.write(bytes, bytes.length - 1, 1);
        s.flush();
        assertEquals("héllo €", String.join("", sunk));
        s.detach();
        s.write('x');
        s.flush();
        assertEquals("x", fallback.toString(StandardCharsets.UTF_8));
    }
}
