package dev.assetmigration.pkg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.DataSource;
import dev.assetmigration.model.ManuallyTriggeredTask;
import dev.assetmigration.model.NodeType;
import dev.assetmigration.model.Resource;
import dev.assetmigration.model.Secret;
import dev.assetmigration.model.TaskDefinition;
import dev.assetmigration.spi.Tombstone;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("A package written and read back")
class RoundTripTest {

    private static List<Asset> readAll(byte[] pkg) {
        try (PackageReader reader = PackageReader.open(new ByteArrayInputStream(pkg))) {
            reader.verify();
            return reader.assets().collect(Collectors.toList());
        }
    }

    private static Asset roundTrip(Asset asset) {
        List<Asset> all = Fixtures.everyType();
        Asset back = readAll(Fixtures.pkg(all)).get(all.indexOf(asset));
        return back;
    }

    private static byte[] bytes(Resource resource) throws IOException {
        try (InputStream in = resource.content().open()) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = AssetType.class, names = {"DATA_SOURCE", "RESOURCE"}, mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("gives back an equal asset of every type without binary content or secrets")
    void everyTypeRoundTrips(AssetType type) {
        List<Asset> all = Fixtures.everyType();
        Asset original = all.stream().filter(a -> a.type() == type).findFirst().orElseThrow();
        assertEquals(original, readAll(Fixtures.pkg(all)).get(all.indexOf(original)));
    }

    @Test
    @DisplayName("gives back a resource with every field and byte-identical binary content")
    void resourceRoundTrips() throws IOException {
        Resource original = Fixtures.jar();
        try (PackageReader reader = PackageReader.open(new ByteArrayInputStream(Fixtures.pkg(List.of(original))))) {
            Resource back = (Resource) reader.read(Fixtures.JAR).orElseThrow();
            assertEquals(original.meta(), back.meta());
            assertEquals(original.kind(), back.kind());
            assertEquals(original.fileName(), back.fileName());
            assertEquals(original.content().size(), back.content().size());
            assertArrayEquals(bytes(original), bytes(back));
        }
    }

    @Test
    @DisplayName("keeps the extension map exactly, including empty values and non-ASCII text")
    void extensionsSurvive() {
        Asset back = roundTrip(Fixtures.load());
        assertEquals(Map.of("dataworks.nodeId", "70001042", "z.last", "ünïcødé ✓", "a.first", ""), back.meta().extensions());
        assertEquals(Fixtures.load().meta().modifiedAt(), back.meta().modifiedAt(), "nanosecond instants survive");
    }

    @Test
    @DisplayName("replaces clear secrets by placeholders named <dataSourceName>.<key> and keeps existing placeholders")
    void secretsBecomePlaceholders() {
        DataSource back = (DataSource) roundTrip(Fixtures.dataSource());
        assertEquals(Map.of("password", new Secret.Placeholder("prod_mysql.password"),
                "token", new Secret.Placeholder("vault.token")), back.secrets());
        assertEquals(Fixtures.dataSource().properties(), back.properties());
    }

    @Test
    @DisplayName("never contains a clear secret in any entry")
    void noClearSecretAnywhere() {
        byte[] pkg = Fixtures.pkg(Fixtures.everyType());
        for (CraftedZip.Entry entry : CraftedZip.entries(pkg)) {
            assertFalse(entry.text().contains(Fixtures.SECRET), entry.name() + " leaks the secret");
        }
        assertFalse(new String(pkg, StandardCharsets.ISO_8859_1).contains(Fixtures.SECRET));
    }

    @Test
    @DisplayName("stores code as UTF-8 text files with the node type's natural extension")
    void codeFilesAreText() {
        Map<String, String> files = CraftedZip.entries(Fixtures.pkg(Fixtures.everyType())).stream()
                .collect(Collectors.toMap(CraftedZip.Entry::name, CraftedZip.Entry::text));
        assertEquals(Fixtures.load().definition().code(), files.get("assets/AUTO_TRIGGERED_TASK/etl/daily/load_orders.sql"));
        assertEquals(Fixtures.backfill().definition().code(),
                files.get("assets/MANUALLY_TRIGGERED_TASK/etl/manual/backfill.orders.sh"));
        assertEquals("SELECT 1;", files.get("assets/AD_HOC_QUERY/top customers.sql"));
        assertTrue(files.containsKey("assets/RESOURCE/lib/udf-lib.files/udf-1.2.jar"));
    }

    @Test
    @DisplayName("returns from finish() the manifest that the reader then reads")
    void manifestRoundTrips() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Manifest written;
        try (PackageWriter writer = PackageWriter.open(out, PackageHeader.incremental(Instant.parse("2026-10-01T00:00:00Z"),
                Fixtures.SOURCE, Fixtures.CREATED, false))) {
            Fixtures.everyType().forEach(writer::write);
            writer.addTombstone(new Tombstone(AssetRef.of(AssetType.AUTO_TRIGGERED_TASK, "9"), "etl", "old_job",
                    Instant.parse("2026-11-02T00:00:00Z")));
            writer.addExternal(AssetRef.of(AssetType.DATA_SOURCE, "ds-9"), "shared_oss", "sources");
            written = writer.finish();
        }
        try (PackageReader reader = PackageReader.open(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(written, reader.manifest());
        }
        assertEquals(FormatVersion.CURRENT, written.formatVersion());
        assertEquals(8, written.assets().size());
        assertEquals(Instant.parse("2026-11-08T10:15:30.123456789Z"), written.highWaterMark(), "latest modifiedAt");
        assertFalse(written.deletionsCovered());
    }

    @Test
    @DisplayName("records an asset of an unsupported node type as unsupported instead of writing it")
    void unsupportedNodesAreRecorded() {
        ManuallyTriggeredTask quality = new ManuallyTriggeredTask(Fixtures.meta(AssetRef.of(AssetType.MANUALLY_TRIGGERED_TASK, "dq"),
                "check_orders", "quality"), TaskDefinition.of(NodeType.DATA_QUALITY, "rule"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PackageWriter writer = PackageWriter.open(out, Fixtures.HEADER)) {
            assertTrue(writer.write(quality).isEmpty());
            Manifest manifest = writer.finish();
            assertEquals(List.of(), manifest.assets());
            assertEquals(1, manifest.unsupported().size());
            assertTrue(manifest.unsupported().get(0).reason().contains("DATA_QUALITY"));
        }
    }

    @Test
    @DisplayName("reads one asset by reference, and nothing for an unknown reference")
    void readByReference() {
        try (PackageReader reader = PackageReader.open(new ByteArrayInputStream(Fixtures.pkg(Fixtures.everyType())))) {
            assertEquals(Fixtures.function(), reader.read(Fixtures.UDF).orElseThrow());
            assertTrue(reader.read(AssetRef.of(AssetType.FUNCTION, "nope")).isEmpty());
        }
    }

    @Test
    @DisplayName("reports progress per asset and per copied buffer")
    void listenerSeesProgress() {
        List<String> events = new java.util.ArrayList<>();
        WriteListener listener = new WriteListener() {
            @Override
            public void bytesWritten(AssetRef asset, String entryName, long bytesSoFar) {
                events.add("bytes " + asset + " " + bytesSoFar);
            }

            @Override
            public void assetWritten(PackagedAsset asset) {
                events.add("asset " + asset.ref());
            }
        };
        Fixtures.pkg(List.of(Fixtures.jar()), Fixtures.HEADER, WriterOptions.defaults().withListener(listener).withBufferSize(65536));
        assertEquals(List.of("bytes RESOURCE/r-1 65536", "bytes RESOURCE/r-1 70000", "asset RESOURCE/r-1"), events);
    }

    @Test
    @DisplayName("never closes the caller's output stream")
    void writerLeavesStreamOpen() {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (PackageWriter writer = PackageWriter.open(out, Fixtures.HEADER)) {
            writer.write(Fixtures.query());
            writer.finish();
        }
        assertFalse(closed[0]);
        assertInstanceOf(Manifest.class, PackageReader.open(new ByteArrayInputStream(out.toByteArray())).manifest());
    }
}
