package dev.assetmigration.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A file that tasks and functions use. Its bytes are streamed through {@link Content}, never
 * held whole by the library.
 *
 * @param meta the common fields
 * @param kind the kind of file
 * @param fileName the file name, with extension (for example {@code udf-1.2.jar})
 * @param content the bytes
 */
public record Resource(
        @NotNull @Valid AssetMeta meta,
        @NotNull ResourceKind kind,
        @NotBlank @Size(max = 255) @Pattern(regexp = "[^/\\\\\\p{Cntrl}]+", message = "must be a plain file name") String fileName,
        @NotNull Content content) implements Asset {

    /**
     * Creates the resource.
     *
     * @throws NullPointerException if an argument is null
     */
    public Resource {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public AssetType type() {
        return AssetType.RESOURCE;
    }

    @Override
    public Resource withMeta(AssetMeta newMeta) {
        return new Resource(newMeta, kind, fileName, content);
    }

    /**
     * Returns a copy with other bytes.
     *
     * @param newContent the content
     * @return the copy
     */
    public Resource withContent(Content newContent) {
        return new Resource(meta, kind, fileName, newContent);
    }
}
