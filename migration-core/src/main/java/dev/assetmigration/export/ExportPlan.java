package dev.assetmigration.export;

import dev.assetmigration.model.AssetRef;
import java.util.List;

/**
 * What an export would write, computed without writing anything.
 *
 * @param assets the assets that would go into the package, in package order
 * @param external the referenced assets that would be recorded as stubs
 * @param report the counts, unsupported assets, missing dependencies and warnings
 */
public record ExportPlan(List<PlannedAsset> assets, List<PlannedAsset> external, ExportReport report) {

    /** Copies the lists. */
    public ExportPlan {
        assets = List.copyOf(assets);
        external = List.copyOf(external);
    }

    /**
     * One asset of a plan.
     *
     * @param asset the reference
     * @param name the name
     * @param folder the folder
     */
    public record PlannedAsset(AssetRef asset, String name, String folder) {
    }
}
