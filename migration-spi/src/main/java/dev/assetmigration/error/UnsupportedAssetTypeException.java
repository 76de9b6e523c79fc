package dev.assetmigration.error;

import dev.assetmigration.model.AssetType;

/**
 * A workspace was asked for an asset type it does not support. Code {@code AM-SPI-003}.
 */
public class UnsupportedAssetTypeException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final AssetType type;

    /**
     * Creates the exception.
     *
     * @param type the unsupported type
     * @param workspace the workspace, for the message
     */
    public UnsupportedAssetTypeException(AssetType type, String workspace) {
        super("AM-SPI-003", "Workspace '" + workspace + "' does not support asset type " + type
                + "; check Workspace.supportedTypes() or leave that type out of the selection.");
        this.type = type;
    }

    /**
     * Returns the type that was asked for.
     *
     * @return the type
     */
    public AssetType assetType() {
        return type;
    }
}
