package dev.assetmigration.spi;

import dev.assetmigration.model.AssetRef;
import java.time.Instant;
import java.util.Objects;

/**
 * The record of a deleted asset, kept so that an incremental export can carry the deletion.
 *
 * @param asset the deleted asset's reference
 * @param folder its folder when it was deleted
 * @param name its name when it was deleted
 * @param deletedAt when it was deleted
 */
public record Tombstone(AssetRef asset, String folder, String name, Instant deletedAt) {

    /**
     * Creates a tombstone.
     *
     * @throws NullPointerException if an argument is null
     */
    public Tombstone {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(deletedAt, "deletedAt");
    }
}
