package dev.assetmigration.pkg;

import dev.assetmigration.model.AssetRef;
import java.util.List;
import java.util.Objects;

/**
 * The manifest's record of one asset in the package.
 *
 * @param ref the asset's type and id in the source workspace
 * @param name the asset name
 * @param folder the folder path, {@code ""} for the root
 * @param dependencies the assets it depends on, as in its {@code AssetMeta}
 * @param entries its files; the first is always the JSON descriptor
 */
public record PackagedAsset(AssetRef ref, String name, String folder, List<AssetRef> dependencies,
        List<PackageEntry> entries) {

    /**
     * Creates the record; lists are copied.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code entries} is empty
     */
    public PackagedAsset {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(folder, "folder");
        dependencies = List.copyOf(dependencies);
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("asset " + ref + " has no entries; the descriptor is always the first");
        }
    }

    /**
     * Returns the descriptor entry (the first entry).
     *
     * @return the descriptor
     */
    public PackageEntry descriptor() {
        return entries.get(0);
    }
}
