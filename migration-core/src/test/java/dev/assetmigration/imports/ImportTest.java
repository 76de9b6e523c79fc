package dev.assetmigration.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.Migration;
import dev.assetmigration.error.UnsupportedCapabilityException;
import dev.assetmigration.error.ValidationException;
import dev.assetmigration.error.Violation;
import dev.assetmigration.export.MigrationPackage;
import dev.assetmigration.export.Selector;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.AutoTriggeredTask;
import dev.assetmigration.model.DataSource;
import dev.assetmigration.model.NodeType;
import dev.assetmigration.model.Secret;
import dev.assetmigration.model.Task;
import dev.assetmigration.pkg.DescriptorException;
import dev.assetmigration.pkg.Manifest;
import dev.assetmigration.pkg.PackagedAsset;
import dev.assetmigration.spi.AssetQuery;
import dev.assetmigration.testkit.FaultInjectingWorkspace;
import dev.assetmigration.testkit.FaultInjectingWorkspace.Fault;
import dev.assetmigration.testkit.InMemoryWorkspace;
import dev.assetmigration.testkit.WorkspaceSnapshot;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import dev.assetmigration.testkit.fixtures.WorkspaceGenerator;
import dev.assetmigration.validation.DependencyCycleException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("Import")
class ImportTest {

    static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    static MigrationPackage exportAll(InMemoryWorkspace source) {
        return Migration.export(source).full().toPackage();
    }

    static <A extends Asset> A find(InMemoryWorkspace ws, AssetType type, String folder, String name, Class<A> cls) {
        return cls.cast(ws.provider(type).findByName(folder, name).orElseThrow(() -> new AssertionError(name + " missing")));
    }

    static Set<PackagedAsset> comparable(Manifest manifest) {
        return Set.copyOf(manifest.assets());
    }

    @Test
    @DisplayName("round trip: workspace A → package → empty workspace B → package gives the same assets, content and graph")
    void roundTrip() {
        InMemoryWorkspace a = WorkspaceGenerator.builder().seed(21).assets(400).build().toWorkspace();
        InMemoryWorkspace b = InMemoryWorkspace.empty();
        try (MigrationPackage first = exportAll(a)) {
            ImportReport report = Migration.importPackage(first).into(b)
                    .onUnresolvedSecret(UnresolvedSecrets.KEEP_PLACEHOLDER).run();
            assertEquals(first.manifest().assets().size(), report.itemsWith(Outcome.CREATED).size());
            try (MigrationPackage second = exportAll(b)) {
                assertEquals(comparable(first.manifest()), comparable(second.manifest()));
            }
        }
    }

    @Nested
    @DisplayName("conflict policy")
    class Conflicts {
        final AutoTriggeredTask upstream = AssetFixtures.autoTask("extract").id("t1").folder("etl").code("select 1").build();
        final AutoTriggeredTask load = AssetFixtures.autoTask("load").id("t2").folder("etl").code("insert new").dependsOn(upstream.ref()).build();
        final AutoTriggeredTask existing = AssetFixtures.autoTask("extract").id("x9").folder("etl").code("select old").build();

        InMemoryWorkspace target() {
            return InMemoryWorkspace.builder().assets(existing).build();
        }

        ImportReport run(InMemoryWorkspace target, ConflictPolicy policy) {
            try (MigrationPackage pkg = exportAll(InMemoryWorkspace.builder().assets(upstream, load).build())) {
                return Migration.importPackage(pkg).into(target).onConflict(policy).run();
            }
        }

        @Test
        @DisplayName("SKIP leaves the target's asset and points references at it")
        void skip() {
            InMemoryWorkspace target = target();
            ImportReport report = run(target, ConflictPolicy.SKIP);
            assertEquals("select old", find(target, AssetType.AUTO_TRIGGERED_TASK, "etl", "extract", Task.class).definition().code());
            assertEquals(List.of(existing.ref()), find(target, AssetType.AUTO_TRIGGERED_TASK, "etl", "load", Task.class).meta().dependencies());
            assertEquals(Map.of(Outcome.SKIPPED, 1L, Outcome.CREATED, 1L), report.counts());
        }

