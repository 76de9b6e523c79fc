package dev.assetmigration.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A saved query from the ad-hoc query editor.
 *
 * @param meta the common fields
 * @param nodeType the query language, usually {@link NodeType#SQL}
 * @param code the query text
 * @param dataSource the data source it runs against by name, or {@code null}
 */
public record AdHocQuery(
        @NotNull @Valid AssetMeta meta,
        @NotNull @Valid NodeType nodeType,
        @NotNull @Size(max = 10 * 1024 * 1024) String code,
        @Nullable @Size(max = 256) String dataSource) implements Asset {

    /**
     * Creates the query.
     *
     * @throws NullPointerException if a non-nullable argument is null
     */
    public AdHocQuery {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(nodeType, "nodeType");
        Objects.requireNonNull(code, "code");
    }

    @Override
    public AssetType type() {
        return AssetType.AD_HOC_QUERY;
    }

    @Override
    public AdHocQuery withMeta(AssetMeta newMeta) {
        return new AdHocQuery(newMeta, nodeType, code, dataSource);
    }

    /**
     * Returns a copy with other code.
     *
     * @param newCode the query text
     * @return the copy
     */
    public AdHocQuery withCode(String newCode) {
        return new AdHocQuery(meta, nodeType, newCode, dataSource);
    }
}
