package dev.assetmigration.pkg;

import dev.assetmigration.model.AssetRef;

/**
 * Receives progress from a {@link PackageWriter}, on the writing thread. Both methods default to
 * doing nothing; implementations must be quick and must not throw.
 */
public interface WriteListener {

    /** A listener that ignores everything. */
    WriteListener NONE = new WriteListener() { };

    /**
     * Called while the files of an asset are copied, after every buffer.
     *
     * @param asset the asset being written
     * @param entryName the file being written
     * @param bytesSoFar uncompressed bytes of this file written so far
     */
    default void bytesWritten(AssetRef asset, String entryName, long bytesSoFar) {
    }

    /**
     * Called once an asset and all its files are in the package.
     *
     * @param asset the manifest record of the asset, with its entries and checksums
     */
    default void assetWritten(PackagedAsset asset) {
    }
}
