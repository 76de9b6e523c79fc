package dev.assetmigration.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table definition: the schema travels, the rows never do.
 *
 * @param meta the common fields; the name is the table name
 * @param columns the columns in order, at least one
 * @param partitionColumns the partition keys in order, possibly none
 * @param comment the table comment, or {@code null}
 * @param lifecycleDays how many days data is kept, or {@code null} for forever
 * @param ddl the creating DDL statement as the source knows it, or {@code null}
 */
public record TableMetadata(
        @NotNull @Valid AssetMeta meta,
        @NotEmpty List<@NotNull @Valid Column> columns,
        @NotNull List<@NotNull @Valid Column> partitionColumns,
        @Nullable @Size(max = 4096) String comment,
        @Nullable @Min(1) Integer lifecycleDays,
        @Nullable @Size(max = 1024 * 1024) String ddl) implements Asset {

    /**
     * Creates the table; lists are copied.
     *
     * @throws NullPointerException if a non-nullable argument is null
     */
    public TableMetadata {
        Objects.requireNonNull(meta, "meta");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        partitionColumns = List.copyOf(Objects.requireNonNull(partitionColumns, "partitionColumns"));
    }

    @Override
    public AssetType type() {
        return AssetType.TABLE_METADATA;
    }

    @Override
    public TableMetadata withMeta(AssetMeta newMeta) {
        return new TableMetadata(newMeta, columns, partitionColumns, comment, lifecycleDays, ddl);
    }
}
