package dev.assetmigration.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.error.MigrationException;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.DataSource;
import dev.assetmigration.model.NodeType;
import dev.assetmigration.model.Resource;
import dev.assetmigration.model.Secret;
import dev.assetmigration.pkg.AssetLayout;
import dev.assetmigration.spi.AssetQuery;
import dev.assetmigration.spi.Tombstone;
import dev.assetmigration.spi.Tombstones;
import dev.assetmigration.spi.Transactions;
import dev.assetmigration.testkit.WorkspaceSnapshot;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("DirectoryWorkspace")
class DirectoryWorkspaceTest {

    @TempDir
    Path dir;

    DirectoryWorkspace open() {
        return DirectoryWorkspace.builder(dir).createIfMissing().open();
    }

    static DataSource placeholderSource(String name) {
        return AssetFixtures.dataSource(name).secret("password", new Secret.Placeholder(name + ".password")).build();
    }

    static List<Asset> oneOfEachWithoutClearSecrets() {
        return AssetFixtures.oneOfEach().stream()
                .map(a -> a instanceof DataSource ? placeholderSource(a.name()).withMeta(a.meta()) : a)
                .toList();
    }

    static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Nested
    @DisplayName("layout")
    class Layout {

        @Test
        @DisplayName("stores a task as the package layout's descriptor plus a code file with the node type's extension")
        void taskFiles() throws IOException {
            Asset task = AssetFixtures.autoTask("load orders").folder("sales/daily").nodeType(NodeType.SQL)
                    .code("select 1").build();
            open().provider(AssetType.AUTO_TRIGGERED_TASK).create(task);
            String descriptor = AssetLayout.descriptorPath(AssetType.AUTO_TRIGGERED_TASK, "sales/daily", "load orders");
            List<String> expected = AssetLayout.files(task).stream().map(f -> f.path()).toList();
            assertTrue(files(dir).containsAll(expected), "files " + files(dir) + " hold " + expected);
            assertTrue(expected.contains(descriptor) && expected.stream().anyMatch(p -> p.endsWith(".sql")), expected.toString());
            assertEquals("select 1", Files.readString(dir.resolve(expected.get(1))));
        }

        @Test
        @DisplayName("stores a resource's bytes as-is under its file name")
        void resourceBytes() throws IOException {
            byte[] bytes = {0, 1, 2, (byte) 0xff};
            open().provider(AssetType.RESOURCE).create(AssetFixtures.resource("udf").fileName("udf.jar").content(bytes).build());
            String binary = files(dir).stream().filter(p -> p.endsWith("/udf.jar")).findFirst().orElseThrow();
            assertTrue(binary.startsWith("assets/RESOURCE/"), binary);
            assertEquals(List.of((byte) 0, (byte) 1, (byte) 2, (byte) 0xff), toList(Files.readAllBytes(dir.resolve(binary))));
        }

        @Test
        @DisplayName("keeps runtime files out of git with a .gitignore in .migration/")
        void gitignore() throws IOException {
            open().provider(AssetType.AD_HOC_QUERY).create(AssetFixtures.adHocQuery("q").build());
            String ignored = Files.readString(dir.resolve(".migration/.gitignore"));
            assertTrue(ignored.contains("lock") && ignored.contains("journal/") && ignored.contains("secrets.jsonl"), ignored);
        }

        @Test
        @DisplayName("leaves no temporary file behind after writes")
        void noTempFiles() throws IOException {
            DirectoryWorkspace ws = open();
            Asset q = ws.provider(AssetType.AD_HOC_QUERY).create(AssetFixtures.adHocQuery("q").build());
            ws.provider(AssetType.AD_HOC_QUERY).update(q.withMeta(q.meta().withName("renamed")));
            assertTrue(files(dir).stream().noneMatch(p -> p.contains(".tmp-")), files(dir).toString());
        }

