package dev.assetmigration.pkg.internal;

import dev.assetmigration.model.AssetRef;
import dev.assetmigration.pkg.PackagedAsset;
import java.util.Arrays;
import java.util.List;

/**
 * Finds packaged assets by reference with about 24 bytes per asset: an open-addressing table of
 * reference hashes and list positions. A hash match is confirmed against the real reference, so
 * answers are exact; with a {@link CompactAssetList} only the reference of a record is decoded.
 */
public final class RefIndex {

    private final List<PackagedAsset> assets;
    private final long[] hashes;
    private final int[] positions;
    private final int mask;
    private int duplicate = -1;

    /**
     * Indexes the assets; remembers the first reference that occurs twice.
     *
     * @param assets the packaged assets
     */
    public RefIndex(List<PackagedAsset> assets) {
        this.assets = assets;
        int capacity = Integer.highestOneBit(Math.max(16, assets.size() * 2 - 1)) << 1;
        this.hashes = new long[capacity];
        this.positions = new int[capacity];
        Arrays.fill(positions, -1);
        this.mask = capacity - 1;
        for (int i = 0; i < assets.size(); i++) {
            AssetRef ref = refAt(i);
            if (find(ref) >= 0) {
                if (duplicate < 0) {
                    duplicate = i;
                }
                continue;
            }
            long hash = hash(ref);
            int slot = (int) hash & mask;
            while (positions[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = hash;
            positions[slot] = i;
        }
    }

    private AssetRef refAt(int position) {
        return assets instanceof CompactAssetList compact ? compact.refAt(position) : assets.get(position).ref();
    }

    /**
     * Returns the position of the asset with that reference.
     *
     * @param ref the reference
     * @return its position in the list, or -1
     */
    public int find(AssetRef ref) {
        long hash = hash(ref);
        for (int slot = (int) hash & mask; positions[slot] >= 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && refAt(positions[slot]).equals(ref)) {
                return positions[slot];
            }
        }
        return -1;
    }

    /**
     * Returns the position of the first asset whose reference an earlier asset already has.
     *
     * @return the position, or -1 when every reference is unique
     */
    public int firstDuplicate() {
        return duplicate;
    }

    private static long hash(AssetRef ref) {
        return Digests.hash64(ref.type().ordinal(), ref.id());
    }
}
