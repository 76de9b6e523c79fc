package dev.assetmigration.pkg.internal;


/**
 * Remembers which entry names a writer has used, as 64-bit hashes in an open-addressing table
 * (about 16 bytes per name instead of about 150 for a {@code HashSet<String>}). A hash hit is
 * only a <em>maybe</em>: the caller confirms it against the real names, which is rare.
 */
public final class PathSet {

    private long[] table = new long[1024];
    private int count;

    /** Creates an empty set. */
    public PathSet() {
    }

    /**
     * Tells whether a name may have been added: {@code false} is certain, {@code true} must be
     * confirmed.
     *
     * @param name the entry name
     * @return whether the name's hash is present
     */
    public boolean mayContain(String name) {
        long hash = hash(name);
        int mask = table.length - 1;
        for (int i = (int) hash & mask; table[i] != 0; i = (i + 1) & mask) {
            if (table[i] == hash) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds a name.
     *
     * @param name the entry name
     */
    public void add(String name) {
        if ((count + 1) * 2 > table.length) {
            long[] old = table;
            table = new long[old.length * 2];
            count = 0;
            for (long hash : old) {
                if (hash != 0) {
                    insert(hash);
                }
            }
        }
        insert(hash(name));
    }

    private void insert(long hash) {
        int mask = table.length - 1;
        int i = (int) hash & mask;
        while (table[i] != 0) {
            if (table[i] == hash) {
                return;
            }
            i = (i + 1) & mask;
        }
        table[i] = hash;
        count++;
    }

    private static long hash(String name) {
        return Digests.hash64(0, name);
    }

    @Override
    public String toString() {
        return "PathSet[" + count + " names in " + table.length + " slots" + "]";
    }
}
