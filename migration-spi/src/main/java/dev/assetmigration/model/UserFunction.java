package dev.assetmigration.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user-defined function. The resources that hold its classes are listed among the
 * {@linkplain AssetMeta#dependencies() dependencies}.
 *
 * @param meta the common fields; the name is the function's SQL name
 * @param className the fully qualified class (or module.Class for Python) implementing it
 * @param category the function category (for example {@code MATH}, {@code STRING}), or
 *     {@code null}
 * @param usage the command syntax shown to users, or {@code null}
 * @param description what it does, or {@code null}
 */
public record UserFunction(
        @NotNull @Valid AssetMeta meta,
        @NotBlank @Size(max = 1024) String className,
        @Nullable @Size(max = 64) String category,
        @Nullable @Size(max = 4096) String usage,
        @Nullable @Size(max = 4096) String description) implements Asset {

    /**
     * Creates the function.
     *
     * @throws NullPointerException if {@code meta} or {@code className} is null
     */
    public UserFunction {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(className, "className");
    }

    @Override
    public AssetType type() {
        return AssetType.FUNCTION;
    }

    @Override
    public UserFunction withMeta(AssetMeta newMeta) {
        return new UserFunction(newMeta, className, category, usage, description);
    }
}