        @Test
        @DisplayName("removes the old files and empty folders when an update moves an asset")
        void moveRemovesOldFiles() throws IOException {
            DirectoryWorkspace ws = open();
            Asset q = ws.provider(AssetType.AD_HOC_QUERY).create(AssetFixtures.adHocQuery("q").folder("old/place").build());
            ws.provider(AssetType.AD_HOC_QUERY).update(q.withMeta(q.meta().withFolder("new")));
            assertFalse(Files.exists(dir.resolve("assets/AD_HOC_QUERY/old")), "the old folder is gone: " + files(dir));
            assertEquals(1, files(dir).stream().filter(p -> p.endsWith(".json") && p.startsWith("assets/")).count());
        }
    }

    @Nested
    @DisplayName("reading")
    class Reading {

        @Test
        @DisplayName("gives back every asset type unchanged after the workspace is opened again")
        void reopenRoundTrip() {
            List<Asset> assets = oneOfEachWithoutClearSecrets();
            DirectoryWorkspace ws = open();
            assets.forEach(a -> ws.provider(a.type()).create(a));
            WorkspaceSnapshot written = WorkspaceSnapshot.of(ws);
            written.assertUnchanged(open());
            assertEquals(AssetType.values().length, written.size());
        }

        @Test
        @DisplayName("lists in ascending id order whatever the folders and names")
        void idOrder() {
            DirectoryWorkspace ws = open();
            for (String id : List.of("q-3", "q-1", "q-2")) {
                ws.provider(AssetType.AD_HOC_QUERY).create(AssetFixtures.adHocQuery("name " + (10 - id.charAt(2))).id(id).build());
            }
            try (Stream<Asset> listed = open().provider(AssetType.AD_HOC_QUERY).list(AssetQuery.all())) {
                assertEquals(List.of("q-1", "q-2", "q-3"), listed.map(Asset::id).toList());
            }
        }

        @Test
        @DisplayName("reads an asset's files only when the listing reaches it")
        void listIsLazy() throws IOException {
            DirectoryWorkspace ws = open();
            ws.provider(AssetType.AD_HOC_QUERY).create(AssetFixtures.adHocQuery("first").id("a").build());
            ws.provider(AssetType.AD_HOC_QUERY).create(AssetFixtures.adHocQuery("second").id("b").build());
            Files.writeString(dir.resolve(AssetLayout.descriptorPath(AssetType.AD_HOC_QUERY, "", "second")), "{broken");
            try (Stream<Asset> listed = ws.provider(AssetType.AD_HOC_QUERY).list(AssetQuery.all())) {
                assertEquals("first", listed.findFirst().orElseThrow().name());
            }
        }

        @Test
        @DisplayName("refuses to open a workspace whose descriptor sits where its folder and name do not put it")
        void misplacedDescriptor() throws IOException {
            open().provider(AssetType.AD_HOC_QUERY).create(AssetFixtures.adHocQuery("q").folder("a").build());
            Path folder = dir.resolve(AssetLayout.descriptorPath(AssetType.AD_HOC_QUERY, "a", "q")).getParent();
            try (Stream<Path> moved = Files.list(folder)) {
                for (Path file : moved.toList()) {
                    Files.move(file, folder.getParent().resolve(file.getFileName()));
                }
            }
            MigrationException e = assertThrows(MigrationException.class, DirectoryWorkspaceTest.this::open);
            assertEquals("AM-DIR-003", e.code());
            assertTrue(e.getMessage().contains("belongs at " + AssetLayout.descriptorPath(AssetType.AD_HOC_QUERY, "a", "q")),
                    e.getMessage());
        }

        @Test
        @DisplayName("refuses to open a directory that does not exist unless asked to create it")
        void missingDirectory() {
            MigrationException e = assertThrows(MigrationException.class, () -> DirectoryWorkspace.open(dir.resolve("nope")));
            assertEquals("AM-DIR-002", e.code());
        }
    }

    @Nested
    @DisplayName("secrets")
    class Secrets {

