package dev.assetmigration.schedulers.internal;

import dev.assetmigration.error.ReadOnlyWorkspaceException;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.spi.AssetProvider;
import dev.assetmigration.spi.AssetQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** An immutable, in-memory provider of one asset type that refuses every write. */
public final class ReadOnlyProvider implements AssetProvider {

    private final AssetType type;
    private final String workspace;
    private final TreeMap<String, Asset> byId = new TreeMap<>();
    private final Map<String, Asset> byPath = new HashMap<>();

    /**
     * Creates the provider.
     *
     * @param type the asset type
     * @param workspace the workspace name, for error messages
     * @param assets the assets, all of that type, ids and folder + name unique
     */
    public ReadOnlyProvider(AssetType type, String workspace, Collection<Asset> assets) {
        this.type = type;
        this.workspace = workspace;
        for (Asset asset : assets) {
            if (asset.type() != type) {
                throw new IllegalArgumentException(asset.ref() + " is not of type " + type);
            }
            if (byId.put(asset.id(), asset) != null || byPath.put(key(asset.folder(), asset.name()), asset) != null) {
                throw new IllegalStateException("duplicate " + type + " " + asset.meta().path());
            }
        }
    }

    private static String key(String folder, String name) {
        return folder + '\u0000' + name;
    }

    @Override
    public AssetType type() {
        return type;
    }

    @Override
    public Stream<Asset> list(AssetQuery query) {
        if (!query.includesType(type)) {
            return Stream.empty();
        }
        return byId.values().stream().filter(query::matches);
    }

    @Override
    public Optional<Asset> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Asset> findByName(String folder, String name) {
        return Optional.ofNullable(byPath.get(key(folder, name)));
    }

    @Override
    public Asset create(Asset asset) {
        throw new ReadOnlyWorkspaceException(workspace);
    }

    @Override
    public Asset update(Asset asset) {
        throw new ReadOnlyWorkspaceException(workspace);
    }

    @Override
    public Asset write(Asset asset) {
        throw new ReadOnlyWorkspaceException(workspace);
    }

    @Override
    public boolean delete(String id) {
        throw new ReadOnlyWorkspaceException(workspace);
    }
}
