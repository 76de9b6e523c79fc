package dev.assetmigration.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.assetmigration.error.AssetConflictException;
import dev.assetmigration.error.AssetNotFoundException;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.DataSource;
import dev.assetmigration.model.Resource;
import dev.assetmigration.model.Secret;
import dev.assetmigration.spi.AssetProvider;
import dev.assetmigration.spi.AssetQuery;
import dev.assetmigration.spi.Deployment;
import dev.assetmigration.spi.Tombstone;
import dev.assetmigration.spi.Tombstones;
import dev.assetmigration.spi.Transactions;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.testkit.WorkspaceSnapshot;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import dev.assetmigration.testkit.fixtures.GeneratedContent;
import dev.assetmigration.testkit.internal.AssetDiff;
import dev.assetmigration.testkit.internal.Contents;
import dev.assetmigration.testkit.internal.Instants;
import dev.assetmigration.testkit.internal.KitAssets;
import dev.assetmigration.testkit.internal.ReadRules;
import dev.assetmigration.testkit.internal.Streaming;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The conformance kit for writable workspaces: every rule of {@code docs/spi-rules.md} that can
 * be checked from outside, one test per rule, each display name starting with the rule number.
 * A provider author extends it and supplies a fresh, empty workspace:
 *
 * <pre>{@code
 * class MyWorkspaceConformanceTest extends WorkspaceConformanceKit {
 *     @Override
 *     protected Workspace createWorkspace() {
 *         return new MyWorkspace(tempDir());
 *     }
 * }
 * }</pre>
 *
 * <p>A new workspace is created before every test ({@link #createWorkspace()}) and handed to
 * {@link #closeWorkspace(Workspace)} after it. Rules about optional capabilities
 * ({@link Tombstones}, {@link Transactions}, {@link Deployment}) and about asset types the
 * workspace does not support are skipped through assumptions. SHOULD rules that are not followed
 * are reported as skipped with the reason, not as failures. Hooks with defaults size the
 * heavier rules.
 *
 * <p>For read-only workspaces (scheduler readers) use {@link ReadOnlyWorkspaceConformanceKit}.
 */
public abstract class WorkspaceConformanceKit extends ConformanceKitBase {

    /** For subclasses. */
    protected WorkspaceConformanceKit() {
    }

    /**
     * Creates the workspace under test: writable, empty, new for every test.
     *
     * @return a fresh workspace
     */
    protected abstract Workspace createWorkspace();

    /**
     * Returns how many assets rule R3.6 lists. Default 10 000.
     *
     * @return the count
     */
    protected int streamingAssetCount() {
        return 10_000;
    }

    /**
     * Returns how many threads rule R5.8 writes from. Default 8.
     *
     * @return the thread count
     */
    protected int concurrentWriters() {
        return 8;
    }

    /**
     * Returns how many assets each thread of rule R5.8 creates. Default 50.
     *
     * @return the creates per thread
     */
    protected int createsPerWriter() {
        return 50;
    }

    /**
     * Returns the asset type the type-independent rules use. Default: the first supported type
     * of ad-hoc query, component, function, table, manual task, scheduled task, data source,
     * resource; the plainest first, so that those rules do not also depend on secrets or bytes.
     *
     * @param ws the workspace under test
     * @return a supported type
     */
    protected AssetType primaryType(Workspace ws) {
        return PRIMARY_PREFERENCE.stream().filter(ws.supportedTypes()::contains).findFirst()
                .orElseThrow(() -> new AssertionError("R1.1: the workspace supports no asset type"));
    }

    private static final List<AssetType> PRIMARY_PREFERENCE = List.of(AssetType.AD_HOC_QUERY, AssetType.COMPONENT,
            AssetType.FUNCTION, AssetType.TABLE_METADATA, AssetType.MANUALLY_TRIGGERED_TASK,
            AssetType.AUTO_TRIGGERED_TASK, AssetType.DATA_SOURCE, AssetType.RESOURCE);

    @Override
    final Workspace openWorkspace() {
        return Objects.requireNonNull(createWorkspace(), "createWorkspace() returned null");
    }

    @Override
    final void prepareContent() {
        seedOneOfEach();
    }

    final AssetProvider primary() {
        return ws().provider(primaryType(ws()));
    }

    final Asset primaryAsset(String name, String folder) {
        return AssetFixtures.of(primaryType(ws()), name).folder(folder).build();
    }

    final Asset primaryAsset(String id, String name, String folder) {
        return AssetFixtures.of(primaryType(ws()), name).id(id).folder(folder).build();
    }

    final void assumeSupported(AssetType type) {
        assumeTrue(ws().supportedTypes().contains(type), () -> "the workspace does not support " + type);
    }

    final void seedOneOfEach() {
        for (Asset asset : AssetFixtures.oneOfEach()) {
            if (ws().supportedTypes().contains(asset.type())) {
                ws().provider(asset.type()).create(asset);
            }
        }
    }

    static void assertSame(String rule, Asset expected, Asset actual) {
        List<String> differences = AssetDiff.differences(expected, actual);
        if (!differences.isEmpty()) {
            fail(rule + ": " + expected.ref() + " came back changed:\n  - " + String.join("\n  - ", differences));
        }
    }

    static Asset withId(Asset asset, String id) {
        return asset.withMeta(asset.meta().withId(id));
    }

    static void should(boolean followed, String rule, String what) {
        assumeTrue(followed, () -> "SHOULD rule " + rule + " not followed: " + what);
    }

    /** R2: what is written comes back unchanged. */
    @Nested
    @DisplayName("R2 Round trip")
    class RoundTrip {

        @ParameterizedTest(name = "{0}")
        @EnumSource(AssetType.class)
        @DisplayName("R2.1 MUST return every field of a created asset unchanged, extension map included")
        void everyFieldSurvives(AssetType type) {
            assumeSupported(type);
            AssetProvider provider = ws().provider(type);
            Asset asset = KitAssets.rich(type, "round_trip", "kit/round trip");
            Asset stored = provider.create(asset);
            assertSame("R2.1 (returned by create)", withId(asset, stored.id()), stored);
            assertSame("R2.1 (findById)", withId(asset, stored.id()),
                    provider.findById(stored.id()).orElseThrow(() -> new AssertionError("R2.1: findById found nothing")));
            List<Asset> listed = ReadRules.list(provider, AssetQuery.all());
            assertEquals(1, listed.size(), "R2.1: one asset listed");
            assertSame("R2.1 (list)", withId(asset, stored.id()), listed.get(0));
        }

        @ParameterizedTest(name = "{0} bytes")
        @ValueSource(ints = {0, 1, 256, 65_537, 3 * 1024 * 1024 + 5})
        @DisplayName("R2.2 MUST return every byte of resource content: same size and SHA-256")
        void contentBytesSurvive(int size) {
            assumeSupported(AssetType.RESOURCE);
            AssetProvider provider = ws().provider(AssetType.RESOURCE);
            Resource resource = size == 256
                    ? AssetFixtures.resource("bytes_256").content(KitAssets.everyByteValue()).build()
                    : AssetFixtures.resource("bytes_" + size).generated(size, size).build();
            Contents.Digest expected = Contents.digest(resource.content());
            Resource stored = (Resource) provider.create(resource);
            Resource found = (Resource) provider.findById(stored.id()).orElseThrow();
            assertEquals(size, found.content().size(), "R2.2: declared size after the round trip");
            assertEquals(expected, Contents.digest(found.content()), "R2.2: content bytes after the round trip");
        }

        @Test
        @DisplayName("R2.3 MUST return data-source secrets exactly as written, kept apart from plain properties")
        void secretsSurvive() {
            assumeSupported(AssetType.DATA_SOURCE);
            DataSource ds = (DataSource) KitAssets.rich(AssetType.DATA_SOURCE, "secret_ds", "kit");
            AssetProvider provider = ws().provider(AssetType.DATA_SOURCE);
            DataSource found = (DataSource) provider.findById(provider.create(ds).id()).orElseThrow();
            assertEquals(ds.properties(), found.properties(), "R2.3: plain properties");
            assertEquals(ds.secrets().keySet(), found.secrets().keySet(), "R2.3: secret keys");
            for (Map.Entry<String, Secret> secret : ds.secrets().entrySet()) {
                assertTrue(secret.getValue().equals(found.secrets().get(secret.getKey())),
                        "R2.3: secret '" + secret.getKey() + "' came back different (value not shown)");
            }
        }

        @Test
        @DisplayName("R2.4 MUST return from create the stored asset, carrying the id under which findById finds it")
        void createReturnsStoredId() {
            Asset asset = primaryAsset("created", "kit");
            Asset stored = primary().create(asset);
            Asset found = primary().findById(stored.id())
                    .orElseThrow(() -> new AssertionError("R2.4: findById('" + stored.id() + "') of the id create returned found nothing"));
            assertSame("R2.4", stored, found);
        }

        @Test
        @DisplayName("R2.5 SHOULD keep the proposed id of a created asset when no asset of the type has it")
        void proposedIdKept() {
            Asset stored = primary().create(primaryAsset("proposed-17", "proposed", "kit"));
            should(stored.id().equals("proposed-17"), "R2.5", "create stored 'proposed-17' as '" + stored.id() + "'");
        }

        @Test
        @DisplayName("R2.6 MUST store a created asset whose proposed id is taken under a fresh id, leaving the holder unchanged")
        void takenIdGetsFreshId() {
            Asset holder = primary().create(primaryAsset("same-id", "first", "kit"));
            Asset second = primary().create(primaryAsset(holder.id(), "second", "kit"));
            assertNotEquals(holder.id(), second.id(), "R2.6: the second create must not reuse the taken id");
            assertSame("R2.6 (holder)", holder, primary().findById(holder.id()).orElseThrow());
            assertSame("R2.6 (second)", second, primary().findById(second.id()).orElseThrow());
        }

        @Test
        @DisplayName("R2.7 MUST return the same asset by id, by folder and name, and in a listing")
        void viewsAgree() {
            seedOneOfEach();
            ReadRules.viewsAgree(ws());
        }
    }

    /** R3: listing. */
    @Nested
    @DisplayName("R3 Listing")
    class Listing {

        @Test
        @DisplayName("R3.1 MUST list in strictly ascending id order (String.compareTo)")
        void idOrder() {
            for (String id : List.of("id-5", "id-10", "id-1", "ID-9", "id-b", "id-A", "id-2")) {
                primary().create(primaryAsset(id, "order " + id, "kit"));
            }
            ReadRules.listedInIdOrder(ws());
        }

        @Test
        @DisplayName("R3.2 MUST list only assets modified strictly after modifiedAfter: one modified at the bound is left out")
        void modifiedAfterIsStrict() {
            Instant bound = Instant.parse("2026-05-05T05:05:05Z");
            List<Instant> instants = List.of(bound.minusSeconds(1), bound, bound, bound.plusMillis(1), bound.plusSeconds(60));
            for (int k = 0; k < instants.size(); k++) {
                primary().create(AssetFixtures.of(primaryType(ws()), "modified_" + k).id("m-" + k)
                        .modifiedAt(instants.get(k)).build());
            }
            Set<String> after = ReadRules.list(primary(), AssetQuery.all().withModifiedAfter(bound)).stream()
                    .map(Asset::name).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of("modified_3", "modified_4"), after, "R3.2: modified strictly after " + bound);
            ReadRules.modifiedAfterIsStrict(ws());
        }

        @Test
        @DisplayName("R3.3 MUST filter folders by whole segments: 'a/b' covers 'a/b' and 'a/b/c', not 'a/bc'")
        void folderFilterBySegments() {
            List<String> folders = List.of("sales", "sales/daily", "sales/daily/eu", "sales/dailyx", "salesforce", "");
            for (int k = 0; k < folders.size(); k++) {
                primary().create(primaryAsset("f-" + k, "folder_" + k, folders.get(k)));
            }
            Set<String> daily = ReadRules.list(primary(), AssetQuery.all().withFolders("sales/daily")).stream()
                    .map(Asset::folder).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of("sales/daily", "sales/daily/eu"), daily, "R3.3: withFolders(\"sales/daily\")");
            ReadRules.folderFilterBySegments(ws());
        }

        @Test
        @DisplayName("R3.4 MUST list exactly the existing assets among the ids asked for")
        void idFilter() {
            for (int k = 0; k < 7; k++) {
                primary().create(primaryAsset("i-" + k, "ids_" + k, "kit"));
            }
            ReadRules.idFilterIsExact(ws());
        }

        @Test
        @DisplayName("R3.5 MUST list only assets of the provider's own type")
        void ownTypeOnly() {
            seedOneOfEach();
            ReadRules.listsOwnTypeOnly(ws());
        }

        @Test
        @DisplayName("R3.6 MUST stream a listing of 10 000 assets without holding them all")
        void streams() {
            int count = streamingAssetCount();
            AssetType type = primaryType(ws());
            for (int k = 0; k < count; k++) {
                primary().create(AssetFixtures.of(type, "stream_" + k).id(String.format("s-%06d", k)).build());
            }
            Streaming.assertStreams(primary(), count);
        }
    }

    /** R4: lookup. */
    @Nested
    @DisplayName("R4 Lookup")
    class Lookup {

        @Test
        @DisplayName("R4.1 MUST find an asset by folder and name, and nothing for that name in another folder")
        void findByName() {
            primary().create(primaryAsset("n-1", "same_name", "team/a"));
            primary().create(primaryAsset("n-2", "same_name", "team/b"));
            primary().create(primaryAsset("n-3", "same_name", ""));
            assertEquals(Optional.of("team/b"), primary().findByName("team/b", "same_name").map(Asset::folder),
                    "R4.1: findByName('team/b', 'same_name')");
            ReadRules.findByNameIsIdentity(ws());
        }

        @Test
        @DisplayName("R4.2 MUST return empty, not throw, from findById of an unknown id")
        void unknownId() {
            seedOneOfEach();
            ReadRules.unknownIdIsEmpty(ws());
        }
    }

    /** R5: create, update, write. */
    @Nested
    @DisplayName("R5 Writes")
    class Writes {

        @Test
        @DisplayName("R5.1 MUST replace the whole asset on update: removed extension keys and dependencies stay removed")
        void updateReplaces() {
            AssetType type = primaryType(ws());
            Asset original = KitAssets.rich(type, "replaced", "kit");
            Asset stored = primary().create(original);
            Asset replacement = stored.withMeta(stored.meta()
                    .withExtensions(Map.of("platform.nodeId", "changed"))
                    .withDependencies(List.of(AssetRef.of(AssetType.RESOURCE, "kit-dep-res")))
                    .withOwner(null)
                    .withModifiedAt(KitAssets.MODIFIED_AT.plusSeconds(3600)));
            assertSame("R5.1 (returned by update)", replacement, primary().update(replacement));
            assertSame("R5.1 (findById)", replacement, primary().findById(stored.id()).orElseThrow());
        }

        @Test
        @DisplayName("R5.2 MUST throw AssetNotFoundException from update of an unknown id and store nothing")
        void updateUnknown() {
            WorkspaceSnapshot before = WorkspaceSnapshot.of(ws());
            Asset unknown = primaryAsset("never-created", "ghost", "kit");
            AssetNotFoundException e = assertThrows(AssetNotFoundException.class, () -> primary().update(unknown),
                    "R5.2: update of an unknown id");
            assertEquals(unknown.ref(), e.assetRef(), "R5.2: the exception names the asset");
            before.assertUnchanged(ws());
        }

        @Test
        @DisplayName("R5.3 MUST create on write when the id is absent and replace when it is present")
        void writeCreatesOrReplaces() {
            Asset first = primary().write(primaryAsset("w-1", "written", "kit"));
            Asset changed = withId(AssetFixtures.of(primaryType(ws()), "written").folder("kit")
                    .extension("version", "2").build(), first.id());
            primary().write(changed);
            List<Asset> listed = ReadRules.list(primary(), AssetQuery.all());
            assertEquals(1, listed.size(), "R5.3: one asset after create-then-replace");
            assertSame("R5.3", changed, listed.get(0));
        }

        @Test
        @DisplayName("R5.4 MUST throw AssetConflictException from create of a taken folder and name, leaving the holder unchanged")
        void createConflict() {
            Asset holder = primary().create(primaryAsset("c-1", "taken", "kit/conflict"));
            WorkspaceSnapshot before = WorkspaceSnapshot.of(ws());
            AssetConflictException e = assertThrows(AssetConflictException.class,
                    () -> primary().create(primaryAsset("c-2", "taken", "kit/conflict")), "R5.4: second create of kit/conflict/taken");
            assertEquals(holder.ref(), e.existing(), "R5.4: the exception names the holder");
            before.assertUnchanged(ws());
        }

        @Test
        @DisplayName("R5.5 MUST throw AssetConflictException from an update that moves an asset onto a taken folder and name")
        void updateConflict() {
            primary().create(primaryAsset("u-1", "taken", "kit"));
            Asset mover = primary().create(primaryAsset("u-2", "free", "kit"));
            WorkspaceSnapshot before = WorkspaceSnapshot.of(ws());
            assertThrows(AssetConflictException.class,
                    () -> primary().update(mover.withMeta(mover.meta().withName("taken"))), "R5.5: rename onto a taken name");
            before.assertUnchanged(ws());
        }

        @Test
        @DisplayName("R5.6 MUST free the old folder and name when an update renames or moves an asset")
        void renameFreesName() {
            Asset asset = primary().create(primaryAsset("r-1", "old_name", "kit"));
            primary().update(asset.withMeta(asset.meta().withName("new_name").withFolder("kit/moved")));
            assertTrue(primary().findByName("kit", "old_name").isEmpty(), "R5.6: the old name finds nothing");
            assertEquals(Optional.of(asset.id()), primary().findByName("kit/moved", "new_name").map(Asset::id),
                    "R5.6: the new name finds the asset");
            primary().create(primaryAsset("r-2", "old_name", "kit"));
        }

        @Test
        @DisplayName("R5.7 MUST throw IllegalArgumentException when create or update is given an asset of another type")
        void wrongTypeRefused() {
            AssetType other = primaryType(ws()) == AssetType.AD_HOC_QUERY ? AssetType.COMPONENT : AssetType.AD_HOC_QUERY;
            Asset foreign = AssetFixtures.of(other, "foreign").build();
            assertThrows(IllegalArgumentException.class, () -> primary().create(foreign), "R5.7: create");
            assertThrows(IllegalArgumentException.class, () -> primary().update(foreign), "R5.7: update");
        }

        @Test
        @DisplayName("R5.8 MUST NOT lose updates under concurrent writers: every create of every thread is stored")
        void concurrentCreates() throws Exception {
            int threads = WorkspaceConformanceKit.this.concurrentWriters();
            int perThread = createsPerWriter();
            AssetType type = primaryType(ws());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<String>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    Callable<List<String>> writer = () -> {
                        start.await();
                        List<String> ids = new ArrayList<>();
                        for (int k = 0; k < perThread; k++) {
                            // Every thread proposes the same ids, so most creates must pick fresh ones.
                            ids.add(primary().create(AssetFixtures.of(type, "t" + thread + "_" + k)
                                    .id("concurrent-" + k).folder("kit/t" + thread).build()).id());
                        }
                        return ids;
                    };
                    results.add(pool.submit(writer));
                }
                start.countDown();
                Set<String> ids = new HashSet<>();
                for (Future<List<String>> result : results) {
                    ids.addAll(result.get(60, TimeUnit.SECONDS));
                }
                assertEquals(threads * perThread, ids.size(), "R5.8: distinct ids returned by concurrent creates");
                List<Asset> listed = ReadRules.list(primary(), AssetQuery.all());
                assertEquals(threads * perThread, listed.size(), "R5.8: assets listed after concurrent creates");
                for (int t = 0; t < threads; t++) {
                    for (int k = 0; k < perThread; k++) {
                        assertTrue(primary().findByName("kit/t" + t, "t" + t + "_" + k).isPresent(),
                                "R5.8: kit/t" + t + "/t" + t + "_" + k + " was lost");
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** R6: delete. */
    @Nested
    @DisplayName("R6 Delete")
    class Deletes {

        @Test
        @DisplayName("R6.1 MUST return true from delete of an existing asset, which is then gone from find and list")
        void deleteRemoves() {
            Asset asset = primary().create(primaryAsset("d-1", "doomed", "kit"));
            Asset other = primary().create(primaryAsset("d-2", "kept", "kit"));
            assertTrue(primary().delete(asset.id()), "R6.1: delete returns true");
            assertTrue(primary().findById(asset.id()).isEmpty(), "R6.1: findById after delete");
            assertTrue(primary().findByName("kit", "doomed").isEmpty(), "R6.1: findByName after delete");
            assertEquals(List.of(other.id()), ReadRules.list(primary(), AssetQuery.all()).stream().map(Asset::id).toList(),
                    "R6.1: list after delete");
        }

        @Test
        @DisplayName("R6.2 MUST return false from delete of an unknown id and change nothing")
        void deleteUnknown() {
            seedOneOfEach();
            WorkspaceSnapshot before = WorkspaceSnapshot.of(ws());
            for (AssetType type : ws().supportedTypes()) {
                assertEquals(false, ws().provider(type).delete("no-such-id"), "R6.2: delete of an unknown " + type);
            }
            before.assertUnchanged(ws());
        }

        @Test
        @DisplayName("R6.3 MUST free the folder and name of a deleted asset for a new create")
        void deleteFreesName() {
            Asset asset = primary().create(primaryAsset("d-1", "reused", "kit"));
            primary().delete(asset.id());
            Asset again = primary().create(primaryAsset("d-2", "reused", "kit"));
            assertEquals(Optional.of(again.id()), primary().findByName("kit", "reused").map(Asset::id), "R6.3");
        }
    }

    /** R7: the optional {@link Tombstones} capability. */
    @Nested
    @DisplayName("R7 Tombstones (optional capability)")
    class TombstoneRules {

        Tombstones tombstones() {
            Optional<Tombstones> capability = ws().capability(Tombstones.class);
            assumeTrue(capability.isPresent(), "the workspace has no Tombstones capability");
            return capability.get();
        }

        List<Tombstone> all(Tombstones tombstones) {
            try (Stream<Tombstone> deleted = tombstones.deletedSince(Instants.BEFORE_ALL)) {
                return deleted.toList();
            }
        }

        @Test
        @DisplayName("R7.1 MUST record a tombstone carrying the deleted asset's reference, folder and name")
        void deleteRecordsTombstone() {
            Tombstones tombstones = tombstones();
            Asset asset = primary().create(primaryAsset("t-1", "buried", "kit/graveyard"));
            primary().delete(asset.id());
            List<Tombstone> found = all(tombstones).stream().filter(t -> t.asset().equals(asset.ref())).toList();
            assertEquals(1, found.size(), "R7.1: tombstones of " + asset.ref());
            assertEquals("kit/graveyard", found.get(0).folder(), "R7.1: tombstone folder");
            assertEquals("buried", found.get(0).name(), "R7.1: tombstone name");
        }

        @Test
        @DisplayName("R7.2 MUST stream tombstones ordered by deletion time, then by reference")
        void tombstoneOrder() throws InterruptedException {
            Tombstones tombstones = tombstones();
            List<String> stored = new ArrayList<>();
            for (String id : List.of("t-c", "t-a", "t-b")) {
                stored.add(primary().create(primaryAsset(id, "name " + id, "kit")).id());
            }
            for (int k : new int[] {2, 0, 1}) {
                primary().delete(stored.get(k));
                Thread.sleep(2);
            }
            List<Tombstone> found = all(tombstones);
            assertEquals(3, found.size(), "R7.2: three deletions");
            List<Tombstone> sorted = found.stream()
                    .sorted(Comparator.comparing(Tombstone::deletedAt).thenComparing(Tombstone::asset)).toList();
            assertEquals(sorted, found, "R7.2: ordered by deletedAt, then reference");
        }

        @Test
        @DisplayName("R7.3 MUST return only deletions strictly after the instant given")
        void sinceIsExclusive() {
            Tombstones tombstones = tombstones();
            for (String id : List.of("x-1", "x-2")) {
                primary().delete(primary().create(primaryAsset(id, "name " + id, "kit")).id());
            }
            for (Tombstone tombstone : all(tombstones)) {
                try (Stream<Tombstone> since = tombstones.deletedSince(tombstone.deletedAt())) {
                    List<Tombstone> later = since.toList();
                    assertTrue(later.stream().allMatch(t -> t.deletedAt().isAfter(tombstone.deletedAt())),
                            "R7.3: deletedSince(" + tombstone.deletedAt() + ") returned " + later);
                }
            }
        }

        @Test
        @DisplayName("R7.4 MUST drop the tombstone of an asset created again, and keep one, the latest, for one deleted twice")
        void recreatedAndDeletedTwice() {
            Tombstones tombstones = tombstones();
            Asset asset = primary().create(primaryAsset("phoenix", "phoenix", "kit"));
            primary().delete(asset.id());
            Instant firstDeletion = all(tombstones).stream().filter(t -> t.asset().equals(asset.ref()))
                    .map(Tombstone::deletedAt).findFirst()
                    .orElseThrow(() -> new AssertionError("R7.4: no tombstone after the first deletion of " + asset.ref()));
            Asset again = primary().create(primaryAsset("phoenix", "phoenix", "kit"));
            assumeTrue(again.id().equals(asset.id()), "the workspace did not keep the proposed id on re-creation");
            assertTrue(all(tombstones).stream().noneMatch(t -> t.asset().equals(asset.ref())),
                    "R7.4: an asset that exists again has no tombstone");
            primary().delete(again.id());
            List<Tombstone> found = all(tombstones).stream().filter(t -> t.asset().equals(asset.ref())).toList();
            assertEquals(1, found.size(), "R7.4: one tombstone for an asset deleted twice");
            assertTrue(!found.get(0).deletedAt().isBefore(firstDeletion), "R7.4: the tombstone is of the latest deletion");
        }
    }

    /** R8: the optional {@link Transactions} capability. */
    @Nested
    @DisplayName("R8 Transactions (optional capability)")
    class TransactionRules {

        Transactions transactions() {
            Optional<Transactions> capability = ws().capability(Transactions.class);
            assumeTrue(capability.isPresent(), "the workspace has no Transactions capability");
            return capability.get();
        }

        /** Updates the first seeded asset, deletes the second, creates two (one under the deleted id). */
        void writeSome(List<Asset> seeded) {
            Asset updated = seeded.get(0);
            primary().update(updated.withMeta(updated.meta().withExtensions(Map.of("changed", "in tx"))));
            primary().delete(seeded.get(1).id());
            primary().create(primaryAsset("tx-3", "created_in_tx", "kit"));
            primary().create(primaryAsset(seeded.get(1).id(), "recreated_in_tx", "kit"));
        }

        List<Asset> seed() {
            return List.of(primary().create(primaryAsset("tx-1", "updated_in_tx", "kit")),
                    primary().create(primaryAsset("tx-2", "deleted_in_tx", "kit")));
        }

        @Test
        @DisplayName("R8.1 MUST restore on rollback the state before begin: creates, updates and deletes undone")
        void rollbackRestores() {
            Transactions transactions = transactions();
            List<Asset> seeded = seed();
            WorkspaceSnapshot before = WorkspaceSnapshot.of(ws());
            Transactions.Transaction tx = transactions.begin();
            writeSome(seeded);
            tx.rollback();
            before.assertUnchanged(ws());
        }

        @Test
        @DisplayName("R8.2 MUST keep every write of a committed transaction")
        void commitKeeps() {
            Transactions transactions = transactions();
            List<Asset> seeded = seed();
            WorkspaceSnapshot during;
            try (Transactions.Transaction tx = transactions.begin()) {
                writeSome(seeded);
                during = WorkspaceSnapshot.of(ws());
                tx.commit();
            }
            during.assertUnchanged(ws());
        }

        @Test
        @DisplayName("R8.3 MUST roll back a transaction closed without commit")
        void closeRollsBack() {
            Transactions transactions = transactions();
            List<Asset> seeded = seed();
            WorkspaceSnapshot before = WorkspaceSnapshot.of(ws());
            try (Transactions.Transaction tx = transactions.begin()) {
                writeSome(seeded);
                Objects.requireNonNull(tx);
            }
            before.assertUnchanged(ws());
        }
    }

    /** R9: the optional {@link Deployment} capability. */
    @Nested
    @DisplayName("R9 Deployment (optional capability)")
    class DeploymentRules {

        Deployment deployment() {
            Optional<Deployment> capability = ws().capability(Deployment.class);
            assumeTrue(capability.isPresent(), "the workspace has no Deployment capability");
            return capability.get();
        }

        AssetType taskType() {
            return Stream.of(AssetType.AUTO_TRIGGERED_TASK, AssetType.MANUALLY_TRIGGERED_TASK)
                    .filter(ws().supportedTypes()::contains).findFirst()
                    .orElseGet(() -> {
                        assumeTrue(false, "the workspace supports no task type");
                        return AssetType.AUTO_TRIGGERED_TASK;
                    });
        }

        @Test
        @DisplayName("R9.1 MUST deploy the given tasks and return them in the order given")
        void deployInOrder() {
            Deployment deployment = deployment();
            AssetProvider tasks = ws().provider(taskType());
            Asset a = tasks.create(AssetFixtures.of(taskType(), "deploy_a").build());
            Asset b = tasks.create(AssetFixtures.of(taskType(), "deploy_b").build());
            assertEquals(List.of(b.ref(), a.ref()), deployment.deploy(List.of(b.ref(), a.ref())), "R9.1");
        }

        @Test
        @DisplayName("R9.2 MUST throw AssetNotFoundException when asked to deploy a task that does not exist")
        void deployUnknown() {
            Deployment deployment = deployment();
            AssetRef ghost = AssetRef.of(taskType(), "no-such-task");
            assertThrows(AssetNotFoundException.class, () -> deployment.deploy(List.of(ghost)), "R9.2");
        }

        @Test
        @DisplayName("R9.3 MUST leave tasks already deployed in their current state as they are, and not return them")
        void redeployUnchanged() {
            Deployment deployment = deployment();
            Asset a = ws().provider(taskType()).create(AssetFixtures.of(taskType(), "deploy_once").build());
            deployment.deploy(List.of(a.ref()));
            assertEquals(List.of(), deployment.deploy(List.of(a.ref())), "R9.3: second deployment of an unchanged task");
        }
    }
}
