package dev.assetmigration.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.Content;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The asset layout")
class AssetLayoutTest {

    @ParameterizedTest(name = "''{1}'' in ''{0}'' -> {2}")
    @CsvSource(delimiter = '|', value = {
        "''          | load             | assets/AUTO_TRIGGERED_TASK/load.json",
        "etl/daily   | load             | assets/AUTO_TRIGGERED_TASK/etl/daily/load.json",
        "v1.2        | load             | assets/AUTO_TRIGGERED_TASK/v1%2E2/load.json",
        "etl         | ..               | assets/AUTO_TRIGGERED_TASK/etl/%2E%2E.json",
        "etl         | .hidden          | assets/AUTO_TRIGGERED_TASK/etl/%2Ehidden.json",
        "etl         | a:b*c?d\"e<f>g   | assets/AUTO_TRIGGERED_TASK/etl/a%3Ab%2Ac%3Fd%22e%3Cf%3Eg.json",
        "etl         | 100%             | assets/AUTO_TRIGGERED_TASK/etl/100%25.json",
        "报表         | 日报 v2          | assets/AUTO_TRIGGERED_TASK/报表/日报 v2.json",
    })
    @DisplayName("encodes names and folders into safe, portable paths")
    void paths(String folder, String name, String expected) {
        String path = AssetLayout.descriptorPath(AssetType.AUTO_TRIGGERED_TASK, folder, name);
        assertEquals(expected, path);
        assertTrue(AssetLayout.unsafeReason(path).isEmpty());
        assertTrue(AssetLayout.isDescriptor(path));
    }

    @Test
    @DisplayName("puts the descriptor first and names its code file relative to itself")
    void descriptorFirst() {
        List<AssetFile> files = AssetLayout.files(Fixtures.load());
        assertEquals(AssetFile.Role.DESCRIPTOR, files.get(0).role());
        assertEquals(AssetFile.Role.CODE, files.get(1).role());
        assertEquals("assets/AUTO_TRIGGERED_TASK/etl/daily/load_orders.sql", files.get(1).path());
        assertTrue(text(files.get(0).content()).contains("\"codeFile\" : \"load_orders.sql\""));
        assertFalse(AssetLayout.isDescriptor("assets/RESOURCE/lib/udf-lib.files/conf.json"));
    }

    @Test
    @DisplayName("reads every asset type back from files, as a directory workspace would")
    void readsBackFromFiles() {
        for (Asset asset : Fixtures.everyType()) {
            Map<String, Content> files = new HashMap<>();
            AssetLayout.files(asset).forEach(f -> files.put(f.path(), f.content()));
            String descriptor = AssetLayout.files(asset).get(0).path();
            Asset back = AssetLayout.read(descriptor, bytes(files.get(descriptor)), files::get);
            if (asset.type() == AssetType.DATA_SOURCE) {
                assertEquals(AssetLayout.withPlaceholders((dev.assetmigration.model.DataSource) asset), back);
            } else if (asset.type() != AssetType.RESOURCE) {
                assertEquals(asset, back);
            } else {
                assertEquals(asset.meta(), back.meta());
            }
        }
    }

    @Test
    @DisplayName("rejects a descriptor that points outside its directory")
    void descriptorEscape() {
        byte[] json = text(AssetLayout.files(Fixtures.query()).get(0).content())
                .replace("\"codeFile\" : \"top customers.sql\"", "\"codeFile\" : \"../../../etc/passwd\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        UnsafeEntryNameException e = assertThrows(UnsafeEntryNameException.class,
                () -> AssetLayout.read("assets/AD_HOC_QUERY/top customers.json", json, path -> Content.ofBytes(new byte[0])));
        assertEquals("../../../etc/passwd", e.entryName().orElseThrow());
    }

    @Test
    @DisplayName("lists every problem of a malformed descriptor at once")
    void allProblems() {
        byte[] json = "{\"type\":\"FUNCTION\",\"id\":\"\",\"name\":7,\"folder\":\"\",\"modifiedAt\":\"yesterday\",\"lifecycle\":\"DONE\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DescriptorException e = assertThrows(DescriptorException.class,
                () -> AssetLayout.read("assets/FUNCTION/f.json", json, path -> Content.ofBytes(new byte[0])));
        assertEquals(List.of("id: must not be blank", "name: must be a string but is number",
                "modifiedAt: 'yesterday' is not an ISO-8601 instant such as 2026-11-01T00:00:00Z",
                "lifecycle: unknown value 'DONE'; known values are [UNKNOWN, SAVED, SUBMITTED, DEPLOYED]",
                "className: is missing"), e.problems());
        assertEquals("assets/FUNCTION/f.json", e.entryName().orElseThrow());
    }

    private static byte[] bytes(Content content) {
        try (InputStream in = content.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Content content) {
        return new String(bytes(content), java.nio.charset.StandardCharsets.UTF_8);
    }
}
