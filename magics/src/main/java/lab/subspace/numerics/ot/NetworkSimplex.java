package lab.subspace.numerics.ot;

import java.time.Duration;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;

/**
 * Primal network simplex for the transportation problem (uncapacitated arcs i -> j from every
 * source to every target), after Kelly and O'Neill's block-search pivot rule as used by LEMON and
 * POT (Bonneel, van de Panne, Paris, Heidrich 2011, "Displacement interpolation using Lagrangian
 * mass transport"), written from the textbook algorithm (Ahuja, Magnanti, Orlin, "Network Flows",
 * ch. 11).
 *
 * <p>Nodes: sources 0..n-1, targets n..n+m-1 and an artificial root. The start is the tree of
 * artificial arcs (source -> root with cost 0, root -> target or zero-weight source with a cost
 * larger than any path can save), so every zero-flow tree arc points away from the root: a strongly
 * feasible tree, which the leaving-arc rule below keeps, so degenerate pivots cannot cycle. The tree
 * is stored by parent, depth and preorder thread; a pivot re-hangs the subtree cut off by the leaving
 * arc under the entering arc and touches only that subtree and the cycle.
 *
 * <p>Flows live on tree arcs only (non-tree arcs are at flow zero), indexed by the child node, so
 * memory beyond the cost matrix is one byte per arc.
 */
final class NetworkSimplex {

    private static final int NONE = -1;
    /** Potentials are recomputed from the tree this often, so rounding cannot build up. */
    private static final int REFRESH_EVERY = 4096;

    private final int n;
    private final int m;
    private final int root;
    private final double[] cost;
    private final int arcCount;
    private final double artificialCost;
    private final double tol;
    private final int blockSize;

    private final int[] parent;
    private final int[] pred;      // arc to the parent: real arc index, or NONE for the node's artificial arc
    private final boolean[] up;    // whether the pred arc points from the node to its parent
    private final double[] flow;   // flow on the pred arc
    private final int[] depth;
    private final int[] thread;
    private final int[] revThread;
    private final double[] pi;
    private final byte[] inTree;

    private final int[] stem;
    private final int[] stemLast;
    private final int[] stemBefore;
    private final int[] pieceStart;
    private int nextArc;

    NetworkSimplex(double[] a, double[] b, DMatrixRMaj c) {
        n = a.length;
        m = b.length;
        root = n + m;
        cost = c.data;
        arcCount = n * m;
        double scale = 0;
        for (int e = 0; e < arcCount; e++) {
            scale = Math.max(scale, Math.abs(cost[e]));
        }
        if (scale == 0) {
            scale = 1;
        }
        // any unit routed through the root could go along a real arc for less (costs lie in [-scale, scale])
        artificialCost = 4 * scale;
        tol = 1e-13 * scale;
        blockSize = Math.min(arcCount, Math.max(10, (int) Math.ceil(Math.sqrt(arcCount))));

        int nodes = n + m + 1;
        parent = new int[nodes];
        pred = new int[nodes];
        up = new boolean[nodes];
        flow = new double[nodes];
        depth = new int[nodes];
        thread = new int[nodes];
        revThread = new int[nodes];
        pi = new double[nodes];
        inTree = new byte[arcCount];
        stem = new int[nodes];
        stemLast = new int[nodes];
        stemBefore = new int[nodes];
        pieceStart = new int[nodes];

        parent[root] = NONE;
        pred[root] = NONE;
        depth[root] = 0;
        for (int x = 0; x < root; x++) {
            double supply = x < n ? a[x] : -b[x - n];
            parent[x] = root;
            pred[x] = NONE;
            depth[x] = 1;
            thread[x] = x + 1;
            revThread[x + 1] = x;
            if (supply > 0) {
                up[x] = true;
                flow[x] = supply;
                pi[x] = 0;
            } else {
                up[x] = false;
                flow[x] = -supply;
                pi[x] = -artificialCost;
            }
        }
        thread[root] = 0;
        revThread[0] = root;
        thread[root - 1] = root;
    }

