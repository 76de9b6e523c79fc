package dev.assetmigration.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.testkit.WorkspaceSnapshot;
import dev.assetmigration.testkit.fixtures.WorkspaceGenerator;
import dev.assetmigration.workspace.DirectoryWorkspace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Complements migration-core's {@code DirectoryWorkspaceTest} ("leaves the workspace as before
 * when an import dies like kill -9 part-way"), whose child halts itself at one point inside a
 * hand-written transaction: here a child JVM runs a whole {@code Migration.importPackage(…).run()}
 * and the parent sends it a real SIGKILL ({@link Process#destroyForcibly()}) after the k-th asset
 * written, for k spread over the whole import and past its end. On the next open the workspace is
 * as before or fully imported — never anything in between.
 */
@DisplayName("Directory workspace: an import killed with SIGKILL at any point leaves it as before or fully imported")
class DirectoryKillTest {

    private static final int ASSETS = 60;

    @TempDir
    static Path dir;

    static Path pkg;
    static WorkspaceSnapshot fullyImported;

    @BeforeAll
    static void packageAndExpectedResult() throws IOException {
        WorkspaceGenerator source = WorkspaceGenerator.builder().seed(6).assets(ASSETS).maxResourceBytes(64 * 1024)
                .unsupportedShare(0).build();
        pkg = Files.write(dir.resolve("import.zip"), HardeningFixtures.export(source.toWorkspace()));
        DirectoryWorkspace reference = DirectoryWorkspace.builder(dir.resolve("reference")).createIfMissing().durable(false).open();
        HardeningFixtures.importing(pkg, reference).run();
        fullyImported = WorkspaceSnapshot.of(reference);
        assertEquals(ASSETS, fullyImported.size());
    }

    @ParameterizedTest(name = "killed after asset {0}")
    @ValueSource(ints = {0, 1, 20, 45, 59, 60})
    @DisplayName("SIGKILL after the k-th written asset (0 = as soon as the child starts importing, 60 = after the last)")
    void killedImport(int k, TestReporter reporter) throws Exception {
        Path root = Files.createDirectories(dir.resolve("killed-" + k));
        WorkspaceSnapshot before = WorkspaceSnapshot.of(DirectoryWorkspace.open(root));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), KilledImporter.class.getName(),
                pkg.toString(), root.toString()).redirectErrorStream(true).start();
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.add(line);
                if (line.equals("WROTE " + k) || k == 0 && line.startsWith("WROTE ")) {
                    break;
                }
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child is gone");
        } finally {
            child.destroyForcibly();
        }
        assertTrue(seen.stream().anyMatch(l -> l.startsWith("WROTE ")), () -> "the child imported before it was killed: " + seen);

        WorkspaceSnapshot after = WorkspaceSnapshot.of(DirectoryWorkspace.open(root));
        List<String> fromBefore = before.diff(after);
        List<String> fromFull = fullyImported.diff(after);
        assertTrue(fromBefore.isEmpty() || fromFull.isEmpty(), () -> "killed after asset " + k + ": the workspace is neither as before ("
                + fromBefore.size() + " differences) nor fully imported (" + fromFull.size() + " differences): " + fromFull);
        assertTrue(Files.notExists(root.resolve(".migration/journal")), "the journal was rolled back or finished on open");
        reporter.publishEntry("outcome", fromBefore.isEmpty() ? "as before" : "fully imported");
    }
}
