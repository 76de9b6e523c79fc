package dev.assetmigration.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.Migration;
import dev.assetmigration.error.MigrationException;
import dev.assetmigration.export.DependencyMode;
import dev.assetmigration.export.Selector;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.Resource;
import dev.assetmigration.pkg.PackageReader;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.testkit.FaultInjectingWorkspace;
import dev.assetmigration.testkit.FaultInjectingWorkspace.Fault;
import dev.assetmigration.testkit.InMemoryWorkspace;
import dev.assetmigration.testkit.WorkspaceSnapshot;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fault injection with the test kit's {@link FaultInjectingWorkspace}, for the scenarios
 * migration-core's own import tests leave out (those fail writes, and land writes then fail, at
 * every position): reads that fail at every position, a store whose index disagrees with its
 * data, a slow target, a failing commit, and on export a source that fails or yields truncated
 * resource content. The rule for every position is the same: the operation either completes with
 * exactly the result of a clean run, or ends in a {@link MigrationException} and changes nothing.
 */
@DisplayName("Fault injection: every injected failure ends in the clean result or in a MigrationException with nothing changed")
class FaultInjectionTest {

    @TempDir
    static Path dir;

    static Path pkg;

    @BeforeAll
    static void exportOnce() throws IOException {
        pkg = Files.write(dir.resolve("source.zip"), HardeningFixtures.export(HardeningFixtures.source()));
    }

    /** The two ways an import can undo: the target's transaction, or the importer's own undo log. */
    enum Target {
        TRANSACTIONS(InMemoryWorkspace::builder),
        UNDO_LOG(() -> InMemoryWorkspace.builder().withoutTransactions().withoutTombstones());

        private final Supplier<InMemoryWorkspace.Builder> builder;

        Target(Supplier<InMemoryWorkspace.Builder> builder) {
            this.builder = builder;
        }

        /** The fixtures' target plus an asset the package overwrites, so updates happen too. */
        InMemoryWorkspace build() {
            return builder.get().clock(HardeningFixtures.CLOCK)
                    .asset(AssetFixtures.autoTask("existing_job").id("9001").folder("prod").code("SELECT 42;").build())
                    .asset(AssetFixtures.table("ods_orders").id("t-9").folder("tables").comment("old definition").build())
                    .build();
        }
    }

    private static WorkspaceSnapshot cleanImport(Target kind) {
        InMemoryWorkspace target = kind.build();
        HardeningFixtures.importing(pkg, target).run();
        return WorkspaceSnapshot.of(target);
    }

    private static long readsOfCleanImport(Target kind) {
        FaultInjectingWorkspace counting = FaultInjectingWorkspace.wrap(kind.build());
        HardeningFixtures.importing(pkg, counting).run();
        return counting.reads();
    }

    /**
     * Runs the import once per position with the fault there; returns how many runs failed. Each
     * run must end in the clean result or in a MigrationException with the target unchanged.
     */
    private static int importAtEveryPosition(Target kind, long positions, LongFunction<Fault> fault) {
        WorkspaceSnapshot clean = cleanImport(kind);
        int failed = 0;
        for (long k = 1; k <= positions; k++) {
            InMemoryWorkspace target = kind.build();
            WorkspaceSnapshot before = WorkspaceSnapshot.of(target);
            FaultInjectingWorkspace faulty = FaultInjectingWorkspace.wrap(target, fault.apply(k));
            try {
                HardeningFixtures.importing(pkg, faulty).run();
                List<String> diff = clean.diff(WorkspaceSnapshot.of(target));
                long position = k;
                assertTrue(diff.isEmpty(), () -> "fault at " + position + " gave a result other than the clean run: " + diff);
            } catch (MigrationException e) {
                before.assertUnchanged(target);
                failed++;
            }
        }
        return failed;
    }

    @Nested
    @DisplayName("import")
    class Import {

        @ParameterizedTest
        @EnumSource(Target.class)
        @DisplayName("a read of the target failing at any position fails the import and leaves the target as it was")
        void failingReads(Target kind, TestReporter reporter) {
            long reads = readsOfCleanImport(kind);
            reporter.publishEntry("positions", Long.toString(reads));
            assertTrue(reads > 0);
            assertEquals(reads, importAtEveryPosition(kind, reads, Fault::failOnRead), "every read position fails the import");
        }

        @ParameterizedTest
        @EnumSource(Target.class)
        @DisplayName("a target whose lookups stop finding what its listing holds, from any read on, never gets a partial import")
        void inconsistentReads(Target kind, TestReporter reporter) {
            long reads = readsOfCleanImport(kind);
            reporter.publishEntry("positions", Long.toString(reads + 1));
            int failed = importAtEveryPosition(kind, reads + 1, Fault::missingOnFind);
            assertTrue(failed >= 1, "losing the index from the first read makes the overwrite collide");
        }

        @ParameterizedTest
        @EnumSource(Target.class)
        @DisplayName("a slow target gets the clean result, and a failure at the last write of a slow import is still undone")
        void slowTarget(Target kind) {
            WorkspaceSnapshot clean = cleanImport(kind);
            InMemoryWorkspace target = kind.build();
            FaultInjectingWorkspace slow = FaultInjectingWorkspace.wrap(target, Fault.delay(Duration.ofMillis(15)));
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> HardeningFixtures.importing(pkg, slow).run());
            assertEquals(List.of(), clean.diff(WorkspaceSnapshot.of(target)));

