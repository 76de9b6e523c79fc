package dev.assetmigration.error;

import dev.assetmigration.model.AssetRef;

/**
 * A write would give two assets of one type the same folder and name. Code {@code AM-SPI-002}.
 */
public class AssetConflictException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final AssetRef asset;
    private final AssetRef existing;
    private final String path;

    /**
     * Creates the exception.
     *
     * @param asset the asset being written
     * @param existing the asset that already has that folder and name
     * @param path the contested folder/name path
     */
    public AssetConflictException(AssetRef asset, AssetRef existing, String path) {
        super("AM-SPI-002", "Cannot write " + asset + ": '" + path + "' is already taken by " + existing
                + "; rename one of them or update " + existing + " instead.");
        this.asset = asset;
        this.existing = existing;
        this.path = path;
    }

    /**
     * Returns the asset that was being written.
     *
     * @return the reference
     */
    public AssetRef assetRef() {
        return asset;
    }

    /**
     * Returns the asset that already holds the folder and name.
     *
     * @return the reference
     */
    public AssetRef existing() {
        return existing;
    }

    /**
     * Returns the contested folder/name path.
     *
     * @return the path
     */
    public String path() {
        return path;
    }
}
