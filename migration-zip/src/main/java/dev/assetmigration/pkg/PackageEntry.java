package dev.assetmigration.pkg;

import dev.assetmigration.pkg.internal.Digests;
import java.util.Objects;

/**
 * One file of a packaged asset as the manifest records it: the ground truth a reader checks
 * every entry against.
 *
 * @param path the entry name inside the zip, for example {@code assets/AUTO_TRIGGERED_TASK/etl/load.sql}
 * @param size the exact number of uncompressed bytes
 * @param sha256 the SHA-256 of those bytes, 64 lower-case hex digits
 */
public record PackageEntry(String path, long size, String sha256) {

    /**
     * Creates an entry record.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code size} is negative or {@code sha256} is not 64
     *     lower-case hex digits
     */
    public PackageEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        if (size < 0) {
            throw new IllegalArgumentException("entry '" + path + "' has negative size " + size);
        }
        if (!Digests.isSha256Hex(sha256)) {
            throw new IllegalArgumentException("entry '" + path + "' has a malformed sha256 '" + sha256
                    + "'; expected 64 lower-case hex digits");
        }
    }
}
