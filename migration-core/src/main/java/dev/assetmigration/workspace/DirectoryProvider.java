package dev.assetmigration.workspace;

import dev.assetmigration.error.AssetConflictException;
import dev.assetmigration.error.AssetNotFoundException;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.spi.AssetProvider;
import dev.assetmigration.spi.AssetQuery;
import dev.assetmigration.workspace.internal.IndexEntry;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** The assets of one type in a {@link DirectoryWorkspace}; all state lives in the workspace. */
final class DirectoryProvider implements AssetProvider {

    private final DirectoryWorkspace workspace;
    private final AssetType type;

    DirectoryProvider(DirectoryWorkspace workspace, AssetType type) {
        this.workspace = workspace;
        this.type = type;
    }

    @Override
    public AssetType type() {
        return type;
    }

    @Override
    public Stream<Asset> list(AssetQuery query) {
        Objects.requireNonNull(query, "query");
        if (!query.includesType(type)) {
            return Stream.empty();
        }
        // The index iterates in id order and is weakly consistent; files are read as the stream reaches them.
        return workspace.index(type).byId.values().stream()
                .filter(entry -> query.ids().isEmpty() || query.ids().contains(entry.id()))
                .filter(entry -> query.modifiedAfter() == null || entry.modifiedAt().isAfter(query.modifiedAfter()))
                .filter(entry -> query.folders().isEmpty()
                        || query.folders().stream().anyMatch(f -> AssetQuery.isWithin(entry.folder(), f)))
                .map(entry -> workspace.find(type, entry))
                .flatMap(Optional::stream)
                .filter(query::matches);
    }

    @Override
    public Optional<Asset> findById(String id) {
        Objects.requireNonNull(id, "id");
        return workspace.find(type, workspace.index(type).byId.get(id));
    }

    @Override
    public Optional<Asset> findByName(String folder, String name) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(name, "name");
        String id = workspace.index(type).byName.get(IndexEntry.nameKey(folder, name));
        return id == null ? Optional.empty() : findById(id);
    }

    @Override
    public Asset create(Asset asset) {
        requireOwnType(asset);
        workspace.checkSecrets(asset);
        return workspace.change(asset.ref(), "create " + asset.ref(), journal -> {
            DirectoryWorkspace.TypeIndex index = workspace.index(type);
            String holder = index.byName.get(IndexEntry.nameKey(asset.folder(), asset.name()));
            if (holder != null) {
                throw new AssetConflictException(asset.ref(), AssetRef.of(type, holder), asset.meta().path());
            }
            String id = index.byId.containsKey(asset.id()) ? freshId(index) : asset.id();
            Asset stored = id.equals(asset.id()) ? asset : asset.withMeta(asset.meta().withId(id));
            workspace.store(journal, stored, null);
            return stored;
        });
    }

    @Override
    public Asset update(Asset asset) {
        requireOwnType(asset);
        workspace.checkSecrets(asset);
        return workspace.change(asset.ref(), "update " + asset.ref(), journal -> {
            DirectoryWorkspace.TypeIndex index = workspace.index(type);
            IndexEntry entry = index.byId.get(asset.id());
            if (entry == null) {
                throw new AssetNotFoundException(asset.ref(), workspace.info().workspace());
            }
            String holder = index.byName.get(IndexEntry.nameKey(asset.folder(), asset.name()));
            if (holder != null && !holder.equals(asset.id())) {
                throw new AssetConflictException(asset.ref(), AssetRef.of(type, holder), asset.meta().path());
            }
            workspace.store(journal, asset, workspace.read(type, entry));
            return asset;
        });
    }

    @Override
    public boolean delete(String id) {
        Objects.requireNonNull(id, "id");
        if (!workspace.index(type).byId.containsKey(id)) {
            return false;
        }
        return workspace.change(AssetRef.of(type, id), "delete " + type + "/" + id, journal -> {
            IndexEntry entry = workspace.index(type).byId.get(id);
            if (entry == null) {
                return false;
            }
            workspace.remove(journal, workspace.read(type, entry));
            return true;
        });
    }

    private void requireOwnType(Asset asset) {
        Objects.requireNonNull(asset, "asset");
        if (asset.type() != type) {
            throw new IllegalArgumentException("the " + type + " provider of " + workspace + " cannot store "
                    + asset.ref() + ", an asset of type " + asset.type());
        }
    }

    private static String freshId(DirectoryWorkspace.TypeIndex index) {
        String id;
        do {
            id = UUID.randomUUID().toString();
        } while (index.byId.containsKey(id));
        return id;
    }

    @Override
    public String toString() {
        return "DirectoryProvider[" + type + " in " + workspace.root() + "]";
    }
}