    /** Pivots until optimal or {@code maxPivots}; returns the number of pivots, negative if capped. */
    long run(long maxPivots) {
        long pivots = 0;
        try (Progress progress = Progress.start("Network simplex", 0, Duration.ofSeconds(1))) {
            while (true) {
                Interrupts.check();
                int entering = findEntering();
                if (entering == NONE) {
                    refreshPotentials();
                    entering = findEntering(); // confirm with exact potentials
                    if (entering == NONE) {
                        return pivots;
                    }
                }
                if (pivots == maxPivots) {
                    refreshPotentials();
                    return -pivots - 1;
                }
                pivot(entering);
                pivots++;
                if (pivots % REFRESH_EVERY == 0) {
                    refreshPotentials();
                    progress.set(pivots);
                }
            }
        }
    }

    /** Block search: scan arcs cyclically in blocks, return the most negative reduced cost of the first block that has one. */
    private int findEntering() {
        int e = nextArc;
        int i = e / m;
        int j = e - i * m;
        double best = -tol;
        int bestArc = NONE;
        int inBlock = 0;
        for (int scanned = 0; scanned < arcCount; ) {
            int len = Math.min(m - j, Math.min(blockSize - inBlock, arcCount - scanned));
            int base = i * m;
            double pr = pi[i];
            for (int jj = j, end = j + len; jj < end; jj++) {
                double rc = cost[base + jj] - pr + pi[n + jj];
                if (rc < best && inTree[base + jj] == 0) {
                    best = rc;
                    bestArc = base + jj;
                }
            }
            scanned += len;
            inBlock += len;
            j += len;
            if (j == m) {
                j = 0;
                i = i + 1 == n ? 0 : i + 1;
            }
            if (inBlock == blockSize) {
                if (bestArc != NONE) {
                    nextArc = i * m + j;
                    return bestArc;
                }
                inBlock = 0;
            }
        }
        nextArc = i * m + j;
        return bestArc;
    }

    private double predCost(int x) {
        int e = pred[x];
        if (e == NONE) {
            return up[x] ? 0 : artificialCost;
        }
        return cost[e];
    }

    private void pivot(int entering) {
        int s = entering / m;
        int t = n + entering - s * m;
        double rc = cost[entering] - pi[s] + pi[t];

        int x = s;
        int y = t;
        while (x != y) {
            if (depth[x] > depth[y]) {
                x = parent[x];
            } else if (depth[y] > depth[x]) {
                y = parent[y];
            } else {
                x = parent[x];
                y = parent[y];
            }
        }
        int join = x;

        // The cycle runs join -> ... -> s -> t -> ... -> join. The leaving arc is the last blocking
        // arc met in that order, which keeps the tree strongly feasible.
        double delta = Double.POSITIVE_INFINITY;
        int out = NONE;
        boolean outOnSourceSide = false;
        for (x = s; x != join; x = parent[x]) {
            if (up[x] && flow[x] < delta) { // arc x -> parent, traversed backwards
                delta = flow[x];
                out = x;
                outOnSourceSide = true;
            }
        }
        for (x = t; x != join; x = parent[x]) {
            if (!up[x] && flow[x] <= delta) { // arc parent -> x, traversed backwards
                delta = flow[x];
                out = x;
                outOnSourceSide = false;
            }
        }
        if (out == NONE) {
            throw new IllegalStateException("network simplex: unbounded cycle (a cost is not finite?)");
        }
        if (delta > 0) {
            for (x = s; x != join; x = parent[x]) {
                flow[x] += up[x] ? -delta : delta;
            }
            for (x = t; x != join; x = parent[x]) {
                flow[x] += up[x] ? delta : -delta;
            }
        }
        int uIn = outOnSourceSide ? s : t;
        int vIn = outOnSourceSide ? t : s;
        int k = 0;
        for (x = uIn; ; x = parent[x]) {
            stem[k++] = x;
            if (x == out) {
                break;
            }
        }
        rehang(k, vIn, outOnSourceSide ? rc : -rc);

        // stem[0] = uIn, ..., stem[k-1] = out: the stem's tree arcs turn round, the leaving arc goes
        int leaving = pred[out];
        if (leaving != NONE) {
            inTree[leaving] = 0;
        }
        for (int l = k - 1; l >= 1; l--) {
            int child = stem[l - 1];
            int node = stem[l];
            parent[node] = child;
            pred[node] = pred[child];
            up[node] = !up[child];
            flow[node] = flow[child];
        }
        parent[uIn] = vIn;
        pred[uIn] = entering;
        up[uIn] = uIn == s;
        flow[uIn] = delta;
        inTree[entering] = 1;
    }

