package dev.assetmigration.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.Migration;
import dev.assetmigration.export.DependencyMode;
import dev.assetmigration.export.ExportPlan;
import dev.assetmigration.export.ExportReport;
import dev.assetmigration.export.MigrationPackage;
import dev.assetmigration.export.Selector;
import dev.assetmigration.imports.ConflictPolicy;
import dev.assetmigration.imports.ImportOptions;
import dev.assetmigration.imports.ImportPlan;
import dev.assetmigration.imports.ImportReport;
import dev.assetmigration.imports.Outcome;
import dev.assetmigration.imports.SecretResolver;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.DataSource;
import dev.assetmigration.model.Task;
import dev.assetmigration.testkit.InMemoryWorkspace;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's five-minute tour, compiled and run. When you change the README's code, change it
 * here (between the TOUR markers) in the same commit.
 */
@DisplayName("The README tour")
class ReadmeTourTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("exports three ways, then plans, dry-runs and runs an import with mappings")
    void tour() {
        Path full = dir.resolve("full.zip");
        Path delta = dir.resolve("delta.zip");
        // TOUR:BEGIN
        // A source workspace: your own provider, or the test kit's in-memory one.
        DataSource prod = AssetFixtures.dataSource("prod_mysql").secret("password", "s3cret").build();
        Task load = AssetFixtures.autoTask("load_orders").folder("sales/daily")
                .dataSource("prod_mysql").dependsOn(prod.ref())
                .code("insert into prod_db.orders select * from ods.orders").build();
        InMemoryWorkspace source = InMemoryWorkspace.builder().assets(prod, load).build();

        // Full export to a file. Secrets leave as placeholders, never in clear text.
        ExportReport report = Migration.export(source).full().toPackage(full);
        System.out.println(report);

        // Incremental: what changed after the full package's high-water mark.
        Migration.export(source).incremental().after(full).toPackage(delta);
        Migration.export(source).incremental().since(Instant.parse("2026-11-01T00:00:00Z")).plan();

        // Custom: one business flow plus everything it needs upstream.
        ExportPlan plan = Migration.export(source).custom()
                .select(Selector.folder("sales"))
                .withDependencies(DependencyMode.UPSTREAM)
                .plan();

        // Import into a staging workspace: plan, dry run, then run.
        InMemoryWorkspace staging = InMemoryWorkspace.builder()
                .assets(AssetFixtures.dataSource("test_mysql").build()).build();
        ImportOptions promote = Migration.importPackage(full).into(staging)
                .mapDataSource("prod_mysql", "test_mysql")
                .rewriteCode("prod_db.", "test_db.")
                .onConflict(ConflictPolicy.RENAME);
        ImportPlan importPlan = promote.plan();          // nothing written
        ImportReport dryRun = promote.dryRun();          // the same, as a report
        ImportReport result = promote.run();             // all or nothing
        System.out.println(result);                      // a table; result.toJson() for machines

        // An in-process package, closed (and deleted) when done.
        try (MigrationPackage pkg = Migration.export(source).full().toPackage()) {
            Migration.importPackage(pkg).into(InMemoryWorkspace.empty())
                    .secrets(SecretResolver.of(Map.of("prod_mysql.password", "staging-secret")))
                    .run();
        }
        // TOUR:END
        assertEquals(2, report.total());
        assertEquals(2, plan.assets().size());
        assertEquals(2, importPlan.items().size());
        assertTrue(dryRun.dryRun());
        assertEquals(1, result.itemsWith(Outcome.CREATED).size());
        Task imported = (Task) staging.provider(AssetType.AUTO_TRIGGERED_TASK).findByName("sales/daily", "load_orders").orElseThrow();
        assertEquals("insert into test_db.orders select * from ods.orders", imported.definition().code());
        assertEquals("test_mysql", imported.definition().dataSource());
    }
}
