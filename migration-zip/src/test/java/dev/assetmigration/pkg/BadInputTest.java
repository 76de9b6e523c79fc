package dev.assetmigration.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.model.Asset;
import dev.assetmigration.pkg.CraftedZip.Entry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A bad package is rejected with its own exception naming the entry")
class BadInputTest {

    private static final String CODE = "assets/AUTO_TRIGGERED_TASK/etl/daily/load_orders.sql";
    private static final String DESCRIPTOR = "assets/AUTO_TRIGGERED_TASK/etl/daily/load_orders.json";

    private static byte[] good;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeGoodPackage() {
        good = Fixtures.pkg(Fixtures.everyType());
    }

    private Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "pkg", ".zip"), bytes);
    }

    /** Opens and fully verifies the package from a file. */
    private void openAndVerify(byte[] bytes) throws IOException {
        openAndVerify(bytes, ReadLimits.defaults());
    }

    private void openAndVerify(byte[] bytes, ReadLimits limits) throws IOException {
        try (PackageReader reader = PackageReader.open(file(bytes), limits)) {
            reader.verify();
        }
    }

    private static <T extends PackageException> T assertRejected(Class<T> type, String entry, Executable open) {
        T e = assertThrows(type, open);
        assertTrue(e.getMessage().contains(entry), () -> "message names '" + entry + "': " + e.getMessage());
        return e;
    }

    private static byte[] withEntry(String name, String text) {
        return CraftedZip.rewrite(good, entries -> {
            entries.add(0, Entry.text(name, text));
            return entries;
        });
    }

    @Nested
    @DisplayName("Entry names")
    class Names {

        @ParameterizedTest(name = "''{0}'' {1}")
        @CsvSource(delimiter = '|', value = {
            "../evil.sh                    | contains a '..' segment",
            "assets/../../etc/cron.d/x     | contains a '..' segment",
            "/etc/passwd                   | is an absolute path",
            "C:/Windows/System32/evil.dll  | starts with a drive letter",
            "c:evil.txt                    | starts with a drive letter",
            "evil/..\\..\\evil.bat        | contains a backslash",
            "assets//double.txt            | has an empty path segment",
            "./hidden.txt                  | contains a '.' segment",
        })
        @DisplayName("an unsafe entry name is rejected before anything is extracted")
        void unsafeName(String name, String reason) {
            UnsafeEntryNameException e = assertRejected(UnsafeEntryNameException.class, name,
                    () -> openAndVerify(withEntry(name, "x")));
            assertEquals(reason, e.reason());
            assertEquals(name, e.entryName().orElseThrow());
            assertEquals("AM-ZIP-001", e.code());
        }

        @Test
        @DisplayName("a duplicate entry name is rejected")
        void duplicate() {
            byte[] bytes = CraftedZip.rewrite(good, entries -> {
                entries.add(Entry.text(CODE, "DROP TABLE ods_orders;"));
                return entries;
            });
            DuplicateEntryException e = assertRejected(DuplicateEntryException.class, CODE, () -> openAndVerify(bytes));
            assertEquals(CODE, e.entryName().orElseThrow());
        }
    }

    @Nested
    @DisplayName("Manifest against entries")
    class Listing {

        @Test
        @DisplayName("an entry the manifest does not list is rejected")
        void unlisted() {
            UnlistedEntryException e = assertRejected(UnlistedEntryException.class, "assets/RESOURCE/extra.sh",
                    () -> openAndVerify(withEntry("assets/RESOURCE/extra.sh", "rm -rf /")));
            assertEquals(List.of("assets/RESOURCE/extra.sh"), e.entryNames());
        }

        @Test
        @DisplayName("a listed entry that is missing is rejected")
        void missing() {
            byte[] bytes = CraftedZip.rewrite(good, entries -> {
                entries.removeIf(entry -> entry.name().equals(CODE));
                return entries;
            });
            MissingEntryException e = assertRejected(MissingEntryException.class, CODE, () -> openAndVerify(bytes));
            assertEquals(List.of(CODE), e.entryNames());
        }

        @Test
        @DisplayName("an entry of another size than the manifest records is rejected")
        void sizeMismatch() {
            byte[] bytes = CraftedZip.rewrite(good, entries -> {
                entries.replaceAll(entry -> entry.name().equals(CODE) ? Entry.text(CODE, entry.text() + "DROP TABLE x;") : entry);
                return entries;
            });
            ChecksumMismatchException e = assertRejected(ChecksumMismatchException.class, CODE, () -> openAndVerify(bytes));
            assertEquals(ChecksumMismatchException.Kind.SIZE, e.kind());
        }

        @Test
        @DisplayName("an entry with the same size but other bytes fails verification on its SHA-256")
        void shaMismatch() {
            byte[] bytes = CraftedZip.rewrite(good, entries -> {
                entries.replaceAll(entry -> entry.name().equals(CODE) ? Entry.text(CODE, entry.text().replace("src", "xxx")) : entry);
                return entries;
            });
            ChecksumMismatchException e = assertRejected(ChecksumMismatchException.class, CODE, () -> openAndVerify(bytes));
            assertEquals(ChecksumMismatchException.Kind.SHA256, e.kind());
        }

        @Test
        @DisplayName("a dependency on an asset neither packaged nor external fails verification")
        void dangling() {
            // The last mention of ds-1 is the load task's dependency; the data source itself stays ds-1.
            byte[] bytes = CraftedZip.editManifest(good, text -> {
                int last = text.lastIndexOf("\"ds-1\"");
                return text.substring(0, last) + "\"ds-404\"" + text.substring(last + "\"ds-1\"".length());
            });
            DanglingReferenceException e = assertRejected(DanglingReferenceException.class, "DATA_SOURCE/ds-404",
                    () -> openAndVerify(bytes));
            assertTrue(e.references().stream().anyMatch(d -> d.to().id().equals("ds-404")));
        }

        @Test
        @DisplayName("a descriptor that is not JSON is rejected naming the descriptor")
        void descriptorNotJson() {
            byte[] bytes = CraftedZip.replaceListed(good, DESCRIPTOR, "{ not json".getBytes(StandardCharsets.UTF_8));
            assertRejected(DescriptorException.class, DESCRIPTOR, () -> openAndVerify(bytes));
        }

        @Test
        @DisplayName("a descriptor whose code file is not UTF-8 is rejected")
        void codeNotUtf8() {
            byte[] bytes = CraftedZip.replaceListed(good, CODE, new byte[] {'S', (byte) 0xC3, (byte) 0x28});
            DescriptorException e = assertRejected(DescriptorException.class, DESCRIPTOR, () -> openAndVerify(bytes));
            assertTrue(e.problems().get(0).contains("not UTF-8"));
        }
    }

    @Nested
    @DisplayName("Archive integrity")
    class Archive {

        @Test
        @DisplayName("a truncated archive is rejected as truncated")
        void truncated() {
            byte[] cut = Arrays.copyOf(good, good.length - 200);
            CorruptPackageException e = assertThrows(CorruptPackageException.class, () -> openAndVerify(cut));
            assertEquals(CorruptPackageException.Kind.TRUNCATED, e.kind());
            assertTrue(e.getMessage().contains("cut short"));
        }

        @Test
        @DisplayName("a file that is not a zip is rejected as not a zip")
        void notAZip() {
            CorruptPackageException e = assertThrows(CorruptPackageException.class,
                    () -> openAndVerify("name,owner\nload_orders,alice\n".getBytes(StandardCharsets.UTF_8)));
            assertEquals(CorruptPackageException.Kind.NOT_A_ZIP, e.kind());
        }

        @Test
        @DisplayName("an empty file is rejected as empty")
        void empty() {
            CorruptPackageException e = assertThrows(CorruptPackageException.class, () -> openAndVerify(new byte[0]));
            assertEquals(CorruptPackageException.Kind.EMPTY, e.kind());
            assertEquals("AM-ZIP-007", e.code());
        }

        @Test
        @DisplayName("a package without manifest.json is rejected")
        void manifestMissing() {
            byte[] bytes = CraftedZip.rewrite(good, entries -> {
                entries.removeIf(entry -> entry.name().equals(AssetLayout.MANIFEST));
                return entries;
            });
            assertRejected(ManifestException.class, AssetLayout.MANIFEST, () -> openAndVerify(bytes));
        }
    }

    @Nested
    @DisplayName("Manifest shape")
    class Shape {

        @Test
        @DisplayName("a manifest that is not JSON is rejected")
        void notJson() {
            ManifestException e = assertRejected(ManifestException.class, AssetLayout.MANIFEST,
                    () -> openAndVerify(CraftedZip.editManifest(good, text -> text.substring(0, text.length() / 2))));
            assertTrue(e.problems().get(0).startsWith("not valid JSON"), e.problems().toString());
        }

        @Test
        @DisplayName("fields of the wrong type are all listed in one exception")
        void wrongTypes() {
            byte[] bytes = CraftedZip.editManifest(good, text -> text
                    .replace("\"deletionsCovered\":true", "\"deletionsCovered\":\"yes\"")
                    .replaceFirst("\"size\":\\d+", "\"size\":\"big\"")
                    .replace("\"exportMode\":\"FULL\"", "\"exportMode\":7"));
            ManifestException e = assertRejected(ManifestException.class, AssetLayout.MANIFEST, () -> openAndVerify(bytes));
            assertEquals(3, e.problems().size(), e.problems().toString());
            assertTrue(e.getMessage().contains("deletionsCovered: must be true or false but is string"));
            assertTrue(e.getMessage().contains("assets[0].entries[0].size: must be an integer but is string"));
            assertTrue(e.getMessage().contains("exportMode: must be a string but is number"));
        }

        @Test
        @DisplayName("an unknown asset type is rejected naming it")
        void unknownAssetType() {
            byte[] bytes = CraftedZip.editManifest(good, text -> text.replaceFirst("\"type\":\"DATA_SOURCE\"", "\"type\":\"NOTEBOOK\""));
            ManifestException e = assertRejected(ManifestException.class, "NOTEBOOK", () -> openAndVerify(bytes));
            assertTrue(e.problems().get(0).contains("unknown asset type 'NOTEBOOK'"), e.problems().toString());
        }

        @Test
        @DisplayName("a future major version is rejected naming both versions")
        void futureMajor() {
            byte[] bytes = CraftedZip.editManifest(good, text -> text.replace("\"formatVersion\":\"1.0\"", "\"formatVersion\":\"2.0\""));
            UnsupportedFormatVersionException e = assertThrows(UnsupportedFormatVersionException.class, () -> openAndVerify(bytes));
            assertEquals("2.0", e.found());
            assertEquals("1.0", e.supported());
            assertTrue(e.getMessage().contains("2.0") && e.getMessage().contains("1.0"));
        }

        @Test
        @DisplayName("an older major version without an upgrade step is rejected")
        void olderMajorWithoutUpgrade() {
            byte[] bytes = CraftedZip.editManifest(good, text -> text.replace("\"formatVersion\":\"1.0\"", "\"formatVersion\":\"0.9\""));
            assertEquals("0.9", assertThrows(UnsupportedFormatVersionException.class, () -> openAndVerify(bytes)).found());
        }

        @Test
        @DisplayName("a later minor version with unknown fields is read, the unknown fields ignored")
        void laterMinorIsRead() throws IOException {
            byte[] bytes = CraftedZip.editManifest(good, text -> text
                    .replace("\"formatVersion\":\"1.0\",", "\"formatVersion\":\"1.7\",\"compression\":{\"hint\":[1,2]},")
                    .replaceFirst("\"entries\":", "\"labels\":[\"x\"],\"entries\":"));
            try (PackageReader reader = PackageReader.open(file(bytes))) {
                reader.verify();
                assertEquals(new FormatVersion(1, 7), reader.manifest().formatVersion());
                assertEquals(Fixtures.everyType().size(), reader.assets().map(Asset::ref).count());
            }
        }
    }

    @Nested
    @DisplayName("Limits")
    class Limits {

        @Test
        @DisplayName("more entries than the limit are rejected before the manifest is read")
        void tooManyEntries() {
            PackageLimitException e = assertThrows(PackageLimitException.class,
                    () -> openAndVerify(good, ReadLimits.defaults().withMaxEntries(5)));
            assertEquals(PackageLimitException.Limit.ENTRY_COUNT, e.kind());
            assertEquals(5, e.limit());
            assertEquals(CraftedZip.entries(good).size(), e.actual());
        }

        @Test
        @DisplayName("a package larger than the limit is rejected, also while spooling a stream")
        void tooLarge() throws IOException {
            ReadLimits limits = ReadLimits.defaults().withMaxPackageBytes(1000);
            assertEquals(PackageLimitException.Limit.PACKAGE_BYTES,
                    assertThrows(PackageLimitException.class, () -> openAndVerify(good, limits)).kind());
            Path spool = Files.createDirectory(dir.resolve("spool"));
            PackageLimitException e = assertThrows(PackageLimitException.class,
                    () -> PackageReader.open(new ByteArrayInputStream(good), limits, spool));
            assertTrue(e.actual() > 1000);
            try (var left = Files.list(spool)) {
                assertEquals(0, left.count(), "the spooled file is deleted");
            }
        }

        @Test
        @DisplayName("a manifest larger than the limit is rejected")
        void manifestTooLarge() {
            PackageLimitException e = assertRejected(PackageLimitException.class, AssetLayout.MANIFEST,
                    () -> openAndVerify(good, ReadLimits.defaults().withMaxManifestBytes(512)));
            assertEquals(PackageLimitException.Limit.MANIFEST_BYTES, e.kind());
        }

        @Test
        @DisplayName("more uncompressed bytes in total than the limit are rejected")
        void tooManyBytes() {
            PackageLimitException e = assertThrows(PackageLimitException.class,
                    () -> openAndVerify(good, ReadLimits.defaults().withMaxTotalUncompressedBytes(10_000)));
            assertEquals(PackageLimitException.Limit.TOTAL_UNCOMPRESSED_BYTES, e.kind());
        }
    }
}
