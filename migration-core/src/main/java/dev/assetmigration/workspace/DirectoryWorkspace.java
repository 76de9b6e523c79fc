package dev.assetmigration.workspace;

import dev.assetmigration.error.MigrationException;
import dev.assetmigration.error.ProviderException;
import dev.assetmigration.error.UnsupportedAssetTypeException;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.Content;
import dev.assetmigration.model.DataSource;
import dev.assetmigration.model.Secret;
import dev.assetmigration.pkg.AssetFile;
import dev.assetmigration.pkg.AssetLayout;
import dev.assetmigration.pkg.MissingEntryException;
import dev.assetmigration.spi.AssetProvider;
import dev.assetmigration.spi.Tombstone;
import dev.assetmigration.spi.Tombstones;
import dev.assetmigration.spi.Transactions;
import dev.assetmigration.spi.WorkspaceCapability;
import dev.assetmigration.spi.WorkspaceInfo;
import dev.assetmigration.workspace.internal.AtomicFiles;
import dev.assetmigration.workspace.internal.FlatJson;
import dev.assetmigration.workspace.internal.IndexEntry;
import dev.assetmigration.workspace.internal.Journal;
import dev.assetmigration.workspace.internal.WorkspaceLock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A workspace stored as plain files in a directory: the embedded default of the CLI, and a
 * workspace that can live in git and be reviewed in a pull request.
 *
 * <pre>{@code
 * DirectoryWorkspace source = DirectoryWorkspace.open(Path.of("examples/sample-workspace"));
 * Migration.export(source).full().toPackage(Path.of("sample.zip"));
 *
 * DirectoryWorkspace target = DirectoryWorkspace.builder(Path.of("copy")).createIfMissing().open();
 * Migration.importPackage(Path.of("sample.zip")).into(target)
 *         .onUnresolvedSecret(UnresolvedSecrets.KEEP_PLACEHOLDER).run();
 * }</pre>
 *
 * <p><b>Layout.</b> Exactly the {@code assets/} tree of an unzipped package
 * ({@link AssetLayout}): {@code assets/<TYPE>/<folder…>/<name>.json} holds every field of an
 * asset; code sits beside it with its natural extension ({@code .sql}, {@code .sh}, {@code .py}…),
 * a resource's bytes under {@code <name>.files/<fileName>}. The workspace's own bookkeeping lives
 * in {@code .migration/}: {@code tombstones.jsonl} (deletions, one JSON line each), and,
 * git-ignored, the {@code lock} file, the {@code journal/} of an unfinished write and the local
 * {@code secrets.jsonl} ({@link ClearSecrets#LOCAL_FILE}).
 *
 * <p><b>Crash safety.</b> Every file is written to a temporary file in its own directory,
 * forced to the disk and renamed over the target. Every change — one {@code create},
 * {@code update} or {@code delete}, or a whole {@linkplain Transactions transaction} — runs
 * under the workspace lock with an undo journal in {@code .migration/journal/}: if the process
 * dies part-way, the next {@link #open} rolls the journal back, so the directory is as it was
 * before the change, or (once committed) fully changed.
 *
 * <p><b>Locking.</b> {@link Transactions#begin()} — what an import calls — takes an exclusive
 * operating-system lock on {@code .migration/lock} and keeps it until commit or rollback; a
 * second import, from this or another process, fails at once with a
 * {@link WorkspaceLockedException} naming the holder's pid, host and start time. Single writes
 * outside a transaction take the lock for their own duration.
 *
 * <p><b>Ids and listing.</b> Opening the workspace reads every descriptor once to build an
 * in-memory index of ids, folders, names and modification times (never code or bytes);
 * {@code list} walks that index in id order and reads each asset's files only when the stream
 * reaches it. The index assumes this instance is the only writer while it is open; other
 * processes' writes are seen after {@link #open} again. Instances are thread-safe.
 */
public final class DirectoryWorkspace implements dev.assetmigration.spi.Workspace {

    /** The directory of the workspace's own bookkeeping, under the root. */
    public static final String META_DIRECTORY = ".migration";

    /** The tombstone file, relative to the root. */
    public static final String TOMBSTONES_FILE = META_DIRECTORY + "/tombstones.jsonl";

    /** The local secret file, relative to the root. */
    public static final String SECRETS_FILE = META_DIRECTORY + "/secrets.jsonl";

    /** The lock file, relative to the root. */
    public static final String LOCK_FILE = META_DIRECTORY + "/lock";

    private static final String GITIGNORE = META_DIRECTORY + "/.gitignore";
    private static final String GITIGNORE_TEXT = "# Runtime files of the directory workspace; never commit them.\n"
            + "lock\njournal/\nsecrets.jsonl\n";

    private static final Comparator<Tombstone> TOMBSTONE_ORDER =
            Comparator.comparing(Tombstone::deletedAt).thenComparing(Tombstone::asset);

    private final Path root;
    private final WorkspaceInfo info;
    private final Clock clock;
    private final ClearSecrets clearSecrets;
    private final AtomicFiles files;
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<AssetType, TypeIndex> index = new EnumMap<>(AssetType.class);
    private final Map<AssetType, DirectoryProvider> providers = new EnumMap<>(AssetType.class);
    private final Map<String, Map<String, String>> localSecrets = new ConcurrentHashMap<>();
    private final List<String> recovered;
    private final TombstoneCapability tombstones = new TombstoneCapability();
    private final TransactionCapability transactions = new TransactionCapability();
    private @Nullable OpenTransaction current;

    private DirectoryWorkspace(Builder builder) {
        this.root = builder.root;
        this.clock = builder.clock;
        this.clearSecrets = builder.clearSecrets;
        this.files = new AtomicFiles(builder.durable);
        this.info = builder.info != null ? builder.info
                : new WorkspaceInfo("directory", "local", "local", nameOf(root));
        for (AssetType type : AssetType.values()) {
            index.put(type, new TypeIndex());
            providers.put(type, new DirectoryProvider(this, type));
        }
        this.recovered = recoverAtOpen();
        reload();
    }

    /**
     * Opens an existing directory as a workspace, with the defaults: durable writes, clear
     * secrets refused, the system clock, coordinates {@code local/local/<directory name>}.
     *
     * @param root the workspace directory
     * @return the workspace
     * @throws MigrationException with code {@code AM-DIR-002} if the directory does not exist,
     *     or {@code AM-DIR-003} if its files are not a valid workspace
     */
    public static DirectoryWorkspace open(Path root) {
        return builder(root).open();
    }

    /**
     * Starts configuring a directory workspace.
     *
     * @param root the workspace directory
     * @return the builder
     */
    public static Builder builder(Path root) {
        return new Builder(root);
    }

    /**
     * Returns the workspace directory.
     *
     * @return the root, absolute
     */
    public Path root() {
        return root;
    }

    /**
     * Returns the files that were restored or deleted when this instance opened, because an
     * earlier process died during a write and left its undo journal behind.
     *
     * @return the paths relative to the root; empty after a clean shutdown
     */
    public List<String> recoveredOnOpen() {
        return recovered;
    }

    /**
     * Tells who holds the workspace lock right now, without taking it.
     *
     * @return the holder, or empty if the workspace is not locked
     */
    public Optional<LockHolder> lockHolder() {
        Path lockFile = root.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return Optional.empty();
        }
        return Optional.ofNullable(WorkspaceLock.holder(lockFile));
    }

    @Override
    public WorkspaceInfo info() {
        return info;
    }

    @Override
    public Set<AssetType> supportedTypes() {
        return Collections.unmodifiableSet(EnumSet.allOf(AssetType.class));
    }

    @Override
    public AssetProvider provider(AssetType type) {
        AssetProvider provider = providers.get(Objects.requireNonNull(type, "type"));
        if (provider == null) {
            throw new UnsupportedAssetTypeException(type, info.workspace());
        }
        return provider;
    }

    @Override
    public <C extends WorkspaceCapability> Optional<C> capability(Class<C> capability) {
        if (capability == Tombstones.class) {
            return Optional.of(capability.cast(tombstones));
        }
        if (capability == Transactions.class) {
            return Optional.of(capability.cast(transactions));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "DirectoryWorkspace[" + root + "]";
    }

    // ------------------------------------------------------------------ reading

    Optional<Asset> find(AssetType type, @Nullable IndexEntry entry) {
        if (entry == null) {
            return Optional.empty();
        }
        rw.readLock().lock();
        try {
            IndexEntry now = index.get(type).byId.get(entry.id());
            return now == null ? Optional.empty() : Optional.of(read(type, now));
        } finally {
            rw.readLock().unlock();
        }
    }

    TypeIndex index(AssetType type) {
        return index.get(type);
    }

    /** Reads an asset's files; the caller holds a lock or accepts a concurrent change. */
    Asset read(AssetType type, IndexEntry entry) {
        Path descriptor = root.resolve(entry.descriptorPath());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(descriptor);
        } catch (IOException e) {
            throw new ProviderException(AssetRef.of(type, entry.id()), "Cannot read " + descriptor + ": " + e.getMessage()
                    + "; the file was removed or is unreadable outside this workspace instance, open the workspace again.", e);
        }
        Asset asset = AssetLayout.read(entry.descriptorPath(), bytes, this::openFile);
        return withLocalSecrets(asset);
    }

    private Content openFile(String path) {
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file)) {
            throw new MissingEntryException(List.of(path));
        }
        return Content.ofPath(file);
    }

    private Asset withLocalSecrets(Asset asset) {
        if (!(asset instanceof DataSource)) {
            return asset;
        }
        DataSource ds = (DataSource) asset;
        Map<String, String> values = localSecrets.get(ds.id());
        if (values == null || values.isEmpty()) {
            return ds;
        }
        Map<String, Secret> secrets = new TreeMap<>(ds.secrets());
        values.forEach((key, value) -> {
            if (secrets.get(key) instanceof Secret.Placeholder) {
                secrets.put(key, new Secret.Value(value));
            }
        });
        return ds.withSecrets(secrets);
    }

    // ------------------------------------------------------------------ writing

    /** A change of files, run inside a journal. */
    @FunctionalInterface
    interface Change<T> {
        T apply(Journal journal) throws IOException;
    }

    <T> T change(@Nullable AssetRef subject, String what, Change<T> change) {
        rw.writeLock().lock();
        try {
            OpenTransaction tx = current;
            if (tx != null) {
                return change.apply(tx.journal);
            }
            try (WorkspaceLock lock = WorkspaceLock.acquire(root, root.resolve(LOCK_FILE), "write", clock.instant())) {
                Objects.requireNonNull(lock);
                prepareForWrites();
                Journal journal = Journal.start(root, journalDir(), files);
                T result;
                try {
                    result = change.apply(journal);
                } catch (IOException | RuntimeException | Error failure) {
                    rollBackAfterFailure(journal, failure);
                    throw failure;
                }
                journal.commit();
                return result;
            }
        } catch (IOException e) {
            throw new ProviderException(subject, "Cannot " + what + " in directory workspace " + root + ": " + e.getMessage()
                    + "; nothing was changed. Check free space and permissions.", e);
        } finally {
            rw.writeLock().unlock();
        }
    }

    private void rollBackAfterFailure(Journal journal, Throwable failure) {
        try {
            journal.rollback();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        } finally {
            reload();
        }
    }

    /** Writes an asset's files and records it in the index; {@code prior} is the stored state it replaces. */
    void store(Journal journal, Asset asset, @Nullable Asset prior) throws IOException {
        Asset stored = asset instanceof DataSource ? AssetLayout.withPlaceholders((DataSource) asset) : asset;
        List<AssetFile> newFiles = AssetLayout.files(stored);
        List<String> oldPaths = prior == null ? List.of() : AssetLayout.files(prior).stream().map(AssetFile::path).toList();
        List<String> newPaths = newFiles.stream().map(AssetFile::path).toList();
        List<String> touched = new ArrayList<>(newPaths);
        touched.addAll(oldPaths);
        for (String path : newPaths) {
            requireSafe(asset.ref(), path);
        }
        journal.beforeChange(touched);
        AtomicFiles changes = journal.changes();
        // Code and bytes first, the descriptor last: the descriptor is what makes the asset visible.
        for (int i = newFiles.size() - 1; i >= 0; i--) {
            AssetFile file = newFiles.get(i);
            long written;
            try (InputStream in = file.content().open()) {
                written = changes.write(root.resolve(file.path()), in);
            }
            if (written != file.content().size()) {
                throw new ProviderException(asset.ref(), "Content of " + asset.ref() + " declared " + file.content().size()
                        + " bytes but yielded " + written + "; nothing was stored.", null);
            }
        }
        for (String path : oldPaths) {
            if (!newPaths.contains(path)) {
                Path file = root.resolve(path);
                changes.delete(file);
                changes.pruneEmpty(file.getParent(), root.resolve(AssetLayout.ASSETS_ROOT));
            }
        }
        if (asset instanceof DataSource) {
            storeLocalSecrets(journal, (DataSource) asset);
        }
        TypeIndex typeIndex = index.get(asset.type());
        if (prior != null) {
            typeIndex.remove(prior.id(), prior.folder(), prior.name());
        }
        typeIndex.put(entryOf(asset, newPaths.get(0)));
    }

    /** Deletes an asset's files, records the tombstone and drops it from the index. */
    void remove(Journal journal, Asset prior) throws IOException {
        List<String> paths = AssetLayout.files(prior).stream().map(AssetFile::path).toList();
        journal.beforeChange(paths);
        for (String path : paths) {
            Path file = root.resolve(path);
            journal.changes().delete(file);
            journal.changes().pruneEmpty(file.getParent(), root.resolve(AssetLayout.ASSETS_ROOT));
        }
        if (localSecrets.containsKey(prior.id()) && prior.type() == AssetType.DATA_SOURCE) {
            localSecrets.remove(prior.id());
            writeLocalSecrets(journal);
        }
        recordTombstone(journal, new Tombstone(prior.ref(), prior.folder(), prior.name(), clock.instant()));
        index.get(prior.type()).remove(prior.id(), prior.folder(), prior.name());
    }

    private static IndexEntry entryOf(Asset asset, String descriptorPath) {
        return new IndexEntry(asset.id(), asset.folder(), asset.name(), asset.meta().modifiedAt(), descriptorPath);
    }

    private static void requireSafe(AssetRef ref, String path) {
        Optional<String> unsafe = AssetLayout.unsafeReason(path);
        if (unsafe.isPresent()) {
            throw new ProviderException(ref, "Refusing to write " + ref + " to '" + path + "': " + unsafe.get() + ".", null);
        }
    }

    void checkSecrets(Asset asset) {
        if (clearSecrets == ClearSecrets.LOCAL_FILE || !(asset instanceof DataSource)) {
            return;
        }
        DataSource ds = (DataSource) asset;
        List<String> clear = ds.secrets().entrySet().stream()
                .filter(e -> e.getValue() instanceof Secret.Value).map(Map.Entry::getKey).toList();
        if (!clear.isEmpty()) {
            throw new MigrationException("AM-DIR-004", "Data source '" + ds.name() + "' carries clear secret(s) " + clear
                    + ", and directory workspace " + root + " never stores clear secrets in its files. Pass placeholders"
                    + " (import with UnresolvedSecrets.KEEP_PLACEHOLDER and no resolver), or open the workspace with"
                    + " ClearSecrets.LOCAL_FILE to keep the values in the git-ignored " + SECRETS_FILE + ".");
        }
    }

    private void storeLocalSecrets(Journal journal, DataSource ds) throws IOException {
        Map<String, String> values = new TreeMap<>();
        ds.secrets().forEach((key, secret) -> {
            if (secret instanceof Secret.Value) {
                values.put(key, ((Secret.Value) secret).value());
            }
        });
        Map<String, String> before = localSecrets.get(ds.id());
        if (values.equals(before == null ? Map.of() : before)) {
            return;
        }
        if (values.isEmpty()) {
            localSecrets.remove(ds.id());
        } else {
            localSecrets.put(ds.id(), values);
        }
        writeLocalSecrets(journal);
    }

    private void writeLocalSecrets(Journal journal) throws IOException {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(localSecrets).forEach((id, values) -> values.forEach((key, value) -> {
            Map<String, @Nullable String> line = new LinkedHashMap<>();
            line.put("id", id);
            line.put("key", key);
            line.put("value", value);
            text.append(FlatJson.write(line)).append('\n');
        }));
        journal.beforeChange(SECRETS_FILE);
        journal.changes().write(root.resolve(SECRETS_FILE), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ tombstones

    private void recordTombstone(Journal journal, Tombstone tombstone) throws IOException {
        Map<AssetRef, Tombstone> latest = new TreeMap<>();
        for (Tombstone known : readTombstones()) {
            latest.put(known.asset(), known);
        }
        latest.put(tombstone.asset(), tombstone);
        StringBuilder text = new StringBuilder();
        latest.values().stream().sorted(TOMBSTONE_ORDER).forEach(t -> {
            Map<String, @Nullable String> line = new LinkedHashMap<>();
            line.put("deletedAt", t.deletedAt().toString());
            line.put("type", t.asset().type().name());
            line.put("id", t.asset().id());
            line.put("folder", t.folder());
            line.put("name", t.name());
            text.append(FlatJson.write(line)).append('\n');
        });
        journal.beforeChange(TOMBSTONES_FILE);
        journal.changes().write(root.resolve(TOMBSTONES_FILE), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<Tombstone> readTombstones() {
        Path file = root.resolve(TOMBSTONES_FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Tombstone> found = new ArrayList<>();
        try {
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Map<String, String> fields = FlatJson.read(line);
                try {
                    Objects.requireNonNull(fields, "not a flat JSON object");
                    found.add(new Tombstone(AssetRef.of(AssetType.valueOf(fields.get("type")), fields.get("id")),
                            fields.get("folder"), fields.get("name"), Instant.parse(fields.get("deletedAt"))));
                } catch (RuntimeException e) {
                    throw new MigrationException("AM-DIR-003", "Line " + number + " of " + file + " is not a tombstone ("
                            + e.getMessage() + "); fix or remove the line.", e);
                }
            }
        } catch (IOException e) {
            throw new ProviderException(null, "Cannot read " + file + ": " + e.getMessage(), e);
        }
        return found;
    }

    private final class TombstoneCapability implements Tombstones {
        @Override
        public Stream<Tombstone> deletedSince(Instant since) {
            Objects.requireNonNull(since, "since");
            rw.readLock().lock();
            try {
                return readTombstones().stream()
                        .filter(t -> t.deletedAt().isAfter(since))
                        .filter(t -> !index.get(t.asset().type()).byId.containsKey(t.asset().id()))
                        .sorted(TOMBSTONE_ORDER)
                        .toList().stream();
            } finally {
                rw.readLock().unlock();
            }
        }
    }

    // ------------------------------------------------------------------ transactions

    private final class OpenTransaction implements Transactions.Transaction {
        private final WorkspaceLock lock;
        private final Journal journal;
        private boolean finished;

        OpenTransaction(WorkspaceLock lock, Journal journal) {
            this.lock = lock;
            this.journal = journal;
        }

        @Override
        public void commit() {
            rw.writeLock().lock();
            try {
                requireOpen();
                try {
                    journal.commit();
                } catch (IOException e) {
                    undo();
                    throw new ProviderException(null, "Cannot commit the transaction on " + root + ": " + e.getMessage()
                            + "; its writes were rolled back.", e);
                }
                finish();
            } finally {
                rw.writeLock().unlock();
            }
        }

        @Override
        public void rollback() {
            rw.writeLock().lock();
            try {
                requireOpen();
                undo();
            } finally {
                rw.writeLock().unlock();
            }
        }

        @Override
        public void close() {
            rw.writeLock().lock();
            try {
                if (!finished) {
                    undo();
                }
            } finally {
                rw.writeLock().unlock();
            }
        }

        private void undo() {
            try {
                journal.rollback();
            } catch (IOException e) {
                throw new ProviderException(null, "Cannot roll back the transaction on " + root + ": " + e.getMessage()
                        + "; the journal stays in " + journalDir() + " and is rolled back when the workspace is next opened.", e);
            } finally {
                reload();
                finish();
            }
        }

        private void finish() {
            finished = true;
            current = null;
            lock.close();
        }

        private void requireOpen() {
            if (finished) {
                throw new IllegalStateException("the transaction on " + root + " is already committed or rolled back");
            }
        }
    }

    private final class TransactionCapability implements Transactions {
        @Override
        public Transaction begin() {
            rw.writeLock().lock();
            try {
                OpenTransaction open = current;
                if (open != null) {
                    throw new WorkspaceLockedException(root, WorkspaceLock.holder(root.resolve(LOCK_FILE)));
                }
                WorkspaceLock lock = WorkspaceLock.acquire(root, root.resolve(LOCK_FILE), "import", clock.instant());
                try {
                    prepareForWrites();
                    OpenTransaction tx = new OpenTransaction(lock, Journal.start(root, journalDir(), files));
                    current = tx;
                    return tx;
                } catch (IOException | RuntimeException e) {
                    lock.close();
                    if (e instanceof RuntimeException) {
                        throw (RuntimeException) e;
                    }
                    throw new ProviderException(null, "Cannot start a transaction on " + root + ": " + e.getMessage(), e);
                }
            } finally {
                rw.writeLock().unlock();
            }
        }
    }

    // ------------------------------------------------------------------ open, recovery, index

    private Path journalDir() {
        return root.resolve(META_DIRECTORY).resolve(Journal.DIRECTORY);
    }

    /** Under the lock, before the first change: finish a crashed writer's journal, keep runtime files out of git. */
    private void prepareForWrites() throws IOException {
        if (Files.isDirectory(journalDir())) {
            Journal.recover(root, journalDir(), files);
            deleteTempFiles();
            reload();
        }
        Path gitignore = root.resolve(GITIGNORE);
        if (!Files.exists(gitignore)) {
            files.write(gitignore, GITIGNORE_TEXT.getBytes(StandardCharsets.UTF_8));
        }
    }

    private List<String> recoverAtOpen() {
        if (!Files.isDirectory(journalDir())) {
            return List.of();
        }
        try (WorkspaceLock lock = WorkspaceLock.acquire(root, root.resolve(LOCK_FILE), "recovery", clock.instant())) {
            Objects.requireNonNull(lock);
            List<String> undone = Journal.recover(root, journalDir(), files);
            deleteTempFiles();
            return List.copyOf(undone);
        } catch (WorkspaceLockedException e) {
            return List.of(); // a live writer owns the journal
        } catch (IOException e) {
            throw new ProviderException(null, "Cannot roll back the unfinished write recorded in " + journalDir() + ": "
                    + e.getMessage() + "; fix the cause (space, permissions) and open the workspace again.", e);
        }
    }

    private void deleteTempFiles() throws IOException {
        Path assets = root.resolve(AssetLayout.ASSETS_ROOT);
        for (Path dir : List.of(assets, root.resolve(META_DIRECTORY))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : (Iterable<Path>) walk::iterator) {
                    if (file.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)) {
                        Files.deleteIfExists(file);
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /** Rebuilds the index and the local secrets from the files. */
    private void reload() {
        localSecrets.clear();
        localSecrets.putAll(readLocalSecrets());
        for (AssetType type : AssetType.values()) {
            TypeIndex fresh = scan(type);
            TypeIndex held = index.get(type);
            held.byId.clear();
            held.byName.clear();
            held.byId.putAll(fresh.byId);
            held.byName.putAll(fresh.byName);
        }
    }

    private TypeIndex scan(AssetType type) {
        TypeIndex found = new TypeIndex();
        Path typeDir = root.resolve(AssetLayout.ASSETS_ROOT).resolve(type.name());
        if (!Files.isDirectory(typeDir)) {
            return found;
        }
        try (Stream<Path> walk = Files.walk(typeDir)) {
            for (Path file : (Iterable<Path>) walk.sorted()::iterator) {
                String path = relative(file);
                if (!Files.isRegularFile(file) || hidden(path) || !AssetLayout.isDescriptor(path)) {
                    continue;
                }
                Asset asset = AssetLayout.read(path, Files.readAllBytes(file), this::openFile);
                String expected = AssetLayout.descriptorPath(asset.type(), asset.folder(), asset.name());
                if (!expected.equals(path)) {
                    throw new MigrationException("AM-DIR-003", "Descriptor " + path + " declares type " + asset.type()
                            + ", folder '" + asset.folder() + "' and name '" + asset.name() + "', so it belongs at "
                            + expected + "; move it there (with its code or .files directory) or fix its fields.");
                }
                IndexEntry clash = found.byId.get(asset.id());
                if (clash != null) {
                    throw new MigrationException("AM-DIR-003", "Descriptors " + clash.descriptorPath() + " and " + path
                            + " both declare id '" + asset.id() + "'; give one of them a new id.");
                }
                found.put(entryOf(asset, path));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ProviderException(null, "Cannot read directory workspace " + root + ": " + e.getMessage(), e);
        }
        return found;
    }

    private Map<String, Map<String, String>> readLocalSecrets() {
        Path file = root.resolve(SECRETS_FILE);
        Map<String, Map<String, String>> values = new TreeMap<>();
        if (!Files.exists(file)) {
            return values;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Map<String, String> fields = line.isBlank() ? null : FlatJson.read(line);
                if (fields != null && fields.containsKey("id") && fields.containsKey("key") && fields.containsKey("value")) {
                    values.computeIfAbsent(fields.get("id"), id -> new TreeMap<>()).put(fields.get("key"), fields.get("value"));
                }
            }
        } catch (IOException e) {
            throw new ProviderException(null, "Cannot read " + file + ": " + e.getMessage(), e);
        }
        return values;
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static boolean hidden(String path) {
        for (String segment : path.split("/")) {
            if (segment.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String nameOf(Path root) {
        Path name = root.getFileName();
        return name == null ? root.toString() : name.toString();
    }

    /** The id index of one type: ids in order, and folder + name to id. */
    static final class TypeIndex {
        final ConcurrentSkipListMap<String, IndexEntry> byId = new ConcurrentSkipListMap<>();
        final ConcurrentHashMap<String, String> byName = new ConcurrentHashMap<>();

        void put(IndexEntry entry) {
            byId.put(entry.id(), entry);
            byName.put(entry.nameKey(), entry.id());
        }

        void remove(String id, String folder, String name) {
            byId.remove(id);
            byName.remove(IndexEntry.nameKey(folder, name), id);
        }
    }

    /**
     * Configures a {@link DirectoryWorkspace}. Single-use and not thread-safe; {@link #open()}
     * builds the workspace.
     */
    public static final class Builder {
        private final Path root;
        private @Nullable WorkspaceInfo info;
        private Clock clock = Clock.systemUTC();
        private ClearSecrets clearSecrets = ClearSecrets.REFUSE;
        private boolean durable = true;
        private boolean createIfMissing;

        private Builder(Path root) {
            this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        }

        /**
         * Sets the coordinates recorded as the source of packages exported from this workspace.
         *
         * @param coordinates the coordinates (default {@code directory}, {@code local},
         *     {@code local}, the directory name)
         * @return this builder
         */
        public Builder info(WorkspaceInfo coordinates) {
            this.info = Objects.requireNonNull(coordinates, "coordinates");
            return this;
        }

        /**
         * Sets the clock that stamps tombstones and lock files.
         *
         * @param time the clock (default the system UTC clock)
         * @return this builder
         */
        public Builder clock(Clock time) {
            this.clock = Objects.requireNonNull(time, "time");
            return this;
        }

        /**
         * Says what to do with clear data-source secrets.
         *
         * @param policy the policy (default {@link ClearSecrets#REFUSE})
         * @return this builder
         */
        public Builder clearSecrets(ClearSecrets policy) {
            this.clearSecrets = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Turns forcing files to the disk on or off. Off keeps every rename atomic, so readers
         * never see half-written files, but a power cut may lose recent writes; for tests and
         * scratch workspaces only.
         *
         * @param force whether to force writes to the disk (default {@code true})
         * @return this builder
         */
        public Builder durable(boolean force) {
            this.durable = force;
            return this;
        }

        /**
         * Creates the directory (and its parents) if it does not exist, instead of failing.
         *
         * @return this builder
         */
        public Builder createIfMissing() {
            this.createIfMissing = true;
            return this;
        }

        /**
         * Opens the workspace: rolls back a journal a crashed writer left behind, then indexes
         * the descriptors.
         *
         * @return the workspace
         * @throws MigrationException with code {@code AM-DIR-002} if the directory does not exist
         *     (and may not be created) or is not a directory, or {@code AM-DIR-003} if its files
         *     are not a valid workspace
         */
        public DirectoryWorkspace open() {
            if (createIfMissing && !Files.exists(root)) {
                try {
                    Files.createDirectories(root);
                } catch (IOException e) {
                    throw new MigrationException("AM-DIR-002", "Cannot create workspace directory " + root + ": "
                            + e.getMessage() + "; check the path and permissions.", e);
                }
            }
            if (!Files.isDirectory(root)) {
                throw new MigrationException("AM-DIR-002", "Workspace directory " + root + (Files.exists(root)
                        ? " is not a directory" : " does not exist") + "; give the path of a directory workspace.");
            }
            return new DirectoryWorkspace(this);
        }
    }
}
