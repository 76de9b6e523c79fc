package dev.assetmigration.pkg;

import dev.assetmigration.pkg.internal.CompactAssetList;
import dev.assetmigration.spi.Tombstone;
import dev.assetmigration.spi.WorkspaceInfo;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The table of contents of a package, stored as {@code manifest.json}: where the package comes
 * from, and for every asset its files with their sizes and SHA-256 digests. A reader trusts
 * nothing in the zip that the manifest does not confirm.
 *
 * @param formatVersion the format version the package was written in
 * @param packageId an id derived from the package content: equal content, equal id
 * @param createdAt when the package was made
 * @param exportMode how the assets were selected
 * @param since for incremental exports the lower bound of modifications, otherwise {@code null}
 * @param highWaterMark the latest {@code modifiedAt} of the packaged assets (the next
 *     incremental export can start from it); {@code since} when the package holds no asset, or
 *     {@code null} when there is neither
 * @param source the source workspace
 * @param deletionsCovered whether the source could report deletions
 * @param assets the packaged assets, in write order
 * @param tombstones assets deleted in the source
 * @param unsupported assets left out because they cannot be migrated
 * @param external stubs for assets that packaged assets depend on but that are not included
 */
public record Manifest(
        FormatVersion formatVersion,
        UUID packageId,
        Instant createdAt,
        ExportMode exportMode,
        @Nullable Instant since,
        @Nullable Instant highWaterMark,
        WorkspaceInfo source,
        boolean deletionsCovered,
        List<PackagedAsset> assets,
        List<Tombstone> tombstones,
        List<UnsupportedAsset> unsupported,
        List<ExternalAsset> external) {

    /**
     * Creates a manifest; lists are copied.
     *
     * @throws NullPointerException if a non-nullable argument is null
     */
    public Manifest {
        Objects.requireNonNull(formatVersion, "formatVersion");
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(exportMode, "exportMode");
        Objects.requireNonNull(source, "source");
        // The package classes hand over a frozen compact list; anything else is copied.
        assets = assets instanceof CompactAssetList ? assets : List.copyOf(assets);
        tombstones = List.copyOf(tombstones);
        unsupported = List.copyOf(unsupported);
        external = List.copyOf(external);
    }

    /**
     * Returns the header fields of this manifest.
     *
     * @return the header the package was written with
     */
    public PackageHeader header() {
        return new PackageHeader(exportMode, since, source, createdAt, deletionsCovered);
    }

    /**
     * Returns the number of files (entries) of all assets, not counting the manifest itself.
     *
     * @return the entry count
     */
    public long entryCount() {
        long count = 0;
        for (PackagedAsset asset : assets) {
            count += asset.entries().size();
        }
        return count;
    }

    /** Returns a short summary: id, mode, source and counts. */
    @Override
    public String toString() {
        return "Manifest[" + packageId + " v" + formatVersion + " " + exportMode + " from " + source + ", "
                + assets.size() + " assets, " + tombstones.size() + " tombstones, " + unsupported.size()
                + " unsupported, " + external.size() + " external]";
    }
}
