package dev.assetmigration.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table column or partition key.
 *
 * @param name the column name
 * @param dataType the engine's type name, for example {@code BIGINT} or {@code DECIMAL(18,2)}
 * @param comment the column comment, or {@code null}
 */
public record Column(
        @NotBlank @Size(max = 256) String name,
        @NotBlank @Size(max = 256) String dataType,
        @Nullable @Size(max = 4096) String comment) {

    /**
     * Creates a column.
     *
     * @throws NullPointerException if {@code name} or {@code dataType} is null
     */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
    }
}
