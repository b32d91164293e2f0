package lab.subspace.kernel.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.github.spencerpark.jupyter.kernel.history.HistoryEntry;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static List<String> inputs(List<HistoryEntry> entries) {
        return entries.stream().map(HistoryEntry::getInput).toList();
    }

    @Test
    void tailRangeAndSearch() {
        History h = new History();
        h.add(1, "int a = 1;");
        h.add(2, "a + 1");
        h.add(3, "int a = 1;");
        assertEquals(List.of("a + 1", "int a = 1;"), inputs(h.tail(2)));
        assertEquals(List.of("a + 1"), inputs(h.range(0, 2, 3)));
        assertEquals(List.of("a + 1", "int a = 1;"), inputs(h.range(History.SESSION, 2, 0)));
        assertEquals(List.of(), inputs(h.range(7, 1, 3)));
        assertEquals(List.of("int a = 1;", "int a = 1;"), inputs(h.search("int*", 10, false)));
        assertEquals(List.of("int a = 1;"), inputs(h.search("int*", 10, true)));
        assertEquals(3, h.search("int*", 10, true).get(0).getCellNumber());
    }
}
