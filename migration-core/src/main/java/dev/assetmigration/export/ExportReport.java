package dev.assetmigration.export;

import dev.assetmigration.pkg.ExportMode;
import dev.assetmigration.pkg.UnsupportedAsset;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.assetmigration.model.AssetType;
import org.jspecify.annotations.Nullable;

/**
 * What an export did: counts per type, what it left out and why, what it could not resolve.
 *
 * @param mode the export method
 * @param packageId the package's id, or {@code null} for a plan
 * @param exported how many assets of each type went into the package, in type order
 * @param external how many referenced assets outside the export were recorded as stubs
 * @param tombstones how many deletions the package carries
 * @param deletionsCovered whether the package carries the source's deletions (an incremental
 *     export from a source with the tombstone capability)
 * @param highWaterMark the latest modification instant among the exported assets, or
 *     {@code null} when none was exported
 * @param unsupported assets left out because they cannot be migrated
 * @param missingDependencies references to assets the source does not have
 * @param warnings other things worth a look, such as dependency cycles in the source
 * @param packageBytes the size of the package written, zero for a plan
 * @param elapsed how long the export took
 */
public record ExportReport(
        ExportMode mode,
        @Nullable String packageId,
        Map<AssetType, Long> exported,
        long external,
        long tombstones,
        boolean deletionsCovered,
        @Nullable Instant highWaterMark,
        List<UnsupportedAsset> unsupported,
        List<MissingDependency> missingDependencies,
        List<String> warnings,
        long packageBytes,
        Duration elapsed) {

    /** Copies the collections; {@code exported} keeps type order. */
    public ExportReport {
        EnumMap<AssetType, Long> counts = new EnumMap<>(AssetType.class);
        counts.putAll(exported);
        exported = Collections.unmodifiableMap(counts);
        unsupported = List.copyOf(unsupported);
        missingDependencies = List.copyOf(missingDependencies);
        warnings = List.copyOf(warnings);
    }

    /**
     * Returns the total number of exported assets.
     *
     * @return the sum over all types
     */
    public long total() {
        return exported.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Returns the package id, if a package was written.
     *
     * @return the id
     */
    public Optional<String> packageIdIfWritten() {
        return Optional.ofNullable(packageId);
    }

    /** Returns a table a person can read. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(mode).append(" export: ").append(total()).append(" assets in ")
                .append(elapsed.toMillis()).append(" ms");
        if (packageId != null) {
            out.append(", package ").append(packageId).append(" (").append(packageBytes).append(" bytes)");
        }
        out.append('\n');
        exported.forEach((type, count) -> out.append(String.format("  %-24s %8d%n", type, count)));
        out.append(String.format("  %-24s %8d%n", "external references", external));
        if (mode == ExportMode.INCREMENTAL) {
            out.append(deletionsCovered ? String.format("  %-24s %8d%n", "deletions", tombstones)
                    : "  deletions not covered: the source does not record them\n");
        }
        unsupported.forEach(u -> out.append("  UNSUPPORTED ").append(u.ref()).append(" '").append(u.name())
                .append("': ").append(u.reason()).append('\n'));
        missingDependencies.forEach(m -> out.append("  MISSING ").append(m).append('\n'));
        warnings.forEach(w -> out.append("  WARNING ").append(w).append('\n'));
        return out.toString();
    }
}
