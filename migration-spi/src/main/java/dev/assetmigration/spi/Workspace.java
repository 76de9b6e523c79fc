package dev.assetmigration.spi;

import dev.assetmigration.error.UnsupportedAssetTypeException;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetType;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A place that holds development assets: a platform workspace, a directory, an in-memory fake,
 * or a read-only view over a scheduler's job definitions.
 *
 * <p>A workspace hands out one {@link AssetProvider} per supported type and may offer optional
 * {@linkplain WorkspaceCapability capabilities}. Implementations are thread-safe. The rules an
 * implementation must follow are numbered in {@code docs/spi-rules.md}; run the conformance kit
 * of {@code migration-test-kit} against yours.
 */
public interface Workspace {

    /**
     * Returns where this workspace lives.
     *
     * @return the coordinates
     */
    WorkspaceInfo info();

    /**
     * Returns the asset types this workspace holds.
     *
     * @return the types, never empty
     */
    Set<AssetType> supportedTypes();

    /**
     * Returns the provider for one asset type. Repeated calls may return the same instance.
     *
     * @param type a type among {@link #supportedTypes()}
     * @return the provider, whose {@link AssetProvider#type()} is {@code type}
     * @throws UnsupportedAssetTypeException if the type is not supported
     */
    AssetProvider provider(AssetType type);

    /**
     * Looks up an optional capability.
     *
     * @param capability the capability interface, for example {@code Tombstones.class}
     * @param <C> the capability type
     * @return the capability, or empty if this workspace does not offer it
     */
    default <C extends WorkspaceCapability> Optional<C> capability(Class<C> capability) {
        return Optional.empty();
    }

    /**
     * Tells whether this workspace refuses writes. Writes to a read-only workspace throw
     * {@link dev.assetmigration.error.ReadOnlyWorkspaceException}.
     *
     * @return {@code true} if read-only
     */
    default boolean readOnly() {
        return false;
    }

    /**
     * Streams the assets matching a query across all supported types: types in
     * {@link AssetType} declaration order, each in its provider's id order. Types the query
     * names but this workspace does not support are skipped.
     *
     * @param query the criteria
     * @return the assets; the caller closes the stream, which closes every provider stream
     */
    default Stream<Asset> assets(AssetQuery query) {
        return supportedTypes().stream()
                .sorted()
                .filter(query::includesType)
                .flatMap(type -> provider(type).list(query));
    }
}
