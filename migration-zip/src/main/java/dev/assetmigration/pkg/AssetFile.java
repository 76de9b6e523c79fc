package dev.assetmigration.pkg;

import dev.assetmigration.model.Content;
import java.util.Objects;

/**
 * One file of an asset in the package (or directory-workspace) layout.
 *
 * @param path the path relative to the package root, for example
 *     {@code assets/AUTO_TRIGGERED_TASK/etl/load_orders.sql}
 * @param role what the file holds
 * @param content its bytes
 */
public record AssetFile(String path, Role role, Content content) {

    /** What an asset file holds. */
    public enum Role {
        /** The JSON descriptor: every model field except code and bytes. Always the first file. */
        DESCRIPTOR,
        /** Code as UTF-8 text, with the node type's natural extension. */
        CODE,
        /** A resource's bytes, as-is. */
        BINARY
    }

    /**
     * Creates the file.
     *
     * @throws NullPointerException if an argument is null
     */
    public AssetFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }
}
