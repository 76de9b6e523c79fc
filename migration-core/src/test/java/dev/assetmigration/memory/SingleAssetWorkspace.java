package dev.assetmigration.memory;

import dev.assetmigration.error.ReadOnlyWorkspaceException;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.spi.AssetProvider;
import dev.assetmigration.spi.AssetQuery;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.spi.WorkspaceInfo;
import dev.assetmigration.testkit.InMemoryWorkspace;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** A read-only workspace serving one asset as given, content included (never copied). */
final class SingleAssetWorkspace implements Workspace {

    private final Asset asset;

    SingleAssetWorkspace(Asset asset) {
        this.asset = asset;
    }

    @Override
    public WorkspaceInfo info() {
        return InMemoryWorkspace.DEFAULT_INFO;
    }

    @Override
    public Set<AssetType> supportedTypes() {
        return Set.of(asset.type());
    }

    @Override
    public boolean readOnly() {
        return true;
    }

    @Override
    public AssetProvider provider(AssetType type) {
        return new AssetProvider() {
            @Override
            public AssetType type() {
                return type;
            }

            @Override
            public Stream<Asset> list(AssetQuery query) {
                return Stream.of(asset).filter(query::matches);
            }

            @Override
            public Optional<Asset> findById(String id) {
                return Optional.of(asset).filter(a -> a.id().equals(id));
            }

            @Override
            public Optional<Asset> findByName(String folder, String name) {
                return Optional.of(asset).filter(a -> a.folder().equals(folder) && a.name().equals(name));
            }

            @Override
            public Asset create(Asset given) {
                throw new ReadOnlyWorkspaceException(info().workspace());
            }

            @Override
            public Asset update(Asset given) {
                throw new ReadOnlyWorkspaceException(info().workspace());
            }

            @Override
            public boolean delete(String id) {
                throw new ReadOnlyWorkspaceException(info().workspace());
            }
        };
    }
}
