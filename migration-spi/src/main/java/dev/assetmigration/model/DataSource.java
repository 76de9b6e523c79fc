package dev.assetmigration.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A connection definition. Plain connection properties (host, port, database…) and secret ones
 * (password, access key…) are kept apart so that secrets can be replaced by placeholders before
 * an asset leaves its workspace. Tasks bind a data source by its {@linkplain AssetMeta#name()
 * name}.
 *
 * @param meta the common fields
 * @param kind the connector kind, lower case: {@code mysql}, {@code odps}, {@code hive}…
 * @param properties the non-secret connection properties, sorted by key
 * @param secrets the secret connection properties, sorted by key
 */
public record DataSource(
        @NotNull @Valid AssetMeta meta,
        @NotBlank @Pattern(regexp = "[a-z0-9_.-]+", message = "must be a lower-case connector kind") String kind,
        @NotNull Map<@NotBlank String, @NotNull String> properties,
        @NotNull Map<@NotBlank String, @NotNull @Valid Secret> secrets) implements Asset {

    /**
     * Creates the data source; maps are copied and sorted.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is both a property and a secret
     */
    public DataSource {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(kind, "kind");
        properties = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(properties, "properties")));
        secrets = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(secrets, "secrets")));
        for (String key : secrets.keySet()) {
            if (properties.containsKey(key)) {
                throw new IllegalArgumentException("data source '" + meta.name() + "' has '" + key
                        + "' both as a plain property and as a secret; keep it in one map only");
            }
        }
    }

    @Override
    public AssetType type() {
        return AssetType.DATA_SOURCE;
    }

    @Override
    public DataSource withMeta(AssetMeta newMeta) {
        return new DataSource(newMeta, kind, properties, secrets);
    }

    /**
     * Returns a copy with other secrets.
     *
     * @param newSecrets the secrets
     * @return the copy
     */
    public DataSource withSecrets(Map<String, Secret> newSecrets) {
        return new DataSource(meta, kind, properties, newSecrets);
    }
}
