package dev.assetmigration.pkg;

import dev.assetmigration.model.AssetRef;
import java.util.Objects;

/**
 * A stub for an asset that packaged assets depend on but that is not itself in the package; an
 * importer resolves it in the target by type, folder and name.
 *
 * @param ref its type and id in the source
 * @param name its name
 * @param folder its folder path
 */
public record ExternalAsset(AssetRef ref, String name, String folder) {

    /**
     * Creates the stub.
     *
     * @throws NullPointerException if an argument is null
     */
    public ExternalAsset {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(folder, "folder");
    }
}
