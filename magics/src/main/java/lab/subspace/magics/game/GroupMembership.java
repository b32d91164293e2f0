package lab.subspace.magics.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which rows of an n x p data matrix belong to which (possibly overlapping) row groups: the
 * meta-categories of "Group-Aware Matrix Estimation and Latent Subspace Recovery" (GAME), e.g.
 * demographic and age groups of users, or region and session labels of recorded neurons. A row
 * may belong to several groups or to none.
 *
 * <p>Immutable. Row indices are 0-based and sorted within each group. Build one from member
 * lists here, or from an indicator matrix or a membership table with {@link GroupTables}.
 *
 * <pre>{@code
 * GroupMembership g = GroupMembership.of(200, new int[][] {rowsOfGroup0, rowsOfGroup1});
 * GroupMembership chain = GroupMembership.chain(200, 4, 10);   // 4 blocks of 50 rows + 10-row overlaps
 * int[] c = g.coverage();                                       // groups per row
 * }</pre>
 */
public final class GroupMembership {

    private final int rows;
    private final int[][] members;
    private final String[] names;

    private GroupMembership(int rows, int[][] members, String[] names) {
        this.rows = rows;
        this.members = members;
        this.names = names;
    }

    /**
     * Groups given as lists of row indices: {@code members[g]} holds the rows of group g (any
     * order), named "g0", "g1", ...
     *
     * @throws IllegalArgumentException for no groups, an empty group, an index outside [0, rows)
     *                                  or a row listed twice in one group
     */
    public static GroupMembership of(int rows, int[]... members) {
        String[] names = new String[members == null ? 0 : members.length];
        for (int g = 0; g < names.length; g++) {
            names[g] = "g" + g;
        }
        return of(rows, members, names);
    }

    /** Like {@link #of(int, int[]...)} with one name per group. */
    public static GroupMembership of(int rows, int[][] members, String[] names) {
        if (rows <= 0) {
            throw new IllegalArgumentException("the data matrix must have at least one row, not " + rows);
        }
        if (members == null || members.length == 0) {
            throw new IllegalArgumentException("no groups given: GAME needs at least one row group");
        }
        if (names == null || names.length != members.length) {
            throw new IllegalArgumentException(members.length + " groups but " + (names == null ? 0 : names.length)
                    + " group names");
        }
        int[][] copy = new int[members.length][];
        for (int g = 0; g < members.length; g++) {
            if (members[g] == null || members[g].length == 0) {
                throw new IllegalArgumentException("group " + names[g] + " has no rows");
            }
            int[] m = members[g].clone();
            Arrays.sort(m);
            for (int k = 0; k < m.length; k++) {
                if (m[k] < 0 || m[k] >= rows) {
                    throw new IllegalArgumentException("group " + names[g] + " lists row " + m[k]
                            + " but the data matrix has rows 0.." + (rows - 1));
                }
                if (k > 0 && m[k] == m[k - 1]) {
                    throw new IllegalArgumentException("group " + names[g] + " lists row " + m[k] + " twice"
                            + " (an int[][] holds member lists; pass a 0/1 indicator as boolean[][] or double[][])");
                }
            }
            copy[g] = m;
        }
        return new GroupMembership(rows, copy, names.clone());
    }

    /**
     * The synthetic layout of the GAME experiments: {@code groups} consecutive blocks of
     * {@code rows / groups} rows (the last takes the remainder), each group extended by the first
     * {@code overlap} rows of the next block (cyclically), so consecutive groups share
     * {@code overlap} rows and every row is in one or two groups.
     */
    public static GroupMembership chain(int rows, int groups, int overlap) {
        if (groups < 1 || rows < groups) {
            throw new IllegalArgumentException("cannot split " + rows + " rows into " + groups + " groups");
        }
        int block = rows / groups;
        if (overlap < 0 || overlap > block || (groups == 1 && overlap > 0)) {
            throw new IllegalArgumentException("overlap must be in [0, " + (groups == 1 ? 0 : block) + "] for "
                    + groups + " blocks of " + block + " rows but is " + overlap);
        }
        int[][] members = new int[groups][];
        for (int g = 0; g < groups; g++) {
            int start = g * block;
            int end = g == groups - 1 ? rows : start + block;
            int next = (g + 1) % groups * block;
            int[] m = new int[end - start + overlap];
            for (int i = start; i < end; i++) {
                m[i - start] = i;
            }
            for (int k = 0; k < overlap; k++) {
                m[end - start + k] = next + k;
            }
            members[g] = m;
        }
        return of(rows, members);
    }

    /** Rows of the data matrix. */
    public int rows() {
        return rows;
    }

    /** Number of groups. */
    public int count() {
        return members.length;
    }

    /** Number of rows in group g. */
    public int size(int g) {
        return members[check(g)].length;
    }

    /** The rows of group g, ascending (a copy). */
    public int[] members(int g) {
        return members[check(g)].clone();
    }

    /** The name of group g. */
    public String name(int g) {
        return names[check(g)];
    }

    /** All group names, in order (a copy). */
    public String[] names() {
        return names.clone();
    }

    /** For each row, the number of groups containing it. */
    public int[] coverage() {
        int[] c = new int[rows];
        for (int[] m : members) {
            for (int i : m) {
                c[i]++;
            }
        }
        return c;
    }

    /** Rows that belong to no group, ascending. */
    public int[] uncovered() {
        int[] c = coverage();
        return java.util.stream.IntStream.range(0, rows).filter(i -> c[i] == 0).toArray();
    }

    /** The groups containing row i, ascending. */
    public int[] groupsOf(int i) {
        if (i < 0 || i >= rows) {
            throw new IllegalArgumentException("row " + i + " is outside 0.." + (rows - 1));
        }
        List<Integer> out = new ArrayList<>();
        for (int g = 0; g < members.length; g++) {
            if (Arrays.binarySearch(members[g], i) >= 0) {
                out.add(g);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The index of the group with this name. */
    public int indexOf(String name) {
        for (int g = 0; g < names.length; g++) {
            if (names[g].equals(name)) {
                return g;
            }
        }
        throw new IllegalArgumentException("no group named '" + name + "'; the groups are " + Arrays.toString(names));
    }

    /** Members without copying, for this package's solvers. */
    int[] membersView(int g) {
        return members[g];
    }

    private int check(int g) {
        if (g < 0 || g >= members.length) {
            throw new IllegalArgumentException("group " + g + " does not exist: there are " + members.length + " groups");
        }
        return g;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("GroupMembership[" + rows + " rows; ");
        for (int g = 0; g < members.length; g++) {
            b.append(g == 0 ? "" : ", ").append(names[g]).append(": ").append(members[g].length);
        }
        return b.append(" rows]").toString();
    }
}
