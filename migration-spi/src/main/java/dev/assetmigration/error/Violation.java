package dev.assetmigration.error;

import dev.assetmigration.model.AssetRef;
import java.util.Objects;

/**
 * One problem found while validating an asset.
 *
 * @param asset the asset with the problem
 * @param path the property path within the asset, for example {@code meta.name} or
 *     {@code schedule.cron}; {@code ""} for the asset as a whole
 * @param message what is wrong
 */
public record Violation(AssetRef asset, String path, String message) {

    /**
     * Creates a violation.
     *
     * @throws NullPointerException if an argument is null
     */
    public Violation {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** Returns {@code asset path: message}. */
    @Override
    public String toString() {
        return asset + (path.isEmpty() ? "" : " " + path) + ": " + message;
    }
}