        @Test
        @DisplayName("refuses a clear secret by default and stores nothing")
        void refusesClearSecret() throws IOException {
            DirectoryWorkspace ws = open();
            DataSource clear = AssetFixtures.dataSource("prod").secret("password", "s3cret").build();
            MigrationException e = assertThrows(MigrationException.class, () -> ws.provider(AssetType.DATA_SOURCE).create(clear));
            assertEquals("AM-DIR-004", e.code());
            assertTrue(files(dir).stream().noneMatch(p -> p.startsWith("assets/")), files(dir).toString());
        }

        @Test
        @DisplayName("keeps placeholders in the descriptor as they are")
        void keepsPlaceholders() {
            DirectoryWorkspace ws = open();
            ws.provider(AssetType.DATA_SOURCE).create(placeholderSource("prod"));
            DataSource back = (DataSource) open().provider(AssetType.DATA_SOURCE).findByName("", "prod").orElseThrow();
            assertEquals(new Secret.Placeholder("prod.password"), back.secrets().get("password"));
        }

        @Test
        @DisplayName("with LOCAL_FILE keeps a clear value out of the asset files and gives it back")
        void localFile() throws IOException {
            DirectoryWorkspace ws = DirectoryWorkspace.builder(dir).clearSecrets(ClearSecrets.LOCAL_FILE).open();
            ws.provider(AssetType.DATA_SOURCE).create(AssetFixtures.dataSource("prod").secret("password", "s3cret").build());
            for (String path : files(dir)) {
                if (path.startsWith("assets/")) {
                    assertFalse(Files.readString(dir.resolve(path)).contains("s3cret"), path + " holds the clear secret");
                }
            }
            DataSource back = (DataSource) DirectoryWorkspace.builder(dir).clearSecrets(ClearSecrets.LOCAL_FILE).open()
                    .provider(AssetType.DATA_SOURCE).findByName("", "prod").orElseThrow();
            assertEquals(new Secret.Value("s3cret"), back.secrets().get("password"));
        }
    }

    @Nested
    @DisplayName("tombstones")
    class TombstoneFile {

        @Test
        @DisplayName("records a deletion in .migration/tombstones.jsonl that survives reopening")
        void deletionRecorded() throws IOException {
            DirectoryWorkspace ws = open();
            Asset q = ws.provider(AssetType.AD_HOC_QUERY).create(AssetFixtures.adHocQuery("gone").folder("r").build());
            assertTrue(ws.provider(AssetType.AD_HOC_QUERY).delete(q.id()));
            assertTrue(Files.readString(dir.resolve(DirectoryWorkspace.TOMBSTONES_FILE)).contains("\"name\":\"gone\""));
            try (Stream<Tombstone> deleted = open().capability(Tombstones.class).orElseThrow().deletedSince(Instant.MIN)) {
                Tombstone t = deleted.findFirst().orElseThrow();
                assertEquals(q.ref(), t.asset());
                assertEquals("r", t.folder());
            }
        }
    }

    @Nested
    @DisplayName("transactions and the lock")
    class Locking {

        @Test
        @DisplayName("restores creates, updates and deletes on rollback")
        void rollback() {
            DirectoryWorkspace ws = open();
            Asset kept = ws.provider(AssetType.AD_HOC_QUERY).create(AssetFixtures.adHocQuery("kept").build());
            Asset resource = ws.provider(AssetType.RESOURCE).create(AssetFixtures.resource("lib").build());
            WorkspaceSnapshot before = WorkspaceSnapshot.of(ws);
            Transactions.Transaction tx = ws.capability(Transactions.class).orElseThrow().begin();
            ws.provider(AssetType.AD_HOC_QUERY).update(kept.withMeta(kept.meta().withName("changed")));
            ws.provider(AssetType.RESOURCE).delete(resource.id());
            ws.provider(AssetType.COMPONENT).create(AssetFixtures.component("new").build());
            tx.rollback();
            before.assertUnchanged(ws);
            before.assertUnchanged(open());
        }

