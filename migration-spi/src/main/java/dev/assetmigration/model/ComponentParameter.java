package dev.assetmigration.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A declared input or output parameter of a {@link Component}.
 *
 * @param name the parameter name as it appears in the code
 * @param type the parameter type, for example {@code STRING} or {@code TABLE}
 * @param description what it means, or {@code null}
 */
public record ComponentParameter(
        @NotBlank @Size(max = 256) String name,
        @NotBlank @Size(max = 64) String type,
        @Nullable @Size(max = 4096) String description) {

    /**
     * Creates a parameter.
     *
     * @throws NullPointerException if {@code name} or {@code type} is null
     */
    public ComponentParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
