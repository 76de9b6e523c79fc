package dev.assetmigration.spi;

import dev.assetmigration.error.AssetConflictException;
import dev.assetmigration.error.AssetNotFoundException;
import dev.assetmigration.error.ProviderException;
import dev.assetmigration.error.ReadOnlyWorkspaceException;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetType;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads and writes the assets of one type in one workspace.
 *
 * <p>The rules below are numbered in {@code docs/spi-rules.md} and checked by the conformance
 * kit. In short:
 * <ul>
 *   <li>Everything returned has {@link #type()} as its type and round-trips exactly: what
 *       {@link #create} or {@link #update} stored is what {@link #findById} and {@link #list}
 *       return, including the extension map and every byte of resource content.</li>
 *   <li>Within one workspace and type, ids are unique and so are folder + name pairs.</li>
 *   <li>{@link #list} streams: it must not load every asset of the workspace into memory before
 *       returning, and yields assets in ascending {@linkplain String#compareTo id order}.</li>
 *   <li>Implementations are thread-safe: concurrent writers never lose an update.</li>
 *   <li>Failures of the provider's own store are thrown as {@link ProviderException}; no method
 *       throws a checked exception.</li>
 * </ul>
 */
public interface AssetProvider {

    /**
     * Returns the one asset type this provider handles.
     *
     * @return the type
     */
    AssetType type();

    /**
     * Streams the assets of this type that match the query, in ascending id order. The query's
     * type restriction, if any, is already known to include {@link #type()}.
     *
     * <p>The stream may hold open resources (a cursor, a file handle): callers close it, best
     * with try-with-resources. The stream reflects a consistent view or the live state at the
     * time each element is read; it never yields a half-written asset.
     *
     * @param query the criteria
     * @return the matching assets; the caller closes the stream
     * @throws ProviderException if the store cannot be read
     */
    Stream<Asset> list(AssetQuery query);

    /**
     * Finds an asset by id.
     *
     * @param id the id in this workspace
     * @return the asset, or empty if no asset of this type has that id
     * @throws ProviderException if the store cannot be read
     */
    Optional<Asset> findById(String id);

    /**
     * Finds an asset by its identity across workspaces: folder and name.
     *
     * @param folder the folder path ({@code ""} for the root)
     * @param name the name
     * @return the asset, or empty if none of this type has that folder and name
     * @throws ProviderException if the store cannot be read
     */
    Optional<Asset> findByName(String folder, String name);

    /**
     * Stores a new asset. The id of the given asset is a proposal: the provider keeps it when no
     * asset of this type has it, and assigns a fresh id otherwise (or always, if its store
     * issues ids). Everything else is stored exactly as given.
     *
     * @param asset the asset, of this provider's type
     * @return the stored asset, carrying the id under which it is stored
     * @throws AssetConflictException if another asset of this type has the same folder and name
     * @throws IllegalArgumentException if the asset is of another type
     * @throws ReadOnlyWorkspaceException if the workspace cannot be written
     * @throws ProviderException if the store cannot be written
     */
    Asset create(Asset asset);

    /**
     * Replaces the asset that has the given asset's id.
     *
     * @param asset the new state, of this provider's type
     * @return the stored asset
     * @throws AssetNotFoundException if no asset of this type has that id
     * @throws AssetConflictException if another asset of this type has the same folder and name
     * @throws IllegalArgumentException if the asset is of another type
     * @throws ReadOnlyWorkspaceException if the workspace cannot be written
     * @throws ProviderException if the store cannot be written
     */
    Asset update(Asset asset);

    /**
     * Creates or replaces: {@link #update} when an asset with the given id exists, otherwise
     * {@link #create}.
     *
     * @param asset the asset
     * @return the stored asset with its id in this workspace
     * @throws AssetConflictException if another asset of this type has the same folder and name
     * @throws ReadOnlyWorkspaceException if the workspace cannot be written
     * @throws ProviderException if the store cannot be written
     */
    default Asset write(Asset asset) {
        return findById(asset.id()).isPresent() ? update(asset) : create(asset);
    }

    /**
     * Deletes an asset. Deleting an id that does not exist is not an error. A workspace with the
     * {@link Tombstones} capability records the deletion.
     *
     * @param id the id
     * @return {@code true} if an asset was deleted, {@code false} if none had that id
     * @throws ReadOnlyWorkspaceException if the workspace cannot be written
     * @throws ProviderException if the store cannot be written
     */
    boolean delete(String id);
}
