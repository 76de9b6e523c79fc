package dev.assetmigration.pkg;

import dev.assetmigration.model.AssetRef;
import java.util.Objects;

/**
 * An asset that was left out of the package because it cannot be migrated; it must be rebuilt
 * by hand in the target.
 *
 * @param ref its type and id in the source
 * @param name its name
 * @param folder its folder path
 * @param reason why it cannot be migrated
 */
public record UnsupportedAsset(AssetRef ref, String name, String folder, String reason) {

    /**
     * Creates the record.
     *
     * @throws NullPointerException if an argument is null
     */
    public UnsupportedAsset {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(reason, "reason");
    }
}