        @Test
        @DisplayName("OVERWRITE replaces the target's asset and keeps its id")
        void overwrite() {
            InMemoryWorkspace target = target();
            ImportReport report = run(target, ConflictPolicy.OVERWRITE);
            Task replaced = find(target, AssetType.AUTO_TRIGGERED_TASK, "etl", "extract", Task.class);
            assertEquals("select 1", replaced.definition().code());
            assertEquals("x9", replaced.id());
            assertEquals(existing.ref(), report.itemsWith(Outcome.UPDATED).get(0).target());
        }

        @Test
        @DisplayName("RENAME creates the asset under a deterministic new name and references follow it")
        void rename() {
            InMemoryWorkspace target = target();
            ImportReport report = run(target, ConflictPolicy.RENAME);
            Task renamed = find(target, AssetType.AUTO_TRIGGERED_TASK, "etl", "extract_imported", Task.class);
            assertEquals(List.of(renamed.ref()), find(target, AssetType.AUTO_TRIGGERED_TASK, "etl", "load", Task.class).meta().dependencies());
            assertEquals("extract_imported", report.itemsWith(Outcome.RENAMED).get(0).name());
            assertEquals("select old", find(target, AssetType.AUTO_TRIGGERED_TASK, "etl", "extract", Task.class).definition().code());
        }

        @Test
        @DisplayName("FAIL refuses the import, names the conflict and writes nothing")
        void fail() {
            InMemoryWorkspace target = target();
            WorkspaceSnapshot before = WorkspaceSnapshot.of(target);
            ImportConflictException e = assertThrows(ImportConflictException.class, () -> run(target, ConflictPolicy.FAIL));
            assertTrue(e.getMessage().contains("'etl/extract'"), e.getMessage());
            before.assertUnchanged(target);
        }

        @Test
        @DisplayName("a per-type policy overrides the general one")
        void perType() {
            InMemoryWorkspace target = target();
            try (MigrationPackage pkg = exportAll(InMemoryWorkspace.builder().assets(upstream, load).build())) {
                ImportReport report = Migration.importPackage(pkg).into(target).onConflict(ConflictPolicy.FAIL)
                        .onConflict(AssetType.AUTO_TRIGGERED_TASK, ConflictPolicy.SKIP).run();
                assertEquals(1, report.itemsWith(Outcome.SKIPPED).size());
            }
        }
    }

    @Nested
    @DisplayName("mappings")
    class Mappings {
        final DataSource prod = AssetFixtures.dataSource("prod_mysql").id("ds1").build();
        final AutoTriggeredTask task = AssetFixtures.autoTask("load").id("t1").dataSource("prod_mysql").dependsOn(prod.ref())
                .resourceGroup("rg_prod").computeEngine("proj_prod").owner("alice")
                .code("insert into prod_db.orders select * from prod_db.stage_2026").build();
        final InMemoryWorkspace source = InMemoryWorkspace.builder().assets(prod, task).build();

        @Test
        @DisplayName("each mapping is applied and reported on the asset")
        void applied() {
            DataSource test = AssetFixtures.dataSource("test_mysql").id("tds").build();
            InMemoryWorkspace target = InMemoryWorkspace.builder().assets(test).build();
            try (MigrationPackage pkg = exportAll(source)) {
                ImportReport report = Migration.importPackage(pkg).into(target)
                        .mapDataSource("prod_mysql", "test_mysql").mapResourceGroup("rg_prod", "rg_test")
                        .mapComputeEngine("proj_prod", "proj_test").mapOwner("alice", "bob")
                        .rewriteCode("prod_db.", "test_db.").rewriteCodeRegex("stage_(\\d+)", "stage_$1_copy").run();
                Task imported = find(target, AssetType.AUTO_TRIGGERED_TASK, task.folder(), "load", Task.class);
                assertEquals("test_mysql", imported.definition().dataSource());
                assertEquals("rg_test", imported.definition().resourceGroup());
                assertEquals("proj_test", imported.definition().computeEngine());
                assertEquals("bob", imported.meta().owner());
                assertEquals("insert into test_db.orders select * from test_db.stage_2026_copy", imported.definition().code());
                assertEquals(List.of(test.ref()), imported.meta().dependencies());
                assertTrue(target.provider(AssetType.DATA_SOURCE).findByName(prod.folder(), "prod_mysql").isEmpty());
                ImportItem item = report.items().stream().filter(i -> i.source().equals(task.ref())).findFirst().orElseThrow();
                assertEquals(6, item.mappings().size(), item.mappings()::toString);
                assertTrue(item.mappings().contains("dataSource prod_mysql -> test_mysql"), item.mappings()::toString);
            }
        }

