package dev.assetmigration.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("examples/sample-workspace")
class SampleWorkspaceTest {

    @Test
    @DisplayName("is exactly what the generator writes, file for file and byte for byte")
    void committedCopyIsCurrent(@TempDir Path dir) throws IOException {
        SampleWorkspace.write(dir);
        assertEquals(tree(dir), tree(MigrationCliTest.SAMPLE),
                "regenerate it: run SampleWorkspace.main from the repository root and commit the result");
    }

    @Test
    @DisplayName("holds at least 30 assets of all eight types")
    void coverage() {
        List<Asset> assets = SampleWorkspace.assets();
        assertTrue(assets.size() >= 30, "assets: " + assets.size());
        assertEquals(EnumSet.allOf(AssetType.class), assets.stream().map(Asset::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AssetType.class))));
        assertEquals(2, assets.stream().filter(a -> a.type() == AssetType.DATA_SOURCE).count(), "two data sources");
    }

    @Test
    @DisplayName("has exactly one task that cannot be migrated: the Data Quality node")
    void oneUnsupported() {
        List<String> unsupported = SampleWorkspace.assets().stream().filter(a -> a.unsupportedReason().isPresent())
                .map(a -> ((Task) a).definition().nodeType().code() + " " + a.name()).toList();
        assertEquals(List.of("DATA_QUALITY check_order_detail"), unsupported);
    }

    @Test
    @DisplayName("has two business flows, each with a task that fans out and one that fans in")
    void fanInFanOut() {
        List<Asset> tasks = SampleWorkspace.assets().stream().filter(a -> a.type() == AssetType.AUTO_TRIGGERED_TASK).toList();
        for (String flow : List.of("sales/daily", "marketing/weekly")) {
            List<Asset> inFlow = tasks.stream().filter(t -> t.folder().equals(flow)).toList();
            Map<String, Long> downstream = inFlow.stream().flatMap(t -> t.meta().dependencies().stream())
                    .filter(d -> d.type() == AssetType.AUTO_TRIGGERED_TASK)
                    .collect(Collectors.groupingBy(d -> d.id(), Collectors.counting()));
            assertTrue(downstream.values().stream().anyMatch(n -> n >= 2), flow + " fans out");
            assertTrue(inFlow.stream().anyMatch(t -> t.meta().dependencies().stream()
                    .filter(d -> d.type() == AssetType.AUTO_TRIGGERED_TASK).count() >= 2), flow + " fans in");
        }
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (path.equals(".migration/lock")) {
                    continue;
                }
                files.put(path, java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(file))));
            }
        }
        return files;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
