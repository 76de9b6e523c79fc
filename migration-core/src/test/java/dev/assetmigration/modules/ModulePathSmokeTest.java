package dev.assetmigration.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the module descriptors: a consumer module that requires {@code dev.assetmigration.core}
 * is compiled and run on the module path, exporting and importing through the public API (which
 * exercises Bean Validation and JSON on the module path), while the unexported internals stay
 * out of reach.
 */
@DisplayName("On the module path")
class ModulePathSmokeTest {

    @TempDir
    Path dir;

    private static final String MODULE_INFO = """
            module smoke.consumer {
                requires dev.assetmigration.core;
                requires dev.assetmigration.testkit;
            }
            """;

    private static final String MAIN = """
            package smoke;

            import dev.assetmigration.Migration;
            import dev.assetmigration.export.MigrationPackage;
            import dev.assetmigration.imports.ImportReport;
            import dev.assetmigration.testkit.InMemoryWorkspace;
            import dev.assetmigration.testkit.fixtures.AssetFixtures;

            public class Main {
                public static void main(String[] args) {
                    InMemoryWorkspace source = InMemoryWorkspace.builder()
                            .assets(AssetFixtures.autoTask("load").build(), AssetFixtures.adHocQuery("q").build()).build();
                    InMemoryWorkspace target = InMemoryWorkspace.empty();
                    try (MigrationPackage pkg = Migration.export(source).full().toPackage()) {
                        ImportReport report = Migration.importPackage(pkg).into(target).run();
                        System.out.println("imported " + report.items().size() + " into " + target.size());
                    }
                    System.out.println("internal exported: " + Migration.class.getModule()
                            .isExported("dev.assetmigration.internal.export"));
                }
            }
            """;

    @Test
    @DisplayName("a consumer module compiles against the exported API and runs an export and an import")
    void consumerModuleRuns() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> modulePath = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .filter(entry -> new File(entry).exists())
                .collect(Collectors.toList());
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("smoke"));
        Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(src.resolve("smoke/Main.java"), MAIN);
        Path out = dir.resolve("out");
        String joined = String.join(File.pathSeparator, modulePath);
        String compiled = run(List.of(tool("javac"), "--release", "17", "--module-path", joined, "-d", out.toString(),
                src.resolve("module-info.java").toString(), src.resolve("smoke/Main.java").toString()));
        String output = run(List.of(tool("java"), "--module-path", out + File.pathSeparator + joined,
                "-m", "smoke.consumer/smoke.Main"));
        assertTrue(compiled.isBlank(), compiled);
        assertTrue(output.contains("imported 2 into 2"), output);
        assertTrue(output.contains("internal exported: false"), output);
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private String run(List<String> command) throws Exception {
        Path log = Files.createTempFile(dir, "run", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), () -> "timed out: " + command);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> command.get(0) + " failed:\n" + output);
        return output;
    }
}