        @Test
        @DisplayName("a mapping for a data source the package does not have is a warning in the plan")
        void unknownKey() {
            try (MigrationPackage pkg = exportAll(source)) {
                ImportPlan plan = Migration.importPackage(pkg).into(InMemoryWorkspace.empty())
                        .mapDataSource("nope", "x").secrets(SecretResolver.of(Map.of("prod_mysql.password", "pw"))).plan();
                assertTrue(plan.warnings().get(0).contains("'nope'"), plan.warnings()::toString);
            }
        }
    }

    @Test
    @DisplayName("mappings for a resource group, owner or compute engine that no asset uses are warnings in the plan")
    void unusedMappingsWarn() {
        var q = AssetFixtures.autoTask("t").resourceGroup("rg_a").build();
        try (MigrationPackage pkg = exportAll(InMemoryWorkspace.builder().assets(q).build())) {
            ImportPlan plan = Migration.importPackage(pkg).into(InMemoryWorkspace.empty())
                    .mapResourceGroup("rg_a", "rg_b").mapResourceGroup("rg_typo", "rg_c").mapOwner("nobody", "x").plan();
            assertEquals(List.of("mapping for owner 'nobody' is unused: no asset in the package has that owner",
                    "mapping for resourceGroup 'rg_typo' is unused: no asset in the package has that resourceGroup"),
                    plan.warnings().stream().sorted().toList());
        }
    }

    @Test
    @DisplayName("full, then two incremental packages imported in order reproduce the source's final state")
    void chainedIncrementalImports() {
        InMemoryWorkspace source = InMemoryWorkspace.builder()
                .clock(Clock.fixed(T0.plusSeconds(30), ZoneOffset.UTC)).build();
        var provider = source.provider(AssetType.AD_HOC_QUERY);
        provider.create(AssetFixtures.adHocQuery("a").id("a").code("select 1").modifiedAt(T0).build());
        provider.create(AssetFixtures.adHocQuery("b").id("b").code("select 2").modifiedAt(T0).build());
        InMemoryWorkspace target = InMemoryWorkspace.empty();
        try (MigrationPackage full = exportAll(source)) {
            Migration.importPackage(full).into(target).run();
            provider.update(AssetFixtures.adHocQuery("a").id("a").code("select 10").modifiedAt(T0.plusSeconds(10)).build());
            provider.create(AssetFixtures.adHocQuery("c").id("c").code("select 3").modifiedAt(T0.plusSeconds(20)).build());
            try (MigrationPackage first = Migration.export(source).incremental().after(full).toPackage()) {
                Migration.importPackage(first).into(target).onConflict(ConflictPolicy.OVERWRITE).applyDeletions().run();
                provider.delete("b");
                provider.update(AssetFixtures.adHocQuery("c").id("c").code("select 30").modifiedAt(T0.plusSeconds(40)).build());
                try (MigrationPackage second = Migration.export(source).incremental().after(first).toPackage()) {
                    Migration.importPackage(second).into(target).onConflict(ConflictPolicy.OVERWRITE).applyDeletions().run();
                }
            }
        }
        assertEquals(List.of(), WorkspaceSnapshot.of(withoutTombstones(source)).diff(WorkspaceSnapshot.of(withoutTombstones(target))));
    }

