package dev.assetmigration.schedulers;

import dev.assetmigration.error.UnsupportedAssetTypeException;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.schedulers.internal.Conversion;
import dev.assetmigration.schedulers.internal.ReadOnlyProvider;
import dev.assetmigration.spi.AssetProvider;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.spi.WorkspaceInfo;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The read-only workspace that every scheduler reader returns: the converted tasks and resources,
 * held in memory once the source has been read, and the {@link #report() report} of the
 * conversion.
 *
 * <p>It holds {@link AssetType#AUTO_TRIGGERED_TASK}, {@link AssetType#MANUALLY_TRIGGERED_TASK}
 * and {@link AssetType#RESOURCE}. Listing streams in ascending id order; ids are derived from the
 * folder and name, so converting the same source twice gives the same ids. Every write throws
 * {@link dev.assetmigration.error.ReadOnlyWorkspaceException}. Resource bytes stay in the source
 * (file or archive) and are read when opened. Instances are immutable and thread-safe.
 */
public abstract sealed class SchedulerWorkspace implements Workspace
        permits OozieWorkspace, AzkabanWorkspace, AirflowWorkspace {

    private static final Set<AssetType> TYPES =
            Set.of(AssetType.AUTO_TRIGGERED_TASK, AssetType.MANUALLY_TRIGGERED_TASK, AssetType.RESOURCE);

    private final WorkspaceInfo info;
    private final ConversionReport report;
    private final Map<AssetType, AssetProvider> providers = new EnumMap<>(AssetType.class);

    SchedulerWorkspace(Conversion conversion) {
        this.info = conversion.info();
        this.report = conversion.report();
        for (AssetType type : TYPES) {
            List<Asset> ofType = conversion.assets().stream().filter(a -> a.type() == type).toList();
            providers.put(type, new ReadOnlyProvider(type, info.workspace(), ofType));
        }
    }

    /**
     * Returns what the conversion did with each source item.
     *
     * @return the report
     */
    public ConversionReport report() {
        return report;
    }

    @Override
    public WorkspaceInfo info() {
        return info;
    }

    @Override
    public Set<AssetType> supportedTypes() {
        return TYPES;
    }

    @Override
    public AssetProvider provider(AssetType type) {
        AssetProvider provider = providers.get(type);
        if (provider == null) {
            throw new UnsupportedAssetTypeException(type, info.workspace());
        }
        return provider;
    }

    /** Always {@code true}: a scheduler source is only read. */
    @Override
    public boolean readOnly() {
        return true;
    }

    /** Returns the workspace name and the report summary. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + info.workspace() + ", " + report.summary() + "]";
    }
}
