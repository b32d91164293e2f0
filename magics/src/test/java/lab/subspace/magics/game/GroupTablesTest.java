package lab.subspace.magics.game;

import static lab.subspace.magics.game.GroupMembershipTest.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lab.subspace.data.Csv;
import lab.subspace.data.Npy;
import tech.tablesaw.api.Table;

class GroupTablesTest {

    @TempDir
    Path dir;

    @Test
    void longTableListsOneMembershipPerLine() {
        Table t = Csv.parse("Row,Group,note\n0,young,x\n1,young,y\n1,urban,z\n3,urban,w\n");
        GroupMembership g = GroupTables.from("groups", t, 4);
        assertArrayEquals(new String[] {"young", "urban"}, g.names());
        assertArrayEquals(new int[] {0, 1}, g.members(0));
        assertArrayEquals(new int[] {1, 3}, g.members(1));
        assertArrayEquals(new int[] {2}, g.uncovered());
        assertTrue(message(() -> GroupTables.from("groups", Csv.parse("row,group\n0,a\n4,a\n"), 4))
                .contains("line 1 of the membership table"));
        assertTrue(message(() -> GroupTables.from("groups", Csv.parse("row,group\n0.5,a\n"), 4)).contains("names row 0.5"));
        assertTrue(message(() -> GroupTables.from("groups", Csv.parse("row,group\nx,a\n"), 4)).contains("0-based row indices"));
    }

    @Test
    void attributeTableMakesIndicatorAndCategoricalGroups() {
        Table t = Csv.parse("region,session,urban\nV1,1,1\nV1,2,0\nPFC,2,1\nPFC,,0\n");
        GroupMembership g = GroupTables.from("groups", t, 4);
        assertArrayEquals(new String[] {"region=V1", "region=PFC", "session=1", "session=2", "urban"}, g.names());
        assertArrayEquals(new int[] {1, 2}, g.members(g.indexOf("session=2")));
        assertArrayEquals(new int[] {0, 2}, g.members(g.indexOf("urban")));
        assertTrue(message(() -> GroupTables.from("groups", t, 5)).contains("has 4 rows but the data matrix has 5"));
        assertTrue(message(() -> GroupTables.from("groups", Csv.parse("dose\n0.5\n1\n"), 2)).contains("whole numbers"));
    }

    @Test
    void indicatorMatricesAndMemberLists() {
        GroupMembership b = GroupTables.from("G", new boolean[][] {{true, false}, {true, true}, {false, true}}, 3);
        assertArrayEquals(new int[] {1, 2}, b.members(1));
        GroupMembership d = GroupTables.from("G", new double[][] {{1, 0}, {0, 1}, {1, 1}}, 3);
        assertArrayEquals(new int[] {0, 2}, d.members(0));
        GroupMembership lists = GroupTables.from("G", new int[][] {{0, 1}, {2}}, 3);
        assertArrayEquals(new int[] {2}, lists.members(1));
        assertTrue(message(() -> GroupTables.from("G", new double[][] {{1, 2}}, 1)).contains("indicator entry (0, 1) is 2.0"));
        assertTrue(message(() -> GroupTables.from("G", new double[][] {{1}}, 2)).contains("describe 1 rows but the data matrix has 2"));
        assertTrue(message(() -> GroupTables.from("G", "text", 2)).contains("G:"));
        assertTrue(message(() -> GroupTables.from("G", 3.0, 2)).contains("expected member lists"));
    }

    @Test
    void filesAreReadByExtension() throws Exception {
        Path csv = dir.resolve("groups.csv");
        Files.writeString(csv, "row,group\n0,a\n2,b\n");
        assertArrayEquals(new String[] {"a", "b"}, GroupTables.from("groups", csv.toString(), 3).names());
        Path npy = dir.resolve("groups.npy");
        Npy.write(npy, new double[][] {{1}, {0}, {1}});
        assertArrayEquals(new int[] {0, 2}, GroupTables.from("groups", npy, 3).members(0));
    }
}
