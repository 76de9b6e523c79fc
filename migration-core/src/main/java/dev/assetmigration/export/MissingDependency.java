package dev.assetmigration.export;

import dev.assetmigration.model.AssetRef;

/**
 * An asset depends on something its workspace does not have.
 *
 * @param from the asset with the dangling reference
 * @param missing what it refers to
 */
public record MissingDependency(AssetRef from, AssetRef missing) {

    /** Returns {@code from -> missing}. */
    @Override
    public String toString() {
        return from + " -> " + missing;
    }
}