    /** The assets of a workspace, without its deletion records (which each side keeps for itself). */
    static InMemoryWorkspace withoutTombstones(InMemoryWorkspace workspace) {
        try (Stream<Asset> assets = workspace.assets(AssetQuery.all())) {
            return InMemoryWorkspace.builder().assets(assets.toList()).build();
        }
    }

    @Nested
    @DisplayName("secrets")
    class Secrets {
        final DataSource ds = AssetFixtures.dataSource("prod_mysql").id("ds1").secret("password", "s3cret!").build();
        final InMemoryWorkspace source = InMemoryWorkspace.builder().assets(ds).build();

        DataSource imported(InMemoryWorkspace target) {
            return find(target, AssetType.DATA_SOURCE, ds.folder(), "prod_mysql", DataSource.class);
        }

        @Test
        @DisplayName("a resolved placeholder becomes the clear secret in the target")
        void resolved() {
            InMemoryWorkspace target = InMemoryWorkspace.empty();
            try (MigrationPackage pkg = exportAll(source)) {
                Migration.importPackage(pkg).into(target).secrets(SecretResolver.of(Map.of("prod_mysql.password", "test-pw"))).run();
            }
            assertEquals(new Secret.Value("test-pw"), imported(target).secrets().get("password"));
        }

        @Test
        @DisplayName("an unresolved placeholder fails the import before any write, naming it")
        void unresolvedFails() {
            InMemoryWorkspace target = InMemoryWorkspace.empty();
            try (MigrationPackage pkg = exportAll(source)) {
                ValidationException e = assertThrows(ValidationException.class, () -> Migration.importPackage(pkg).into(target).run());
                assertTrue(e.getMessage().contains("prod_mysql.password"), e.getMessage());
            }
            assertEquals(0, target.size());
        }

        @Test
        @DisplayName("OMIT imports the data source without the secret; KEEP_PLACEHOLDER keeps the placeholder; both warn")
        void omitAndKeep() {
            InMemoryWorkspace omitted = InMemoryWorkspace.empty();
            InMemoryWorkspace kept = InMemoryWorkspace.empty();
            try (MigrationPackage pkg = exportAll(source)) {
                ImportReport r1 = Migration.importPackage(pkg).into(omitted).onUnresolvedSecret(UnresolvedSecrets.OMIT).run();
                ImportReport r2 = Migration.importPackage(pkg).into(kept).onUnresolvedSecret(UnresolvedSecrets.KEEP_PLACEHOLDER).run();
                assertFalse(r1.items().get(0).warnings().isEmpty());
                assertFalse(r2.items().get(0).warnings().isEmpty());
            }
            assertEquals(Map.of(), imported(omitted).secrets());
            assertEquals(new Secret.Placeholder("prod_mysql.password"), imported(kept).secrets().get("password"));
        }
    }

    @Nested
    @DisplayName("tombstones")
    class Deletions {
        @Test
        @DisplayName("deletions apply only when asked; otherwise the plan warns")
        void optIn() {
            var q = AssetFixtures.adHocQuery("old_query").id("q1").modifiedAt(T0).build();
            InMemoryWorkspace source = InMemoryWorkspace.builder().assets(q).clock(Clock.fixed(T0.plusSeconds(9), ZoneOffset.UTC)).build();
            source.provider(AssetType.AD_HOC_QUERY).delete("q1");
            InMemoryWorkspace target = InMemoryWorkspace.builder().assets(q.withMeta(q.meta().withId("other"))).build();
            try (MigrationPackage pkg = Migration.export(source).incremental().since(T0).toPackage()) {
                ImportReport off = Migration.importPackage(pkg).into(target).run();
                assertEquals(1, target.size());
                assertTrue(off.warnings().get(0).contains("applyDeletions"), off.warnings()::toString);
                ImportReport on = Migration.importPackage(pkg).into(target).applyDeletions().run();
                assertEquals(0, target.size());
                assertEquals(1, on.itemsWith(Outcome.DELETED).size());
            }
        }
    }

