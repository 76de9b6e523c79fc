package dev.assetmigration.testkit;

import dev.assetmigration.error.AssetConflictException;
import dev.assetmigration.error.AssetNotFoundException;
import dev.assetmigration.error.ProviderException;
import dev.assetmigration.error.ReadOnlyWorkspaceException;
import dev.assetmigration.error.UnsupportedAssetTypeException;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.Content;
import dev.assetmigration.model.Resource;
import dev.assetmigration.spi.AssetProvider;
import dev.assetmigration.spi.AssetQuery;
import dev.assetmigration.spi.Deployment;
import dev.assetmigration.spi.Tombstone;
import dev.assetmigration.spi.Tombstones;
import dev.assetmigration.spi.Transactions;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.spi.WorkspaceCapability;
import dev.assetmigration.spi.WorkspaceInfo;
import dev.assetmigration.testkit.internal.Contents;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A complete, thread-safe workspace held in memory: every asset type, and every optional
 * capability ({@link Deployment}, {@link Tombstones}, {@link Transactions}), each of which can be
 * switched off to test code paths where a provider lacks it. It passes the conformance kit.
 *
 * <pre>{@code
 * InMemoryWorkspace target = InMemoryWorkspace.builder()
 *         .info(new WorkspaceInfo("dataworks-2024", "acme", "cn-shanghai", "prod"))
 *         .asset(AssetFixtures.autoTask("load_orders").folder("sales/daily").build())
 *         .withoutTransactions()          // import must undo its writes one by one
 *         .build();
 * }</pre>
 *
 * <p>Behaviour, beyond the SPI contract:
 * <ul>
 *   <li>Assets are stored exactly as given: {@code modifiedAt} is the asset's own field, never
 *       stamped. Resource content is copied into memory on write, so the workspace owns its
 *       bytes; a content that yields another number of bytes than it declares is refused with a
 *       {@link ProviderException}.</li>
 *   <li>{@link AssetProvider#list} iterates a concurrent sorted map: ascending id order, no copy
 *       of the store per call, weakly consistent with concurrent writes.</li>
 *   <li>{@link AssetProvider#create} keeps the proposed id when it is free; otherwise it assigns
 *       {@code id-2}, {@code id-3}, … (the first free one), so ids are deterministic.</li>
 *   <li>Writes are serialised on one lock per workspace; reads take no lock.</li>
 *   <li>{@link Transactions}: one transaction at a time; a second {@code begin()} while one is
 *       open fails with a {@link ProviderException}. While open, every write of every provider
 *       belongs to it; rollback restores assets, names and tombstones exactly.</li>
 *   <li>{@link Deployment}: accepts task references only, records what was deployed
 *       ({@link #deployments()}) and skips tasks already deployed in their current state.</li>
 *   <li>{@link Tombstones}: deletions are stamped with the builder's {@link Clock}.</li>
 * </ul>
 */
public final class InMemoryWorkspace implements Workspace {

    /** The coordinates used when the builder is given none. */
    public static final WorkspaceInfo DEFAULT_INFO =
            new WorkspaceInfo("in-memory", "test-account", "local", "in-memory");

    private final WorkspaceInfo info;
    private final Set<AssetType> supportedTypes;
    private final Map<AssetType, Store> stores = new EnumMap<>(AssetType.class);
    private final Map<Class<? extends WorkspaceCapability>, WorkspaceCapability> capabilities = new LinkedHashMap<>();
    private final boolean readOnly;
    private final Clock clock;
    private final Object writeLock = new Object();
    private final Map<AssetRef, Tombstone> tombstones = new ConcurrentHashMap<>();
    private final Map<AssetRef, Asset> deployedState = new ConcurrentHashMap<>();
    private final List<AssetRef> deployments = new ArrayList<>();
    private @Nullable Deque<Undo> journal;

    private InMemoryWorkspace(Builder builder) {
        this.info = builder.info;
        this.supportedTypes = Set.copyOf(builder.types);
        this.readOnly = builder.readOnly;
        this.clock = builder.clock;
        for (AssetType type : builder.types) {
            stores.put(type, new Store(type));
        }
        if (builder.deployment) {
            capabilities.put(Deployment.class, (Deployment) this::deploy);
        }
        if (builder.tombstones) {
            capabilities.put(Tombstones.class, (Tombstones) this::deletedSince);
        }
        if (builder.transactions) {
            capabilities.put(Transactions.class, (Transactions) this::begin);
        }
        for (Asset asset : builder.seed) {
            Store store = storeFor(asset.type());
            if (store.byId.containsKey(asset.id())) {
                throw new IllegalArgumentException("Seed has two " + asset.type() + " assets with id '"
                        + asset.id() + "'; give each seeded asset its own id.");
            }
            store.checkNameFree(asset, null);
            store.put(ownBytes(asset));
        }
    }

    /**
     * Starts a builder: default coordinates, every asset type, every capability, writable, the
     * system UTC clock, no assets.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns an empty workspace with every type and capability.
     *
     * @return a new workspace
     */
    public static InMemoryWorkspace empty() {
        return builder().build();
    }

    @Override
    public WorkspaceInfo info() {
        return info;
    }

    @Override
    public Set<AssetType> supportedTypes() {
        return supportedTypes;
    }

    @Override
    public AssetProvider provider(AssetType type) {
        Objects.requireNonNull(type, "type");
        return storeFor(type);
    }

    @Override
    public <C extends WorkspaceCapability> Optional<C> capability(Class<C> capability) {
        Objects.requireNonNull(capability, "capability");
        return Optional.ofNullable(capabilities.get(capability)).map(capability::cast);
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    /**
     * Returns every task reference deployed through {@link Deployment}, in deployment order,
     * including repeated deployments of changed tasks.
     *
     * @return an immutable copy of the deployment log
     */
    public List<AssetRef> deployments() {
        synchronized (writeLock) {
            return List.copyOf(deployments);
        }
    }

    /**
     * Tells whether a task is deployed in its current state.
     *
     * @param task the task reference
     * @return {@code true} if the task exists and its current state was deployed
     */
    public boolean isDeployedInCurrentState(AssetRef task) {
        Asset deployed = deployedState.get(task);
        return deployed != null && stores.containsKey(task.type())
                && deployed.equals(stores.get(task.type()).byId.get(task.id()));
    }

    /**
     * Counts the assets of every type.
     *
     * @return the number of assets held
     */
    public int size() {
        return stores.values().stream().mapToInt(s -> s.byId.size()).sum();
    }

    /**
     * Tells whether a transaction is open.
     *
     * @return {@code true} between {@code begin()} and its commit or rollback
     */
    public boolean inTransaction() {
        synchronized (writeLock) {
            return journal != null;
        }
    }

    /** Returns the coordinates and the number of assets per type. */
    @Override
    public String toString() {
        StringBuilder counts = new StringBuilder();
        stores.forEach((type, store) -> counts.append(counts.length() == 0 ? "" : ", ")
                .append(type).append('=').append(store.byId.size()));
        return "InMemoryWorkspace[" + info + "; " + counts + "]";
    }

    private Store storeFor(AssetType type) {
        Store store = stores.get(type);
        if (store == null) {
            throw new UnsupportedAssetTypeException(type, info.workspace());
        }
        return store;
    }

    private void checkWritable() {
        if (readOnly) {
            throw new ReadOnlyWorkspaceException(info.workspace());
        }
    }

    private static Asset ownBytes(Asset asset) {
        if (asset instanceof Resource resource) {
            return resource.withContent(Content.ofBytes(Contents.readAll(resource.content(), resource.ref())));
        }
        return asset;
    }

    // ---- capabilities -------------------------------------------------------------------------

    private List<AssetRef> deploy(Collection<AssetRef> tasks) {
        List<AssetRef> requested = List.copyOf(tasks);
        synchronized (writeLock) {
            checkWritable();
            List<Asset> current = new ArrayList<>();
            for (AssetRef ref : requested) {
                if (!ref.type().isTask()) {
                    throw new IllegalArgumentException("Cannot deploy " + ref + ": only tasks are deployed;"
                            + " leave other asset types out of the deployment.");
                }
                Store store = stores.get(ref.type());
                Asset asset = store == null ? null : store.byId.get(ref.id());
                if (asset == null) {
                    throw new AssetNotFoundException(ref, info.workspace());
                }
                current.add(asset);
            }
            List<AssetRef> deployed = new ArrayList<>();
            for (Asset asset : current) {
                if (!asset.equals(deployedState.get(asset.ref()))) {
                    deployedState.put(asset.ref(), asset);
                    deployments.add(asset.ref());
                    deployed.add(asset.ref());
                }
            }
            return List.copyOf(deployed);
        }
    }

    private Stream<Tombstone> deletedSince(Instant since) {
        Objects.requireNonNull(since, "since");
        return tombstones.values().stream()
                .filter(t -> t.deletedAt().isAfter(since))
                .sorted(Comparator.comparing(Tombstone::deletedAt).thenComparing(Tombstone::asset))
                .toList()
                .stream();
    }

    private Transactions.Transaction begin() {
        synchronized (writeLock) {
            if (journal != null) {
                throw new ProviderException(null, "A transaction is already open in workspace '" + info.workspace()
                        + "'; commit or roll it back before beginning another.", null);
            }
            Deque<Undo> opened = new ArrayDeque<>();
            journal = opened;
            return new InMemoryTransaction(opened);
        }
    }

    /** What to restore to undo one write: the prior asset and tombstone under one reference. */
    private record Undo(AssetRef ref, @Nullable Asset before, @Nullable Tombstone tombstoneBefore) {
    }

    private void journal(AssetRef ref, @Nullable Asset before) {
        Deque<Undo> open = journal;
        if (open != null) {
            open.push(new Undo(ref, before, tombstones.get(ref)));
        }
    }

    private final class InMemoryTransaction implements Transactions.Transaction {
        private final Deque<Undo> undo;
        private boolean finished;

        InMemoryTransaction(Deque<Undo> undo) {
            this.undo = undo;
        }

        @Override
        public void commit() {
            synchronized (writeLock) {
                requireOpen("commit");
                finished = true;
                journal = null;
            }
        }

        @Override
        public void rollback() {
            synchronized (writeLock) {
                requireOpen("roll back");
                while (!undo.isEmpty()) {
                    Undo step = undo.pop();
                    Store store = stores.get(step.ref().type());
                    Asset now = store.byId.get(step.ref().id());
                    if (now != null) {
                        store.remove(now);
                    }
                    if (step.before() != null) {
                        store.put(step.before());
                    }
                    if (step.tombstoneBefore() == null) {
                        tombstones.remove(step.ref());
                    } else {
                        tombstones.put(step.ref(), step.tombstoneBefore());
                    }
                }
                finished = true;
                journal = null;
            }
        }

        @Override
        public void close() {
            synchronized (writeLock) {
                if (!finished) {
                    rollback();
                }
            }
        }

        private void requireOpen(String verb) {
            if (finished) {
                throw new IllegalStateException("Cannot " + verb + " a transaction of workspace '" + info.workspace()
                        + "' that is already committed or rolled back; begin a new one.");
            }
        }
    }

    // ---- the provider -------------------------------------------------------------------------

    /** One type's assets: a sorted id map and a folder+name index, written under the workspace lock. */
    private final class Store implements AssetProvider {
        private final AssetType type;
        private final ConcurrentSkipListMap<String, Asset> byId = new ConcurrentSkipListMap<>();
        private final Map<String, String> idByPath = new ConcurrentHashMap<>();

        Store(AssetType type) {
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
            if (!query.ids().isEmpty()) {
                return query.ids().stream().sorted().map(byId::get).filter(Objects::nonNull).filter(query::matches);
            }
            return byId.values().stream().filter(query::matches);
        }

        @Override
        public Optional<Asset> findById(String id) {
            Objects.requireNonNull(id, "id");
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<Asset> findByName(String folder, String name) {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(name, "name");
            String id = idByPath.get(path(folder, name));
            Asset asset = id == null ? null : byId.get(id);
            // A concurrent rename may have moved the asset between the two lookups.
            return asset != null && asset.folder().equals(folder) && asset.name().equals(name)
                    ? Optional.of(asset) : Optional.empty();
        }

        @Override
        public Asset create(Asset asset) {
            checkType(asset);
            checkWritable();
            Asset owned = ownBytes(asset);
            synchronized (writeLock) {
                checkWritable();
                String id = freeId(asset.id());
                Asset stored = id.equals(asset.id()) ? owned : owned.withMeta(owned.meta().withId(id));
                checkNameFree(stored, null);
                journal(stored.ref(), null);
                tombstones.remove(stored.ref());
                put(stored);
                return stored;
            }
        }

        @Override
        public Asset update(Asset asset) {
            checkType(asset);
            checkWritable();
            Asset owned = ownBytes(asset);
            synchronized (writeLock) {
                checkWritable();
                Asset before = byId.get(asset.id());
                if (before == null) {
                    throw new AssetNotFoundException(asset.ref(), info.workspace());
                }
                checkNameFree(owned, before);
                journal(owned.ref(), before);
                // Replace in place, so that a concurrent listing always sees one version of it.
                if (!before.meta().path().equals(owned.meta().path())) {
                    idByPath.remove(path(before.folder(), before.name()), before.id());
                }
                put(owned);
                return owned;
            }
        }

        @Override
        public Asset write(Asset asset) {
            checkType(asset);
            synchronized (writeLock) {
                return byId.containsKey(asset.id()) ? update(asset) : create(asset);
            }
        }

        @Override
        public boolean delete(String id) {
            Objects.requireNonNull(id, "id");
            synchronized (writeLock) {
                checkWritable();
                Asset before = byId.get(id);
                if (before == null) {
                    return false;
                }
                journal(before.ref(), before);
                remove(before);
                tombstones.put(before.ref(), new Tombstone(before.ref(), before.folder(), before.name(), clock.instant()));
                return true;
            }
        }

        void put(Asset asset) {
            byId.put(asset.id(), asset);
            idByPath.put(path(asset.folder(), asset.name()), asset.id());
        }

        void remove(Asset asset) {
            idByPath.remove(path(asset.folder(), asset.name()), asset.id());
            byId.remove(asset.id());
        }

        void checkNameFree(Asset asset, @Nullable Asset replacing) {
            String holder = idByPath.get(path(asset.folder(), asset.name()));
            if (holder != null && (replacing == null || !holder.equals(replacing.id()))) {
                throw new AssetConflictException(asset.ref(), new AssetRef(type, holder), asset.meta().path());
            }
        }

        private String freeId(String proposed) {
            if (!byId.containsKey(proposed)) {
                return proposed;
            }
            for (int n = 2; ; n++) {
                String candidate = proposed + "-" + n;
                if (!byId.containsKey(candidate)) {
                    return candidate;
                }
            }
        }

        private void checkType(Asset asset) {
            Objects.requireNonNull(asset, "asset");
            if (asset.type() != type) {
                throw new IllegalArgumentException("The " + type + " provider of workspace '" + info.workspace()
                        + "' cannot store " + asset.ref() + "; use provider(" + asset.type() + ").");
            }
        }

        @Override
        public String toString() {
            return "InMemoryWorkspace provider " + type + " of " + info;
        }
    }

    private static String path(String folder, String name) {
        // '/' cannot occur in a name, so folder + '/' + name is unambiguous.
        return folder + "/" + name;
    }

    /**
     * Configures an {@link InMemoryWorkspace}. Not thread-safe; {@link #build()} may be called
     * more than once and each call returns an independent workspace.
     */
    public static final class Builder {
        private WorkspaceInfo info = DEFAULT_INFO;
        private Set<AssetType> types = EnumSet.allOf(AssetType.class);
        private boolean deployment = true;
        private boolean tombstones = true;
        private boolean transactions = true;
        private boolean readOnly;
        private Clock clock = Clock.system(ZoneOffset.UTC);
        private final List<Asset> seed = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the workspace coordinates.
         *
         * @param workspaceInfo the coordinates
         * @return this builder
         */
        public Builder info(WorkspaceInfo workspaceInfo) {
            this.info = Objects.requireNonNull(workspaceInfo, "workspaceInfo");
            return this;
        }

        /**
         * Restricts the supported asset types; the default is all of them.
         *
         * @param assetTypes at least one type
         * @return this builder
         * @throws IllegalArgumentException if no type is given
         */
        public Builder supportedTypes(AssetType... assetTypes) {
            if (assetTypes.length == 0) {
                throw new IllegalArgumentException("a workspace supports at least one asset type");
            }
            this.types = EnumSet.copyOf(Arrays.asList(assetTypes));
            return this;
        }

        /**
         * Switches the {@link Deployment} capability off.
         *
         * @return this builder
         */
        public Builder withoutDeployment() {
            this.deployment = false;
            return this;
        }

        /**
         * Switches the {@link Tombstones} capability off: deletions are then not remembered.
         *
         * @return this builder
         */
        public Builder withoutTombstones() {
            this.tombstones = false;
            return this;
        }

        /**
         * Switches the {@link Transactions} capability off.
         *
         * @return this builder
         */
        public Builder withoutTransactions() {
            this.transactions = false;
            return this;
        }

        /**
         * Makes the workspace refuse every write with a {@link ReadOnlyWorkspaceException}; seeded
         * assets are still there to read.
         *
         * @return this builder
         */
        public Builder readOnly() {
            this.readOnly = true;
            return this;
        }

        /**
         * Sets the clock that stamps tombstones. Asset {@code modifiedAt} is never stamped.
         *
         * @param tombstoneClock the clock
         * @return this builder
         */
        public Builder clock(Clock tombstoneClock) {
            this.clock = Objects.requireNonNull(tombstoneClock, "tombstoneClock");
            return this;
        }

        /**
         * Seeds one asset, stored under its own id.
         *
         * @param asset the asset
         * @return this builder
         */
        public Builder asset(Asset asset) {
            seed.add(Objects.requireNonNull(asset, "asset"));
            return this;
        }

        /**
         * Seeds assets, each stored under its own id.
         *
         * @param assets the assets
         * @return this builder
         */
        public Builder assets(Collection<? extends Asset> assets) {
            assets.forEach(this::asset);
            return this;
        }

        /**
         * Seeds assets, each stored under its own id.
         *
         * @param assets the assets
         * @return this builder
         */
        public Builder assets(Asset... assets) {
            return assets(Arrays.asList(assets));
        }

        /**
         * Builds the workspace and stores the seeded assets.
         *
         * @return a new workspace
         * @throws IllegalArgumentException if two seeded assets of one type share an id
         * @throws AssetConflictException if two seeded assets of one type share folder and name
         * @throws UnsupportedAssetTypeException if a seeded asset's type is not supported
         */
        public InMemoryWorkspace build() {
            return new InMemoryWorkspace(this);
        }
    }
}
