package dev.assetmigration.schedulers.internal;

import dev.assetmigration.model.Asset;
import dev.assetmigration.schedulers.ConversionReport;
import dev.assetmigration.spi.WorkspaceInfo;
import java.util.List;

/**
 * The result of reading a scheduler source.
 *
 * @param info the workspace coordinates
 * @param assets the converted assets
 * @param report the conversion report
 */
public record Conversion(WorkspaceInfo info, List<Asset> assets, ConversionReport report) {

    /** Copies the asset list. */
    public Conversion {
        assets = List.copyOf(assets);
    }
}