    @Nested
    @DisplayName("atomicity")
    class Atomicity {

        /** Nine assets, three of which overwrite target assets, one resource among them. */
        InMemoryWorkspace source() {
            return WorkspaceGenerator.builder().seed(99).assets(9).maxResourceBytes(4096).build().toWorkspace();
        }

        InMemoryWorkspace target(Supplier<InMemoryWorkspace.Builder> builder, InMemoryWorkspace source) {
            InMemoryWorkspace.Builder seeded = builder.get();
            try (Stream<Asset> assets = source.assets(AssetQuery.all())) {
                assets.limit(3).forEach(asset -> seeded.asset(asset.withMeta(asset.meta().withId("old-" + asset.id()))));
            }
            return seeded.build();
        }

        void rollbackAtEveryPosition(Supplier<InMemoryWorkspace.Builder> targetBuilder, LongFunction<Fault> fault) {
            InMemoryWorkspace source = source();
            try (MigrationPackage pkg = exportAll(source)) {
                long writes = Migration.importPackage(pkg).into(target(targetBuilder, source))
                        .onConflict(ConflictPolicy.OVERWRITE).onUnresolvedSecret(UnresolvedSecrets.KEEP_PLACEHOLDER)
                        .dryRun().items().stream().filter(i -> i.action().writes()).count();
                assertEquals(9, writes);
                for (int k = 1; k <= writes; k++) {
                    InMemoryWorkspace target = target(targetBuilder, source);
                    WorkspaceSnapshot before = WorkspaceSnapshot.of(target);
                    var faulty = FaultInjectingWorkspace.wrap(target, fault.apply(k));
                    int position = k;
                    ImportFailedException e = assertThrows(ImportFailedException.class, () -> Migration.importPackage(pkg)
                            .into(faulty).onConflict(ConflictPolicy.OVERWRITE)
                            .onUnresolvedSecret(UnresolvedSecrets.KEEP_PLACEHOLDER).run(), () -> "write " + position);
                    before.assertUnchanged(target);
                    assertEquals(1, e.report().itemsWith(Outcome.FAILED).size());
                    assertEquals(position - 1, e.report().itemsWith(Outcome.ROLLED_BACK).size(), () -> "write " + position);
                }
            }
        }

        @Test
        @DisplayName("a write failing at any position k leaves the target exactly as before (undo log)")
        void undoLog() {
            rollbackAtEveryPosition(() -> InMemoryWorkspace.builder().withoutTransactions().withoutTombstones(),
                    Fault::failOnWrite);
        }

        @Test
        @DisplayName("a write that lands and then reports failure, at any position, is undone too (undo log)")
        void landedThenFailed() {
            rollbackAtEveryPosition(() -> InMemoryWorkspace.builder().withoutTransactions().withoutTombstones(),
                    Fault::failAfterWrite);
        }

        @Test
        @DisplayName("without transactions, a target that records deletions records the undo of a create as one")
        void undoLeavesTombstonesOfRolledBackCreates() {
            var a = AssetFixtures.adHocQuery("a").id("a").build();
            var b = AssetFixtures.adHocQuery("b").id("b").build();
            InMemoryWorkspace target = InMemoryWorkspace.builder().withoutTransactions().build();
            try (MigrationPackage pkg = exportAll(InMemoryWorkspace.builder().assets(a, b).build())) {
                var faulty = FaultInjectingWorkspace.wrap(target, Fault.failOnWrite(2));
                assertThrows(ImportFailedException.class, () -> Migration.importPackage(pkg).into(faulty).run());
            }
            assertEquals(0, target.size());
            assertEquals(List.of(a.ref()), WorkspaceSnapshot.of(target).tombstones().stream().map(t -> t.asset()).toList());
        }

        @Test
        @DisplayName("with the transaction capability, a failure at any position rolls the transaction back")
        void transaction() {
            rollbackAtEveryPosition(InMemoryWorkspace::builder, Fault::failOnWrite);
            rollbackAtEveryPosition(InMemoryWorkspace::builder, Fault::failAfterWrite);
        }
    }