        @Test
        @DisplayName("refuses a second transaction while one is open, naming this process as the holder")
        void secondBeginFails() {
            DirectoryWorkspace ws = open();
            try (Transactions.Transaction tx = ws.capability(Transactions.class).orElseThrow().begin()) {
                WorkspaceLockedException e = assertThrows(WorkspaceLockedException.class,
                        () -> open().capability(Transactions.class).orElseThrow().begin());
                LockHolder holder = e.holder().orElseThrow();
                assertEquals(ProcessHandle.current().pid(), holder.pid());
                assertEquals("import", holder.operation());
                assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
                tx.commit();
            }
        }

        @Test
        @DisplayName("refuses a single write from another instance while an import holds the lock")
        void writeWhileLocked() {
            DirectoryWorkspace ws = open();
            try (Transactions.Transaction tx = ws.capability(Transactions.class).orElseThrow().begin()) {
                assertThrows(WorkspaceLockedException.class,
                        () -> open().provider(AssetType.AD_HOC_QUERY).create(AssetFixtures.adHocQuery("q").build()));
                tx.commit();
            }
            assertTrue(open().provider(AssetType.AD_HOC_QUERY).list(AssetQuery.all()).findAny().isEmpty());
        }

        @Test
        @DisplayName("frees the lock after commit, so the next import can start")
        void commitFreesLock() {
            DirectoryWorkspace ws = open();
            ws.capability(Transactions.class).orElseThrow().begin().commit();
            try (Transactions.Transaction tx = open().capability(Transactions.class).orElseThrow().begin()) {
                tx.commit();
            }
            assertTrue(ws.lockHolder().isEmpty(), "no holder is recorded after commit");
        }
    }

    @Nested
    @DisplayName("another process")
    class OtherProcess {

        void seed() {
            DirectoryWorkspace ws = open();
            ws.provider(AssetType.AD_HOC_QUERY).create(AssetFixtures.adHocQuery("daily").folder("reports").build());
            ws.provider(AssetType.RESOURCE).create(AssetFixtures.resource("lib").id("r-1").content(new byte[] {1, 2, 3}).build());
        }

        Process start(String mode) throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashingImporter.class.getName(),
                    dir.toString(), mode).redirectErrorStream(true).start();
        }

        void awaitWritten(Process child) throws IOException {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals("WRITTEN")) {
                    return;
                }
                seen.append(line).append('\n');
            }
            throw new AssertionError("the child ended before writing:\n" + seen);
        }

        @Test
        @DisplayName("leaves the workspace as before when an import dies like kill -9 part-way")
        void crashRollsBack() throws Exception {
            seed();
            WorkspaceSnapshot before = WorkspaceSnapshot.of(open());
            Process child = start("crash");
            awaitWritten(child);
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertTrue(Files.isDirectory(dir.resolve(".migration/journal")), "the crashed import left its journal");
            DirectoryWorkspace reopened = open();
            before.assertUnchanged(reopened);
            assertFalse(reopened.recoveredOnOpen().isEmpty(), "the reopened workspace reports what it rolled back");
            assertFalse(Files.exists(dir.resolve(".migration/journal")));
        }

        @Test
        @DisplayName("refuses a second import at once while another process imports, naming its pid")
        void lockedByAnotherProcess() throws Exception {
            seed();
            Process child = start("hold");
            try {
                awaitWritten(child);
                WorkspaceLockedException e = assertThrows(WorkspaceLockedException.class,
                        () -> open().capability(Transactions.class).orElseThrow().begin());
                assertEquals(child.pid(), e.holder().orElseThrow().pid());
                assertTrue(e.getMessage().contains("pid " + child.pid()), e.getMessage());
            } finally {
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static List<Byte> toList(byte[] bytes) {
        java.util.ArrayList<Byte> list = new java.util.ArrayList<>();
        for (byte b : bytes) {
            list.add(b);
        }
        return list;
    }
}