            InMemoryWorkspace second = kind.build();
            WorkspaceSnapshot before = WorkspaceSnapshot.of(second);
            long writes = slow.writes();
            FaultInjectingWorkspace slowAndFailing = FaultInjectingWorkspace.wrap(second,
                    Fault.delay(Duration.ofMillis(15)), Fault.failOnWrite(writes));
            assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> assertThrows(MigrationException.class, () -> HardeningFixtures.importing(pkg, slowAndFailing).run()));
            before.assertUnchanged(second);
        }

        @Test
        @DisplayName("a commit that fails after every write succeeded leaves the target as it was")
        void failingCommit() {
            InMemoryWorkspace target = Target.TRANSACTIONS.build();
            WorkspaceSnapshot before = WorkspaceSnapshot.of(target);
            FaultInjectingWorkspace faulty = FaultInjectingWorkspace.wrap(target, Fault.failOnCommit(1));
            assertThrows(MigrationException.class, () -> HardeningFixtures.importing(pkg, faulty).run());
            assertEquals(1, faulty.callCounts().get(FaultInjectingWorkspace.Operation.COMMIT));
            assertTrue(faulty.writes() > 0, "the writes happened before the commit failed");
            before.assertUnchanged(target);
        }
    }

    @Nested
    @DisplayName("export")
    class Export {

        private long readsOfCleanExport() {
            FaultInjectingWorkspace counting = FaultInjectingWorkspace.wrap(HardeningFixtures.source());
            HardeningFixtures.export(counting);
            return counting.reads();
        }

        @Test
        @DisplayName("a read of the source failing at any position fails the export and leaves no file at the target path")
        void failingReads(TestReporter reporter) {
            long reads = readsOfCleanExport();
            reporter.publishEntry("positions", Long.toString(reads));
            for (long k = 1; k <= reads; k++) {
                Path target = dir.resolve("failing-read-" + k + ".zip");
                Workspace faulty = FaultInjectingWorkspace.wrap(HardeningFixtures.source(), Fault.failOnRead(k));
                long position = k;
                assertThrows(MigrationException.class,
                        () -> Migration.export(faulty).full().clock(HardeningFixtures.CLOCK).toPackage(target), () -> "read " + position);
                assertFalse(Files.exists(target), () -> "no package after a failure at read " + position);
            }
        }

        @Test
        @DisplayName("a stream export that fails part-way leaves bytes that every reader refuses")
        void failingStream() {
            long reads = readsOfCleanExport();
            for (long k = 1; k <= reads; k++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Workspace faulty = FaultInjectingWorkspace.wrap(HardeningFixtures.source(), Fault.failOnRead(k));
                assertThrows(MigrationException.class, () -> Migration.export(faulty).full().clock(HardeningFixtures.CLOCK).to(out));
                long position = k;
                assertThrows(MigrationException.class, () -> {
                    try (PackageReader reader = PackageReader.open(new ByteArrayInputStream(out.toByteArray()))) {
                        reader.verify();
                    }
                }, () -> "the partial stream after a failure at read " + position + " is refused");
            }
        }

        @Test
        @DisplayName("a resource that yields fewer bytes than it declares, from any read on, never becomes a half-written asset")
        void truncatedContent(TestReporter reporter) throws IOException {
            long reads = readsOfCleanExport();
            byte[] original = resourceBytes(HardeningFixtures.export(HardeningFixtures.source()));
            int failed = 0;
            for (long k = 1; k <= reads; k++) {
                Path target = dir.resolve("truncated-" + k + ".zip");
                Workspace faulty = FaultInjectingWorkspace.wrap(HardeningFixtures.source(), Fault.truncatedContent(k));
                try {
                    Migration.export(faulty).full().clock(HardeningFixtures.CLOCK).toPackage(target);
                    assertArrayEquals(original, resourceBytes(Files.readAllBytes(target)), "a package that was written is whole");
                } catch (MigrationException e) {
                    assertFalse(Files.exists(target));
                    failed++;
                }
            }
            assertTrue(failed >= 1, "truncating from the first read reaches the resource");
            reporter.publishEntry(Map.of("positions", Long.toString(reads), "failed", Integer.toString(failed)));
        }

        @Test
        @DisplayName("a source whose lookups stop finding what it lists still gives a package that verifies, or a MigrationException")
        void inconsistentSource() {
            long reads = readsOfCleanExport();
            for (long k = 1; k <= reads + 1; k++) {
                Path target = dir.resolve("missing-" + k + ".zip");
                Workspace faulty = FaultInjectingWorkspace.wrap(HardeningFixtures.source(), Fault.missingOnFind(k));
                try {
                    Migration.export(faulty).custom().select(Selector.folder(HardeningFixtures.TASK_FOLDER))
                            .withDependencies(DependencyMode.UPSTREAM).clock(HardeningFixtures.CLOCK)
                            .toPackage(target);
                    BadPackageCorpusTest.readEverything(target);
                } catch (MigrationException e) {
                    assertFalse(Files.exists(target));
                }
            }
        }

        @Test
        @DisplayName("a slow source gives the same package, byte for byte, as a fast one")
        void slowSource() {
            byte[] fast = HardeningFixtures.export(HardeningFixtures.source());
            Workspace slow = FaultInjectingWorkspace.wrap(HardeningFixtures.source(), Fault.delay(Duration.ofMillis(20)));
            byte[] slowBytes = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> HardeningFixtures.export(slow));
            assertArrayEquals(fast, slowBytes);
        }

        private static byte[] resourceBytes(byte[] pkgBytes) throws IOException {
            List<byte[]> found = new ArrayList<>();
            try (PackageReader reader = PackageReader.open(new ByteArrayInputStream(pkgBytes));
                    Stream<Asset> assets = reader.assets()) {
                reader.verify();
                for (Asset asset : assets.filter(a -> a.type() == AssetType.RESOURCE).toList()) {
                    try (InputStream in = ((Resource) asset).content().open()) {
                        found.add(in.readAllBytes());
                    }
                }
            }
            assertEquals(1, found.size());
            return found.get(0);
        }
    }
}