    @Nested
    @DisplayName("rejected before any write")
    class Rejected {

        void rejected(InMemoryWorkspace source, Class<? extends RuntimeException> type, String fragment) {
            InMemoryWorkspace target = InMemoryWorkspace.builder().assets(AssetFixtures.adHocQuery("keep").build()).build();
            WorkspaceSnapshot before = WorkspaceSnapshot.of(target);
            try (MigrationPackage pkg = exportAll(source)) {
                RuntimeException e = assertThrows(type, () -> Migration.importPackage(pkg).into(target).run());
                assertTrue(e.getMessage().contains(fragment), e.getMessage());
            }
            before.assertUnchanged(target);
        }

        @Test
        @DisplayName("a dependency cycle")
        void cycle() {
            var a = AssetFixtures.autoTask("a").id("a").dependsOn(AssetRef.of(AssetType.AUTO_TRIGGERED_TASK, "b")).build();
            var b = AssetFixtures.autoTask("b").id("b").dependsOn(a.ref()).build();
            rejected(InMemoryWorkspace.builder().assets(a, b).build(), DependencyCycleException.class, "AUTO_TRIGGERED_TASK/a");
        }

        @Test
        @DisplayName("a blank name (the package reader already refuses its descriptor)")
        void blankName() {
            var t = AssetFixtures.adHocQuery("ok").id("q").build();
            var blank = t.withMeta(t.meta().withName(" "));
            rejected(InMemoryWorkspace.builder().assets(blank).build(), DescriptorException.class, "assets/AD_HOC_QUERY/%20.json");
        }

        @Test
        @DisplayName("an invalid cron")
        void invalidCron() {
            var t = AssetFixtures.autoTask("t").id("t").cron("61 * * * *").build();
            rejected(InMemoryWorkspace.builder().assets(t).build(), ValidationException.class, "schedule.cron");
        }

        @Test
        @DisplayName("a reference that resolves neither in the package nor in the target")
        void dangling() {
            var a = AssetFixtures.autoTask("a").id("a").build();
            var b = AssetFixtures.autoTask("b").id("b").dependsOn(a.ref()).build();
            InMemoryWorkspace source = InMemoryWorkspace.builder().assets(a, b).build();
            InMemoryWorkspace target = InMemoryWorkspace.empty();
            try (MigrationPackage pkg = Migration.export(source).custom().select(Selector.asset(b.ref())).toPackage()) {
                ValidationException e = assertThrows(ValidationException.class, () -> Migration.importPackage(pkg).into(target).run());
                assertEquals(List.of("meta.dependencies"), e.violations().stream().map(Violation::path).toList());
                assertEquals(0, target.size());
                ImportReport allowed = Migration.importPackage(pkg).into(target).allowUnresolvedReferences().run();
                assertFalse(allowed.items().get(0).warnings().isEmpty());
            }
        }

        @Test
        @DisplayName("auto-deploy into a target without the deploy capability")
        void deployWithoutCapability() {
            var q = AssetFixtures.autoTask("t").build();
            InMemoryWorkspace target = InMemoryWorkspace.builder().withoutDeployment().build();
            try (MigrationPackage pkg = exportAll(InMemoryWorkspace.builder().assets(q).build())) {
                assertThrows(UnsupportedCapabilityException.class, () -> Migration.importPackage(pkg).into(target).deploy().run());
            }
            assertEquals(0, target.size());
        }
    }

    @Test
    @DisplayName("deploy commits and deploys the imported tasks")
    void deploy() {
        var t = AssetFixtures.autoTask("t").id("t").build();
        InMemoryWorkspace target = InMemoryWorkspace.empty();
        try (MigrationPackage pkg = exportAll(InMemoryWorkspace.builder().assets(t).build())) {
            Migration.importPackage(pkg).into(target).deploy().run();
        }
        assertEquals(List.of(t.ref()), target.deployments());
    }

