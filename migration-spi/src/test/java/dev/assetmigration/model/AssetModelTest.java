package dev.assetmigration.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.error.MigrationException;
import dev.assetmigration.spi.AssetQuery;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The asset model")
class AssetModelTest {

    @Test
    @DisplayName("every asset type names the record class whose type() returns it")
    void typeAndClassAgree() {
        for (AssetType type : AssetType.values()) {
            assertTrue(Asset.class.isAssignableFrom(type.assetClass()), type::name);
            assertTrue(type.assetClass().isRecord(), type::name);
        }
        assertEquals(AssetType.RESOURCE, new Resource(AssetMeta.of("r", "r"), ResourceKind.FILE, "a.txt",
                Content.ofBytes(new byte[0])).type());
    }

    @Test
    @DisplayName("a reference prints as TYPE/id and parses back; a malformed one names the text")
    void refRoundTrip() {
        AssetRef ref = AssetRef.of(AssetType.AUTO_TRIGGERED_TASK, "a/b");
        assertEquals("AUTO_TRIGGERED_TASK/a/b", ref.toString());
        assertEquals(ref, AssetRef.parse(ref.toString()));
        MigrationException e = assertThrows(MigrationException.class, () -> AssetRef.parse("TASK/1"));
        assertTrue(e.getMessage().contains("'TASK'"), e.getMessage());
        assertThrows(MigrationException.class, () -> AssetRef.parse("noslash"));
    }

    @Test
    @DisplayName("meta drops duplicate dependencies, keeps their order and sorts extensions")
    void metaNormalises() {
        AssetRef a = AssetRef.of(AssetType.RESOURCE, "a");
        AssetRef b = AssetRef.of(AssetType.FUNCTION, "b");
        AssetMeta meta = AssetMeta.of("x", "x").withDependencies(b, a, b).withExtensions(Map.of("z", "1", "a", "2"));
        assertEquals(List.of(b, a), meta.dependencies());
        assertEquals(List.of("a", "z"), List.copyOf(meta.extensions().keySet()));
        assertEquals("x", meta.path());
        assertEquals("f/x", meta.withFolder("f").path());
    }

    @Test
    @DisplayName("a clear secret never shows in toString")
    void secretMasked() {
        DataSource ds = new DataSource(AssetMeta.of("d", "prod"), "mysql", Map.of("host", "db"),
                Map.of("password", new Secret.Value("hunter2")));
        assertFalse(ds.toString().contains("hunter2"), ds::toString);
    }

    @Test
    @DisplayName("a key cannot be both a plain property and a secret")
    void propertyAndSecretClash() {
        assertThrows(IllegalArgumentException.class, () -> new DataSource(AssetMeta.of("d", "prod"), "mysql",
                Map.of("password", "x"), Map.of("password", new Secret.Placeholder("prod.password"))));
    }

    @Test
    @DisplayName("content in memory is copied, re-readable and equal by value")
    void bytesContent() throws Exception {
        byte[] bytes = {1, 2, 3};
        Content content = Content.ofBytes(bytes);
        bytes[0] = 9;
        try (InputStream in = content.open()) {
            assertEquals(1, in.read());
        }
        assertEquals(Content.ofBytes(new byte[] {1, 2, 3}), content);
        assertEquals(3, content.size());
    }

    @Test
    @DisplayName("unsupported node types say to rebuild by hand; others are migratable")
    void unsupportedNodes() {
        var dq = new ManuallyTriggeredTask(AssetMeta.of("t", "dq"), TaskDefinition.of(NodeType.DATA_QUALITY, ""));
        assertTrue(dq.unsupportedReason().orElseThrow().contains("rebuild by hand"));
        var sql = new ManuallyTriggeredTask(AssetMeta.of("t", "q"), TaskDefinition.of(NodeType.of("sql"), ""));
        assertEquals(NodeType.SQL, sql.definition().nodeType());
        assertTrue(sql.unsupportedReason().isEmpty());
    }

    @Test
    @DisplayName("queries match modified-after strictly and folders by whole segments")
    void queryMatching() {
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        var at = new AdHocQuery(AssetMeta.of("q", "q").withFolder("a/b").withModifiedAt(t), NodeType.SQL, "", null);
        assertFalse(AssetQuery.all().withModifiedAfter(t).matches(at));
        assertTrue(AssetQuery.all().withModifiedAfter(t.minusMillis(1)).matches(at));
        assertTrue(AssetQuery.all().withFolders("a").matches(at));
        assertTrue(AssetQuery.all().withFolders("a/b").matches(at));
        assertFalse(AssetQuery.all().withFolders("a/bc").matches(at));
        assertFalse(AssetQuery.isWithin("a/bc", "a/b"));
        assertFalse(AssetQuery.all().withTypes(AssetType.RESOURCE).matches(at));
    }
}
