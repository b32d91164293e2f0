package lab.subspace.magics.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GroupMembershipTest {

    @Test
    void memberListsAreSortedCopies() {
        int[] rows = {4, 0, 2};
        GroupMembership g = GroupMembership.of(5, rows, new int[] {1, 2});
        rows[0] = 99;
        assertArrayEquals(new int[] {0, 2, 4}, g.members(0));
        assertEquals(2, g.count());
        assertEquals("g1", g.name(1));
        assertArrayEquals(new int[] {1, 1, 2, 0, 1}, g.coverage());
        assertArrayEquals(new int[] {3}, g.uncovered());
        assertArrayEquals(new int[] {0, 1}, g.groupsOf(2));
        assertEquals(1, g.indexOf("g1"));
    }

    @Test
    void chainLayoutSharesOverlapRowsBetweenNeighbours() {
        GroupMembership g = GroupMembership.chain(200, 4, 10);
        for (int k = 0; k < 4; k++) {
            assertEquals(60, g.size(k));
        }
        assertArrayEquals(new int[] {0, 1}, g.groupsOf(55));   // first rows of block 1
        assertArrayEquals(new int[] {0, 3}, g.groupsOf(5));    // block 0 is shared with the last group
        assertArrayEquals(new int[] {1}, g.groupsOf(70));
        assertEquals(40, java.util.Arrays.stream(g.coverage()).filter(c -> c == 2).count());
        assertEquals(0, g.uncovered().length);
        // the remainder goes to the last block
        GroupMembership h = GroupMembership.chain(10, 3, 0);
        assertEquals(4, h.size(2));
        assertArrayEquals(new int[] {6, 7, 8, 9}, h.members(2));
    }

    @Test
    void misuseIsNamed() {
        assertTrue(message(() -> GroupMembership.of(3, new int[] {0, 3})).contains("lists row 3 but the data matrix has rows 0..2"));
        assertTrue(message(() -> GroupMembership.of(3, new int[] {1, 1})).contains("lists row 1 twice")
                && message(() -> GroupMembership.of(3, new int[] {1, 1})).contains("indicator"));
        assertTrue(message(() -> GroupMembership.of(3, new int[0])).contains("group g0 has no rows"));
        assertTrue(message(() -> GroupMembership.of(3)).contains("no groups"));
        assertTrue(message(() -> GroupMembership.of(3, new int[][] {{0}}, new String[] {"a", "b"})).contains("1 groups but 2 group names"));
        assertTrue(message(() -> GroupMembership.chain(10, 2, 6)).contains("overlap must be in [0, 5]"));
        assertTrue(message(() -> GroupMembership.of(3, new int[] {0}).groupsOf(3)).contains("outside 0..2"));
        assertTrue(message(() -> GroupMembership.of(3, new int[] {0}).indexOf("x")).contains("no group named 'x'"));
    }

    static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }
}