    @Test
    @DisplayName("unsupported nodes in the package are reported, not imported")
    void unsupported() {
        var dq = AssetFixtures.autoTask("dq").id("dq").nodeType(NodeType.DATA_QUALITY).build();
        var t = AssetFixtures.autoTask("t").id("t").dependsOn(dq.ref()).build();
        InMemoryWorkspace target = InMemoryWorkspace.empty();
        try (MigrationPackage pkg = exportAll(InMemoryWorkspace.builder().assets(dq, t).build())) {
            ImportReport report = Migration.importPackage(pkg).into(target).run();
            assertEquals(1, report.itemsWith(Outcome.UNSUPPORTED).size());
            assertEquals(1, target.size());
            ImportItem created = report.itemsWith(Outcome.CREATED).get(0);
            assertTrue(created.warnings().get(0).contains("AUTO_TRIGGERED_TASK/dq"), created.warnings()::toString);
        }
    }

    @Test
    @DisplayName("a dry run reports the outcomes a run would have and writes nothing")
    void dryRun() {
        InMemoryWorkspace source = WorkspaceGenerator.builder().seed(4).assets(60).build().toWorkspace();
        InMemoryWorkspace target = InMemoryWorkspace.empty();
        try (MigrationPackage pkg = exportAll(source)) {
            ImportOptions options = Migration.importPackage(pkg).into(target).onUnresolvedSecret(UnresolvedSecrets.KEEP_PLACEHOLDER);
            ImportReport dry = options.dryRun();
            assertTrue(dry.dryRun());
            assertEquals(0, target.size());
            ImportReport real = options.run();
            assertEquals(dry.items().stream().map(i -> i.source() + "=" + i.outcome()).toList(),
                    real.items().stream().map(i -> i.source() + "=" + i.outcome()).toList());
        }
    }

    @Test
    @DisplayName("the report serialises to its documented JSON shape")
    void json() {
        var t = AssetFixtures.autoTask("t").id("t").folder("f").build();
        try (MigrationPackage pkg = exportAll(InMemoryWorkspace.builder().assets(t).build())) {
            ImportReport report = Migration.importPackage(pkg).into(InMemoryWorkspace.empty()).run();
            JsonNode json = JsonMapper.builder().build().readTree(report.toJson());
            assertEquals(pkg.manifest().packageId().toString(), json.get("packageId").asString());
            assertFalse(json.get("dryRun").asBoolean());
            assertEquals(1, json.get("counts").get("CREATED").asInt());
            JsonNode item = json.get("items").get(0);
            assertEquals("t", item.get("name").asString());
            assertEquals("CREATED", item.get("outcome").asString());
            assertEquals("AUTO_TRIGGERED_TASK", item.get("type").asString());
            assertTrue(report.toString().contains("CREATED"));
        }
    }

    @ParameterizedTest
    @EnumSource(ConflictPolicy.class)
    @DisplayName("importing into an empty target creates everything whatever the conflict policy")
    void emptyTarget(ConflictPolicy policy) {
        var q = AssetFixtures.adHocQuery("q").build();
        try (MigrationPackage pkg = exportAll(InMemoryWorkspace.builder().assets(q).build())) {
            ImportReport report = Migration.importPackage(pkg).into(InMemoryWorkspace.empty()).onConflict(policy).run();
            assertEquals(Map.of(Outcome.CREATED, 1L), report.counts());
        }
    }

    @Test
    @DisplayName("read limits given to the import apply to the package: too many entries is refused before any write")
    void readLimits() {
        InMemoryWorkspace source = WorkspaceGenerator.builder().seed(8).assets(20).build().toWorkspace();
        InMemoryWorkspace target = InMemoryWorkspace.empty();
        try (MigrationPackage pkg = exportAll(source)) {
            var e = assertThrows(dev.assetmigration.pkg.PackageLimitException.class, () -> Migration.importPackage(pkg)
                    .into(target).readLimits(dev.assetmigration.pkg.ReadLimits.defaults().withMaxEntries(5)).run());
            assertEquals(5, e.limit());
        }
        assertEquals(0, target.size());
    }
}
