package dev.assetmigration.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.Migration;
import dev.assetmigration.ProgressEvent;
import dev.assetmigration.error.ProviderException;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.LifecycleState;
import dev.assetmigration.model.NodeType;
import dev.assetmigration.pkg.ExportMode;
import dev.assetmigration.pkg.ExternalAsset;
import dev.assetmigration.pkg.Manifest;
import dev.assetmigration.pkg.PackageReader;
import dev.assetmigration.pkg.PackagedAsset;
import dev.assetmigration.spi.AssetQuery;
import dev.assetmigration.testkit.FaultInjectingWorkspace;
import dev.assetmigration.testkit.InMemoryWorkspace;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import dev.assetmigration.testkit.fixtures.WorkspaceGenerator;
import dev.assetmigration.validation.DependencyCycleException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Export")
class ExportTest {

    static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);
    static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path dir;

    static Set<AssetRef> packaged(Manifest manifest) {
        return manifest.assets().stream().map(PackagedAsset::ref).collect(Collectors.toSet());
    }

    static Set<AssetRef> refs(InMemoryWorkspace workspace) {
        try (Stream<Asset> all = workspace.assets(AssetQuery.all())) {
            return all.filter(a -> a.unsupportedReason().isEmpty()).map(Asset::ref).collect(Collectors.toSet());
        }
    }

    static Set<String> names(Manifest manifest) {
        return manifest.assets().stream().map(PackagedAsset::name).collect(Collectors.toSet());
    }

    @Nested
    @DisplayName("full")
    class Full {

        @Test
        @DisplayName("a generated 5,000-asset workspace exports exactly its assets; unsupported ones are listed, not dropped")
        void fullExportContainsEverything() {
            WorkspaceGenerator generator = WorkspaceGenerator.builder().seed(7).assets(5_000).unsupportedShare(0.01).build();
            InMemoryWorkspace source = generator.toWorkspace();
            try (MigrationPackage pkg = Migration.export(source).full().clock(FIXED).toPackage()) {
                Manifest manifest = pkg.manifest();
                assertEquals(refs(source), packaged(manifest));
                assertEquals(ExportMode.FULL, manifest.exportMode());
                assertFalse(manifest.unsupported().isEmpty(), "generator was asked for unsupported nodes");
                assertEquals(pkg.report().unsupported().size(), manifest.unsupported().size());
                assertTrue(manifest.unsupported().get(0).reason().contains("rebuild by hand"));
                assertEquals(5_000, pkg.report().total() + pkg.report().unsupported().size());
                assertTrue(pkg.report().packageBytes() > 0);
            }
        }

        @Test
        @DisplayName("the same workspace exported twice with a fixed clock gives byte-identical packages")
        void reproducible() throws Exception {
            InMemoryWorkspace source = WorkspaceGenerator.builder().seed(3).assets(300).build().toWorkspace();
            Path first = dir.resolve("a.zip");
            Path second = dir.resolve("b.zip");
            Migration.export(source).full().clock(FIXED).toPackage(first);
            Migration.export(source).full().clock(FIXED).toPackage(second);
            assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        }

        @Test
        @DisplayName("a provider failing midway leaves no package file behind")
        void failureLeavesNoFile() throws Exception {
            InMemoryWorkspace source = WorkspaceGenerator.builder().seed(1).assets(200).build().toWorkspace();
            Path target = dir.resolve("out.zip");
            // Reads are counted per call: the fourth type's listing fails after three types were written.
            var failing = FaultInjectingWorkspace.wrap(source, FaultInjectingWorkspace.Fault.failOnRead(4));
            assertThrows(ProviderException.class, () -> Migration.export(failing).full().toPackage(target));
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(List.of(), left.toList());
            }
        }

        @Test
        @DisplayName("the types filter keeps only those types; references to other types become external stubs")
        void typesFilter() {
            var ds = AssetFixtures.dataSource("prod_mysql").id("ds1").build();
            var task = AssetFixtures.autoTask("load").id("t1").dataSource("prod_mysql").dependsOn(ds.ref()).build();
            InMemoryWorkspace source = InMemoryWorkspace.builder().assets(ds, task).build();
            try (MigrationPackage pkg = Migration.export(source).full().types(AssetType.AUTO_TRIGGERED_TASK).toPackage()) {
                assertEquals(Set.of(task.ref()), packaged(pkg.manifest()));
                assertEquals(List.of(new ExternalAsset(ds.ref(), "prod_mysql", ds.folder())), pkg.manifest().external());
            }
        }

        @Test
        @DisplayName("progress reports start, every asset and the end")
        void progress() {
            InMemoryWorkspace source = WorkspaceGenerator.builder().seed(2).assets(40).build().toWorkspace();
            List<ProgressEvent> events = new ArrayList<>();
            Migration.export(source).full().progress(events::add).to(new ByteArrayOutputStream());
            assertTrue(events.get(0) instanceof ProgressEvent.Started);
            assertEquals(40, events.stream().filter(e -> e instanceof ProgressEvent.AssetDone).count());
            assertEquals(new ProgressEvent.Finished(40, ((ProgressEvent.Finished) events.get(events.size() - 1)).elapsed(), true),
                    events.get(events.size() - 1));
        }

        @Test
        @DisplayName("a plan lists what would be exported and writes nothing")
        void planWritesNothing() throws Exception {
            InMemoryWorkspace source = WorkspaceGenerator.builder().seed(5).assets(100).build().toWorkspace();
            ExportPlan plan = Migration.export(source).full().plan();
            assertEquals(refs(source), plan.assets().stream().map(ExportPlan.PlannedAsset::asset).collect(Collectors.toSet()));
            assertNull(plan.report().packageId());
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(0, left.count());
            }
        }
    }

    @Nested
    @DisplayName("incremental")
    class Incremental {

        @Test
        @DisplayName("exports assets modified strictly after since: one modified exactly at since is left out")
        void boundary() {
            var before = AssetFixtures.adHocQuery("before").id("q1").modifiedAt(T0.minusSeconds(1)).build();
            var at = AssetFixtures.adHocQuery("at").id("q2").modifiedAt(T0).build();
            var after = AssetFixtures.adHocQuery("after").id("q3").modifiedAt(T0.plusMillis(1)).build();
            InMemoryWorkspace source = InMemoryWorkspace.builder().assets(before, at, after).build();
            try (MigrationPackage pkg = Migration.export(source).incremental().since(T0).toPackage()) {
                assertEquals(Set.of(after.ref()), packaged(pkg.manifest()));
                assertEquals(T0, pkg.manifest().since());
                assertEquals(T0.plusMillis(1), pkg.manifest().highWaterMark());
            }
        }

        @Test
        @DisplayName("chaining from a package's high-water mark exports only what changed since")
        void chaining() {
            var q1 = AssetFixtures.adHocQuery("q1").id("q1").modifiedAt(T0).build();
            InMemoryWorkspace source = InMemoryWorkspace.builder().assets(q1).build();
            try (MigrationPackage full = Migration.export(source).full().toPackage()) {
                var q2 = AssetFixtures.adHocQuery("q2").id("q2").modifiedAt(T0.plusSeconds(60)).build();
                source.provider(AssetType.AD_HOC_QUERY).create(q2);
                try (MigrationPackage next = Migration.export(source).incremental().after(full).toPackage()) {
                    assertEquals(Set.of(q2.ref()), packaged(next.manifest()));
                    Path file = next.moveTo(dir.resolve("inc1.zip"));
                    var q3 = AssetFixtures.adHocQuery("q3").id("q3").modifiedAt(T0.plusSeconds(120)).build();
                    source.provider(AssetType.AD_HOC_QUERY).create(q3);
                    try (MigrationPackage third = Migration.export(source).incremental().after(file).toPackage()) {
                        assertEquals(Set.of(q3.ref()), packaged(third.manifest()));
                    }
                }
            }
        }

        @Test
        @DisplayName("deletions appear as tombstones when the source records them")
        void tombstones() {
            var q1 = AssetFixtures.adHocQuery("q1").id("q1").modifiedAt(T0).build();
            InMemoryWorkspace source = InMemoryWorkspace.builder().assets(q1)
                    .clock(Clock.fixed(T0.plusSeconds(5), ZoneOffset.UTC)).build();
            source.provider(AssetType.AD_HOC_QUERY).delete("q1");
            try (MigrationPackage pkg = Migration.export(source).incremental().since(T0).toPackage()) {
                assertTrue(pkg.manifest().deletionsCovered());
                assertEquals(List.of(q1.ref()), pkg.manifest().tombstones().stream().map(t -> t.asset()).toList());
                assertEquals(1, pkg.report().tombstones());
            }
        }

        @Test
        @DisplayName("a source without tombstones gives a package that says deletions are not covered")
        void noTombstoneCapability() {
            InMemoryWorkspace source = InMemoryWorkspace.builder().withoutTombstones()
                    .assets(AssetFixtures.adHocQuery("q1").modifiedAt(T0.plusSeconds(1)).build()).build();
            try (MigrationPackage pkg = Migration.export(source).incremental().since(T0).toPackage()) {
                assertFalse(pkg.manifest().deletionsCovered());
                assertTrue(pkg.report().toString().contains("deletions not covered"), pkg.report()::toString);
            }
        }
    }

    @Nested
    @DisplayName("custom")
    class Custom {

        // a <- b <- c <- d (d depends on c …); b uses resource r and function f (which needs resource fr)
        final Asset r = AssetFixtures.resource("r.jar").id("r").build();
        final Asset fr = AssetFixtures.resource("udf.jar").id("fr").build();
        final Asset f = AssetFixtures.function("my_udf").id("f").dependsOn(fr.ref()).build();
        final Asset a = AssetFixtures.autoTask("a").id("a").folder("flow1").build();
        final Asset b = AssetFixtures.autoTask("b").id("b").folder("flow1").dependsOn(a.ref(), r.ref(), f.ref()).build();
        final Asset c = AssetFixtures.autoTask("c").id("c").folder("flow2").dependsOn(b.ref()).build();
        final Asset d = AssetFixtures.autoTask("d_report").id("d").folder("flow2/sub").dependsOn(c.ref()).build();
        final Asset other = AssetFixtures.manualTask("other").id("o").folder("flow3").build();
        final InMemoryWorkspace source = InMemoryWorkspace.builder().assets(r, fr, f, a, b, c, d, other).build();

        Set<AssetRef> export(CustomExport export) {
            try (MigrationPackage pkg = export.toPackage()) {
                return packaged(pkg.manifest());
            }
        }

        @Test
        @DisplayName("each selector alone picks what it names")
        void selectors() {
            assertEquals(Set.of(b.ref()), export(Migration.export(source).custom().select(Selector.asset(b.ref()))));
            assertEquals(Set.of(c.ref(), d.ref()), export(Migration.export(source).custom().select(Selector.folder("flow2"))));
            assertEquals(Set.of(d.ref()), export(Migration.export(source).custom().select(Selector.name("d_*"))));
            assertEquals(Set.of(r.ref(), fr.ref()), export(Migration.export(source).custom().select(Selector.type(AssetType.RESOURCE))));
            assertEquals(Set.of(other.ref(), d.ref()), export(Migration.export(source).custom()
                    .select(Selector.parse("type:MANUALLY_TRIGGERED_TASK"), Selector.parse("name:?_report"))));
        }

        @Test
        @DisplayName("without dependencies, references to unselected assets become external stubs")
        void externals() {
            try (MigrationPackage pkg = Migration.export(source).custom().select(Selector.asset(b.ref())).toPackage()) {
                assertEquals(Set.of(a.ref(), r.ref(), f.ref()),
                        pkg.manifest().external().stream().map(ExternalAsset::ref).collect(Collectors.toSet()));
            }
        }

        @Test
        @DisplayName("upstream closure pulls transitive upstream tasks and referenced assets, nothing else")
        void upstreamClosure() {
            assertEquals(Set.of(d.ref(), c.ref(), b.ref(), a.ref(), r.ref(), f.ref(), fr.ref()),
                    export(Migration.export(source).custom().select(Selector.asset(d.ref())).withDependencies(DependencyMode.UPSTREAM)));
        }

        @Test
        @DisplayName("downstream closure pulls the tasks that depend on the selection")
        void downstreamClosure() {
            assertEquals(Set.of(b.ref(), c.ref(), d.ref(), r.ref(), f.ref(), fr.ref()),
                    export(Migration.export(source).custom().select(Selector.asset(b.ref())).withDependencies(DependencyMode.DOWNSTREAM)));
        }

        @Test
        @DisplayName("a depth limit bounds task hops but still pulls referenced assets")
        void depthLimit() {
            assertEquals(Set.of(c.ref(), b.ref(), d.ref(), r.ref(), f.ref(), fr.ref()),
                    export(Migration.export(source).custom().select(Selector.asset(c.ref())).withDependencies(DependencyMode.BOTH, 1)));
        }

        @Test
        @DisplayName("exclusions apply on top of the closure")
        void exclusions() {
            assertEquals(Set.of(d.ref(), c.ref(), b.ref(), a.ref(), f.ref(), fr.ref()),
                    export(Migration.export(source).custom().select(Selector.asset(d.ref()))
                            .withDependencies(DependencyMode.UPSTREAM).exclude(Selector.name("r.jar"))));
        }

        @Test
        @DisplayName("the lifecycle filter keeps only assets in the given states")
        void lifecycle() {
            var deployed = AssetFixtures.adHocQuery("dep").id("q1").lifecycle(LifecycleState.DEPLOYED).build();
            var saved = AssetFixtures.adHocQuery("sav").id("q2").lifecycle(LifecycleState.SAVED).build();
            InMemoryWorkspace ws = InMemoryWorkspace.builder().assets(deployed, saved).build();
            try (MigrationPackage pkg = Migration.export(ws).full().lifecycle(LifecycleState.DEPLOYED).toPackage()) {
                assertEquals(Set.of(deployed.ref()), packaged(pkg.manifest()));
            }
        }
    }

    @Nested
    @DisplayName("problems in the source")
    class Problems {

        @Test
        @DisplayName("a dependency cycle is reported with its members, and fails a strict export")
        void cycle() {
            AssetRef aRef = AssetRef.of(AssetType.AUTO_TRIGGERED_TASK, "a");
            AssetRef bRef = AssetRef.of(AssetType.AUTO_TRIGGERED_TASK, "b");
            var a = AssetFixtures.autoTask("a").id("a").dependsOn(bRef).build();
            var b = AssetFixtures.autoTask("b").id("b").dependsOn(aRef).build();
            InMemoryWorkspace source = InMemoryWorkspace.builder().assets(a, b).build();
            ExportReport report = Migration.export(source).full().to(new ByteArrayOutputStream());
            assertTrue(report.warnings().get(0).contains("AUTO_TRIGGERED_TASK/a -> AUTO_TRIGGERED_TASK/b"), report.warnings()::toString);
            DependencyCycleException e = assertThrows(DependencyCycleException.class,
                    () -> Migration.export(source).full().strict().to(new ByteArrayOutputStream()));
            assertEquals(Set.of(aRef, bRef), Set.copyOf(e.cycle()));
        }

        @Test
        @DisplayName("a reference to an asset the source lacks is reported, and fails a strict export")
        void missingDependency() {
            AssetRef ghost = AssetRef.of(AssetType.RESOURCE, "ghost");
            var task = AssetFixtures.autoTask("t").id("t").dependsOn(ghost).build();
            InMemoryWorkspace source = InMemoryWorkspace.builder().assets(task).build();
            ExportReport report = Migration.export(source).full().to(new ByteArrayOutputStream());
            assertEquals(List.of(new MissingDependency(task.ref(), ghost)), report.missingDependencies());
            MissingDependencyException e = assertThrows(MissingDependencyException.class,
                    () -> Migration.export(source).full().strict().to(new ByteArrayOutputStream()));
            assertTrue(e.getMessage().contains("RESOURCE/ghost"), e.getMessage());
        }

        @Test
        @DisplayName("Data Quality, composite and data push nodes are listed as unsupported in report and manifest")
        void unsupportedNodes() {
            var dq = AssetFixtures.autoTask("check_orders").id("dq").nodeType(NodeType.DATA_QUALITY).build();
            var comp = AssetFixtures.manualTask("loop").id("cp").nodeType(NodeType.COMPOSITE).build();
            var push = AssetFixtures.autoTask("push").id("dp").nodeType(NodeType.DATA_PUSH).build();
            var ok = AssetFixtures.autoTask("ok").id("ok").dependsOn(dq.ref()).build();
            InMemoryWorkspace source = InMemoryWorkspace.builder().assets(dq, comp, push, ok).build();
            try (MigrationPackage pkg = Migration.export(source).full().toPackage()) {
                assertEquals(Set.of(ok.ref()), packaged(pkg.manifest()));
                assertEquals(Set.of(dq.ref(), comp.ref(), push.ref()),
                        pkg.manifest().unsupported().stream().map(u -> u.ref()).collect(Collectors.toSet()));
                assertEquals(3, pkg.report().unsupported().size());
                assertTrue(pkg.report().toString().contains("UNSUPPORTED"), pkg.report()::toString);
            }
        }
    }

    @Test
    @DisplayName("a package can be read back with its reader")
    void readable() {
        InMemoryWorkspace source = WorkspaceGenerator.builder().seed(11).assets(50).build().toWorkspace();
        try (MigrationPackage pkg = Migration.export(source).full().toPackage(); PackageReader reader = pkg.open()) {
            reader.verify();
            assertEquals(names(pkg.manifest()), reader.assets().map(Asset::name).collect(Collectors.toSet()));
        }
    }
}