    /**
     * Moves the subtree of out = stem[k-1] so that it hangs from {@code vIn} through uIn = stem[0]: the new
     * preorder of the subtree is uIn's old subtree, then each stem node with the parts of its old
     * subtree not yet listed. Updates thread, depth and potentials (parents are set by the caller).
     */
    private void rehang(int k, int vIn, double shift) {
        int uIn = stem[0];
        int out = stem[k - 1];
        // old boundaries: last node of each stem node's subtree, the node before the previous stem node
        stemLast[0] = lastOf(uIn, uIn);
        for (int l = 1; l < k; l++) {
            stemBefore[l] = revThread[stem[l - 1]];
            pieceStart[l] = thread[stemLast[l - 1]];
            stemLast[l] = lastOf(stemLast[l - 1], stem[l]);
        }
        int before = revThread[out];
        int after = thread[stemLast[k - 1]];

        // depths and potentials, walking the old thread piece by piece
        int base = depth[vIn] + 1 - depth[uIn];
        walk(uIn, stemLast[0], base, shift);
        for (int l = 1; l < k; l++) {
            int dd = base + 2 * l;
            walk(stem[l], stemBefore[l], dd, shift);
            if (stemLast[l - 1] != stemLast[l]) {
                walk(pieceStart[l], stemLast[l], dd, shift);
            }
        }

        // new thread inside the subtree
        int prev = stemLast[0];
        for (int l = 1; l < k; l++) {
            link(prev, stem[l]);
            prev = stemBefore[l];
            if (stemLast[l - 1] != stemLast[l]) {
                link(prev, pieceStart[l]);
                prev = stemLast[l];
            }
        }
        // cut the subtree out, then insert it right after vIn
        link(before, after);
        int next = thread[vIn];
        link(vIn, uIn);
        link(prev, next);
    }

    /** Last node of the subtree of {@code top} in preorder, scanning from {@code from} (inside it). */
    private int lastOf(int from, int top) {
        int d = depth[top];
        int x = from;
        while (depth[thread[x]] > d) {
            x = thread[x];
        }
        return x;
    }

    private void walk(int first, int last, int depthShift, double shift) {
        for (int x = first; ; x = thread[x]) {
            depth[x] += depthShift;
            pi[x] += shift;
            if (x == last) {
                return;
            }
        }
    }

    private void link(int from, int to) {
        thread[from] = to;
        revThread[to] = from;
    }

    /** Potentials exactly from the tree (preorder: parents before children). */
    private void refreshPotentials() {
        pi[root] = 0;
        for (int x = thread[root]; x != root; x = thread[x]) {
            double c = predCost(x);
            pi[x] = up[x] ? pi[parent[x]] + c : pi[parent[x]] - c;
        }
    }

    /** The plan's entries: tree arcs between real nodes that carry flow. */
    SparsePlan plan() {
        int count = 0;
        for (int x = 0; x < root; x++) {
            if (pred[x] != NONE && flow[x] > 0) {
                count++;
            }
        }
        int[] ri = new int[count];
        int[] rj = new int[count];
        double[] val = new double[count];
        int q = 0;
        for (int x = 0; x < root; x++) {
            if (pred[x] != NONE && flow[x] > 0) {
                int e = pred[x];
                ri[q] = e / m;
                rj[q] = e % m;
                val[q] = flow[x];
                q++;
            }
        }
        return new SparsePlan(n, m, ri, rj, val);
    }

    /** f_i = pi_i for sources, g_j = -pi_(n+j) for targets, so that C_ij - f_i - g_j is the reduced cost. */
    double[] sourceDuals() {
        double[] f = new double[n];
        System.arraycopy(pi, 0, f, 0, n);
        return f;
    }

    double[] targetDuals() {
        double[] g = new double[m];
        for (int j = 0; j < m; j++) {
            g[j] = -pi[n + j];
        }
        return g;
    }
}
