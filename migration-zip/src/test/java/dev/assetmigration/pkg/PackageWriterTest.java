package dev.assetmigration.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.Content;
import dev.assetmigration.model.ResourceKind;
import dev.assetmigration.model.Resource;
import dev.assetmigration.spi.Tombstone;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The package writer")
class PackageWriterTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    @DisplayName("refuses to finish a package with a dependency that is neither packaged nor external")
    void danglingAtFinish() {
        try (PackageWriter writer = PackageWriter.open(out, Fixtures.HEADER)) {
            writer.write(Fixtures.function());
            DanglingReferenceException e = assertThrows(DanglingReferenceException.class, writer::finish);
            assertEquals(new DanglingReferenceException.Dangling(Fixtures.UDF, Fixtures.JAR), e.references().get(0));
            assertTrue(e.getMessage().contains("FUNCTION/f-1 -> RESOURCE/r-1"));
        }
    }

    @Test
    @DisplayName("accepts dependencies listed as external, unsupported or deleted")
    void resolvedDependencies() {
        try (PackageWriter writer = PackageWriter.open(out, Fixtures.HEADER)) {
            writer.write(Fixtures.load());
            writer.addExternal(Fixtures.DS, "prod_mysql", "sources");
            writer.addUnsupported(Fixtures.TABLE, "ods_orders", "tables/ods", "not exported");
            writer.addTombstone(new Tombstone(Fixtures.UDF, "lib", "to_cents", Instant.parse("2026-11-03T00:00:00Z")));
            writer.addExternal(Fixtures.COMPONENT, "dedupe", "templates");
            Manifest manifest = writer.finish();
            assertEquals(2, manifest.external().size());
        }
        try (PackageReader reader = PackageReader.open(new ByteArrayInputStream(out.toByteArray()))) {
            reader.verify();
            assertEquals(Fixtures.load(), reader.read(Fixtures.LOAD).orElseThrow());
        }
    }

    @Test
    @DisplayName("refuses a second asset of the same type, folder and name, naming the file")
    void duplicateAsset() {
        try (PackageWriter writer = PackageWriter.open(out, Fixtures.HEADER)) {
            writer.write(Fixtures.query());
            DuplicateEntryException e = assertThrows(DuplicateEntryException.class,
                    () -> writer.write(Fixtures.query().withMeta(Fixtures.query().meta().withId("q-2"))));
            assertEquals("assets/AD_HOC_QUERY/top customers.json", e.entryName().orElseThrow());
            assertThrows(IllegalStateException.class, writer::finish, "a failed writer stays failed");
        }
    }

    @Test
    @DisplayName("stops a resource whose content yields more bytes than it declares")
    void lyingContent() {
        Resource liar = new Resource(Fixtures.meta(Fixtures.JAR, "liar", ""), ResourceKind.FILE, "liar.bin",
                Content.of(10, () -> new ByteArrayInputStream(new byte[1_000_000])));
        try (PackageWriter writer = PackageWriter.open(out, Fixtures.HEADER)) {
            ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class, () -> writer.write(liar));
            assertEquals(ChecksumMismatchException.Kind.SIZE, e.kind());
            assertEquals("more than 10", e.actual());
            assertEquals("assets/RESOURCE/liar.files/liar.bin", e.entryName().orElseThrow());
        }
    }

    @Test
    @DisplayName("refuses writes after finish")
    void writeAfterFinish() {
        try (PackageWriter writer = PackageWriter.open(out, Fixtures.HEADER)) {
            writer.finish();
            assertThrows(IllegalStateException.class, () -> writer.write(Fixtures.query()));
        }
    }

    @Test
    @DisplayName("leaves an abandoned package without manifest, which readers reject")
    void abandoned() {
        try (PackageWriter writer = PackageWriter.open(out, Fixtures.HEADER)) {
            writer.write(Fixtures.query());
        }
        assertThrows(ManifestException.class, () -> PackageReader.open(new ByteArrayInputStream(out.toByteArray())));
    }

    @Test
    @DisplayName("sets the high-water mark to since when the package holds no asset")
    void emptyIncremental() {
        Instant since = Instant.parse("2026-10-01T00:00:00Z");
        try (PackageWriter writer = PackageWriter.open(out, PackageHeader.incremental(since, Fixtures.SOURCE, Fixtures.CREATED, true))) {
            writer.addTombstone(new Tombstone(AssetRef.of(AssetType.FUNCTION, "f"), "", "gone", since.plusSeconds(5)));
            assertEquals(since, writer.finish().highWaterMark());
        }
    }
}
