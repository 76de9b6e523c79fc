package dev.assetmigration.error;

import dev.assetmigration.model.AssetRef;

/** An operation named an asset that the workspace does not hold. Code {@code AM-SPI-001}. */
public class AssetNotFoundException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final AssetRef asset;

    /**
     * Creates the exception.
     *
     * @param asset the missing asset
     * @param workspace the workspace that was searched, for the message
     */
    public AssetNotFoundException(AssetRef asset, String workspace) {
        super("AM-SPI-001", "Asset " + asset + " does not exist in workspace '" + workspace
                + "'; list the workspace to find its current id, or create it first.");
        this.asset = asset;
    }

    /**
     * Returns the asset that was not found.
     *
     * @return the reference
     */
    public AssetRef assetRef() {
        return asset;
    }
}
