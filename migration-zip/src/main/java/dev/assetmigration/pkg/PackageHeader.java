package dev.assetmigration.pkg;

import dev.assetmigration.spi.WorkspaceInfo;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a writer knows about a package before its first asset: how it was selected, where it
 * comes from and when it was made.
 *
 * @param exportMode how the assets were selected
 * @param since for {@link ExportMode#INCREMENTAL} the instant after which modifications are
 *     included; {@code null} for the other modes
 * @param source the workspace the assets come from
 * @param createdAt when the package was made, from the caller's clock (reproducible builds pass
 *     a fixed instant, for example from {@code SOURCE_DATE_EPOCH})
 * @param deletionsCovered {@code true} if the source could report deletions (it has the
 *     tombstones capability), so an importer can trust that a missing tombstone means "not
 *     deleted"
 */
public record PackageHeader(
        ExportMode exportMode,
        @Nullable Instant since,
        WorkspaceInfo source,
        Instant createdAt,
        boolean deletionsCovered) {

    /**
     * Creates a header.
     *
     * @throws NullPointerException if a non-nullable argument is null
     * @throws IllegalArgumentException if {@code since} is given for a non-incremental export or
     *     missing for an incremental one
     */
    public PackageHeader {
        Objects.requireNonNull(exportMode, "exportMode");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(createdAt, "createdAt");
        if ((exportMode == ExportMode.INCREMENTAL) != (since != null)) {
            throw new IllegalArgumentException("'since' must be given exactly for INCREMENTAL exports, but mode is "
                    + exportMode + " and since is " + since);
        }
    }

    /**
     * A full export header.
     *
     * @param source the source workspace
     * @param createdAt the creation instant
     * @param deletionsCovered whether the source reports deletions
     * @return the header
     */
    public static PackageHeader full(WorkspaceInfo source, Instant createdAt, boolean deletionsCovered) {
        return new PackageHeader(ExportMode.FULL, null, source, createdAt, deletionsCovered);
    }

    /**
     * An incremental export header.
     *
     * @param since modifications after this instant are included
     * @param source the source workspace
     * @param createdAt the creation instant
     * @param deletionsCovered whether the source reports deletions
     * @return the header
     */
    public static PackageHeader incremental(Instant since, WorkspaceInfo source, Instant createdAt, boolean deletionsCovered) {
        return new PackageHeader(ExportMode.INCREMENTAL, since, source, createdAt, deletionsCovered);
    }
}
