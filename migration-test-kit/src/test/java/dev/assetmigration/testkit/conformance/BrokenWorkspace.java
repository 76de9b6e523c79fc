package dev.assetmigration.testkit.conformance;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.Content;
import dev.assetmigration.model.DataSource;
import dev.assetmigration.model.Resource;
import dev.assetmigration.spi.AssetProvider;
import dev.assetmigration.spi.AssetQuery;
import dev.assetmigration.spi.Tombstone;
import dev.assetmigration.spi.Tombstones;
import dev.assetmigration.spi.Transactions;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.spi.WorkspaceCapability;
import dev.assetmigration.spi.WorkspaceInfo;
import dev.assetmigration.testkit.InMemoryWorkspace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An in-memory workspace with exactly one deliberate bug, to prove that the conformance kit
 * catches it with the right rule.
 */
final class BrokenWorkspace implements Workspace {

    /** The bug. */
    enum Breakage {
        /** Stores every asset without its extension map. */
        DROPS_EXTENSIONS,
        /** Lists as if no modified-after bound were given. */
        IGNORES_MODIFIED_AFTER,
        /** Keeps the size of resource content but stores zeros instead of the bytes. */
        LOSES_BYTES,
        /** Stores data sources without their secrets. */
        DROPS_SECRETS,
        /** Lists in descending id order. */
        UNSORTED_LIST,
        /** Filters folders by string prefix, so that 'a/b' also matches 'a/bc'. */
        PREFIX_FOLDERS,
        /** Create with a taken id replaces the asset holding it. */
        OVERWRITES_TAKEN_ID,
        /** Delete answers true for ids that do not exist. */
        DELETE_ALWAYS_TRUE,
        /** Collects copies of every asset into a list before returning the listing. */
        MATERIALISES_LIST,
        /** Transactions whose rollback undoes nothing. */
        ROLLBACK_DOES_NOTHING,
        /** Says it does not support COMPONENT but hands out a provider for it anyway. */
        SERVES_UNSUPPORTED_TYPE,
        /** Finds by name in any folder. */
        FIND_BY_NAME_IGNORES_FOLDER,
        /** Streams tombstones newest first. */
        TOMBSTONES_NEWEST_FIRST,
        /** Says it is read-only but accepts writes. */
        CLAIMS_READ_ONLY_BUT_WRITES,
        /** Refuses writes but says readOnly() is false. */
        HIDES_READ_ONLY,
        /** Not a bug: the store issues its own ids and ignores proposed ones, as the SPI allows. */
        ISSUES_OWN_IDS
    }

    private final java.util.concurrent.atomic.AtomicLong issued = new java.util.concurrent.atomic.AtomicLong();

    private final InMemoryWorkspace store;
    private final Breakage breakage;

    BrokenWorkspace(Breakage breakage) {
        this(breakage, InMemoryWorkspace.empty());
    }

    BrokenWorkspace(Breakage breakage, InMemoryWorkspace store) {
        this.breakage = breakage;
        this.store = store;
    }

    @Override
    public boolean readOnly() {
        return switch (breakage) {
            case CLAIMS_READ_ONLY_BUT_WRITES -> true;
            case HIDES_READ_ONLY -> false;
            default -> store.readOnly();
        };
    }

    @Override
    public WorkspaceInfo info() {
        return store.info();
    }

    @Override
    public Set<AssetType> supportedTypes() {
        if (breakage == Breakage.SERVES_UNSUPPORTED_TYPE) {
            Set<AssetType> types = EnumSet.allOf(AssetType.class);
            types.remove(AssetType.COMPONENT);
            return types;
        }
        return store.supportedTypes();
    }

    @Override
    public AssetProvider provider(AssetType type) {
        return new Provider(store.provider(type));
    }

    @Override
    public <C extends WorkspaceCapability> Optional<C> capability(Class<C> capability) {
        if (breakage == Breakage.ROLLBACK_DOES_NOTHING && capability == Transactions.class) {
            Transactions noUndo = () -> new Transactions.Transaction() {
                @Override
                public void commit() {
                }

                @Override
                public void rollback() {
                }

                @Override
                public void close() {
                }
            };
            return Optional.of(capability.cast(noUndo));
        }
        if (breakage == Breakage.TOMBSTONES_NEWEST_FIRST && capability == Tombstones.class) {
            Tombstones real = store.capability(Tombstones.class).orElseThrow();
            Tombstones reversed = since -> {
                List<Tombstone> all = new ArrayList<>(real.deletedSince(since).toList());
                Collections.reverse(all);
                return all.stream();
            };
            return Optional.of(capability.cast(reversed));
        }
        return store.capability(capability);
    }

    private Asset broken(Asset asset) {
        return switch (breakage) {
            case DROPS_EXTENSIONS -> asset.withMeta(asset.meta().withExtensions(Map.of()));
            case LOSES_BYTES -> asset instanceof Resource r
                    ? r.withContent(Content.ofBytes(new byte[(int) r.content().size()])) : asset;
            case DROPS_SECRETS -> asset instanceof DataSource d ? d.withSecrets(Map.of()) : asset;
            default -> asset;
        };
    }

    private final class Provider implements AssetProvider {
        private final AssetProvider real;

        Provider(AssetProvider real) {
            this.real = real;
        }

        @Override
        public AssetType type() {
            return real.type();
        }

        @Override
        public Stream<Asset> list(AssetQuery query) {
            return switch (breakage) {
                case IGNORES_MODIFIED_AFTER -> real.list(query.withModifiedAfter(null));
                case UNSORTED_LIST -> {
                    List<Asset> all = new ArrayList<>(real.list(query).toList());
                    Collections.reverse(all);
                    yield all.stream();
                }
                case PREFIX_FOLDERS -> real.list(new AssetQuery(query.types(), query.modifiedAfter(), Set.of(), query.ids()))
                        .filter(a -> query.folders().isEmpty() || query.folders().stream().anyMatch(f -> a.folder().startsWith(f)));
                case MATERIALISES_LIST -> real.list(query).map(a -> a.withMeta(a.meta())).toList().stream();
                default -> real.list(query);
            };
        }

        @Override
        public Optional<Asset> findById(String id) {
            return real.findById(id);
        }

        @Override
        public Optional<Asset> findByName(String folder, String name) {
            if (breakage == Breakage.FIND_BY_NAME_IGNORES_FOLDER) {
                try (Stream<Asset> all = real.list(AssetQuery.all())) {
                    return all.filter(a -> a.name().equals(name)).findFirst();
                }
            }
            return real.findByName(folder, name);
        }

        @Override
        public Asset create(Asset asset) {
            if (breakage == Breakage.OVERWRITES_TAKEN_ID && real.findById(asset.id()).isPresent()) {
                return real.update(broken(asset));
            }
            if (breakage == Breakage.ISSUES_OWN_IDS) {
                return real.create(asset.withMeta(asset.meta().withId(String.format("own-%08d", issued.incrementAndGet()))));
            }
            return real.create(broken(asset));
        }

        @Override
        public Asset update(Asset asset) {
            return real.update(broken(asset));
        }

        @Override
        public Asset write(Asset asset) {
            return real.write(broken(asset));
        }

        @Override
        public boolean delete(String id) {
            boolean deleted = real.delete(id);
            return breakage == Breakage.DELETE_ALWAYS_TRUE || deleted;
        }
    }
}
