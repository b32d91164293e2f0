package lab.subspace.kernel.eval;

/** Where a JShell snippet came from: the cell's execution count and the cell line it starts on. */
record SnippetOrigin(int cell, int firstLine) {
}
