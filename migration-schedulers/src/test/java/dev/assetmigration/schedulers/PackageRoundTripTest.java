package dev.assetmigration.schedulers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assetmigration.export.ExportStep;
import dev.assetmigration.imports.ImportStep;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.export.MigrationPackage;
import dev.assetmigration.imports.ImportReport;
import dev.assetmigration.imports.Outcome;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.Resource;
import dev.assetmigration.model.Task;
import dev.assetmigration.testkit.InMemoryWorkspace;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("A converted scheduler source exports to a package and imports into the in-memory workspace")
class PackageRoundTripTest {

    /*
     * The entry point dev.assetmigration.Migration lives in a package whose name is a prefix of this
     * module's packages; javac, compiling the tests patched into the named module, treats that
     * package as the module's own (empty) one and cannot see the class on the class path. The
     * tests therefore call the two entry points reflectively; everything else is typed.
     */
    private static ExportStep export(Workspace source) {
        return (ExportStep) entryPoint("export", Workspace.class, source);
    }

    private static ImportStep importPackage(MigrationPackage pkg) {
        return (ImportStep) entryPoint("importPackage", MigrationPackage.class, pkg);
    }

    private static Object entryPoint(String method, Class<?> parameter, Object argument) {
        try {
            return Class.forName("dev.assetmigration.Migration").getMethod(method, parameter).invoke(null, argument);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw (RuntimeException) e.getCause();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<Arguments> sources() {
        return Stream.of(
                Arguments.of("Oozie", (Supplier<SchedulerWorkspace>) () ->
                        OozieWorkspace.read(Fixtures.resource("oozie/daily-etl"))),
                Arguments.of("Azkaban legacy", (Supplier<SchedulerWorkspace>) () ->
                        AzkabanWorkspace.read(Fixtures.resource("azkaban/legacy-sales"))),
                Arguments.of("Azkaban Flow 2.0", (Supplier<SchedulerWorkspace>) () ->
                        AzkabanWorkspace.read(Fixtures.resource("azkaban/flow20-sales"))),
                Arguments.of("Airflow", (Supplier<SchedulerWorkspace>) () ->
                        AirflowWorkspace.read(Fixtures.resource("airflow"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    @DisplayName("every task and resource arrives with its folder, name, code, bytes and dependencies")
    void roundTrip(String scheduler, Supplier<SchedulerWorkspace> source) {
        SchedulerWorkspace converted = source.get();
        InMemoryWorkspace target = InMemoryWorkspace.empty();
        ImportReport report;
        try (MigrationPackage pkg = export(converted).full().toPackage()) {
            report = importPackage(pkg).into(target).run();
        }
        List<Asset> sourceAssets = Fixtures.all(converted);
        assertEquals(sourceAssets.size(), report.itemsWith(Outcome.CREATED).size(), report.toString());
        for (Asset asset : sourceAssets) {
            Asset imported = target.provider(asset.type()).findByName(asset.folder(), asset.name())
                    .orElseThrow(() -> new AssertionError(asset.meta().path() + " did not arrive"));
            assertEquals(asset.meta().extensions(), imported.meta().extensions(), asset.meta().path());
            if (asset instanceof Task task) {
                assertEquals(task.definition(), ((Task) imported).definition(), asset.meta().path());
                assertEquals(Fixtures.upstreamNames(converted, asset), Fixtures.upstreamNames(target, imported));
                assertEquals(Fixtures.resourceNames(converted, asset), Fixtures.resourceNames(target, imported));
            } else {
                assertEquals(Fixtures.text(asset), Fixtures.text(imported), asset.meta().path());
                assertEquals(((Resource) asset).kind(), ((Resource) imported).kind());
            }
        }
    }
}
