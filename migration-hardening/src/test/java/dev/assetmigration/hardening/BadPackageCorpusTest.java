package dev.assetmigration.hardening;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.error.MigrationException;
import dev.assetmigration.hardening.BadPackages.BadPackage;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.Resource;
import dev.assetmigration.pkg.CorruptPackageException;
import dev.assetmigration.pkg.PackageReader;
import dev.assetmigration.testkit.InMemoryWorkspace;
import dev.assetmigration.testkit.WorkspaceSnapshot;
import dev.assetmigration.workspace.DirectoryWorkspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Every package in the bad-input corpus is refused with its own exception and leaves the target untouched")
class BadPackageCorpusTest {

    private static final Path README = Path.of("src/test/resources/bad-packages/README.md");

    @TempDir
    Path dir;

    static Stream<BadPackage> corpus() {
        return BadPackages.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @DisplayName("a bad package ends in the expected MigrationException subtype naming what is wrong, before any write")
    void rejected(BadPackage bad) throws IOException {
        Path file = bad.write(dir);
        String named = bad.named().equals(BadPackages.FILE) ? file.getFileName().toString() : bad.named();

        if (bad.importOnly()) {
            assertDoesNotThrow(() -> readEverything(file), "the package itself is sound; only the import refuses it");
        } else {
            assertRefused(bad, named, () -> readEverything(file), "reading the file");
            assertRefused(bad, bad.named().equals(BadPackages.FILE) ? "" : named, () -> readEverythingFromStream(file),
                    "reading the stream");
        }

        InMemoryWorkspace target = HardeningFixtures.target();
        WorkspaceSnapshot before = WorkspaceSnapshot.of(target);
        assertRefused(bad, named, () -> HardeningFixtures.importing(file, target).run(), "importing");
        before.assertUnchanged(target);
    }

    private static void assertRefused(BadPackage bad, String named, Executable action, String what) {
        MigrationException e = assertThrows(MigrationException.class, action, () -> bad.id() + ": " + what);
        assertInstanceOf(bad.expected(), e, () -> bad.id() + ": " + what + " threw " + e);
        assertTrue(e.getMessage().contains(named), () -> bad.id() + ": " + what + ": the message names '" + named + "': "
                + e.getMessage());
    }

    /** Opens, verifies and reads every asset and every resource byte, as an importer would. */
    static void readEverything(Path file) {
        try (PackageReader reader = PackageReader.open(file)) {
            reader.verify();
            drain(reader);
        }
    }

    private static void readEverythingFromStream(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); PackageReader reader = PackageReader.open(in)) {
            reader.verify();
            drain(reader);
        }
    }

    private static void drain(PackageReader reader) {
        try (Stream<Asset> assets = reader.assets()) {
            assets.forEach(asset -> {
                if (asset instanceof Resource resource) {
                    try (InputStream in = resource.content().open()) {
                        in.transferTo(OutputStream.nullOutputStream());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        }
    }

    @Test
    @DisplayName("the corpus holds at least 25 cases with distinct ids, and the sound package it is made from imports")
    void controlCase() throws IOException {
        List<BadPackage> all = BadPackages.all();
        assertTrue(all.size() >= 25, "cases: " + all.size());
        assertEquals(all.size(), all.stream().map(BadPackage::id).distinct().count());

        // The same package repacked by CraftedZip is accepted: each case differs from it only by its fault.
        byte[] repacked = CraftedZip.pack(CraftedZip.unpack(BadPackages.good()));
        Path file = Files.write(dir.resolve("good.zip"), repacked);
        readEverything(file);
        InMemoryWorkspace target = HardeningFixtures.target();
        WorkspaceSnapshot before = WorkspaceSnapshot.of(target);
        HardeningFixtures.importing(file, target).run();
        assertNotEquals(before, WorkspaceSnapshot.of(target), "a sound import changes the target");
        assertEquals(before.size() + HardeningFixtures.sourceAssets().size(), target.size());
    }

    @Test
    @DisplayName("the corpus README has one line per case and no line for a case that does not exist")
    void readmeInStep() throws IOException {
        String text = Files.readString(README, StandardCharsets.UTF_8);
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\|").matcher(text);
        while (m.find()) {
            documented.add(m.group(1));
        }
        Set<String> cases = BadPackages.all().stream().map(BadPackage::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(cases, documented);
    }

    @Test
    @DisplayName("a symlink-mode entry whose bytes match the manifest is imported as plain bytes, never as a link")
    void symlinkModeIsNeverALink() throws IOException {
        byte[] good = BadPackages.good();
        String resourceFile = HardeningFixtures.entriesOf(good, HardeningFixtures.resourceRef()).get(1);
        byte[] linked = CraftedZip.rewrite(good, entries -> entries.replaceAll(e -> e.name().equals(resourceFile)
                ? CraftedZip.Entry.stored(resourceFile, e.data()).externalAttributes(CraftedZip.S_IFLNK | 0777) : e));
        Path file = Files.write(dir.resolve("symlink-mode.zip"), linked);
        Path root = dir.resolve("target");
        DirectoryWorkspace target = DirectoryWorkspace.builder(root).createIfMissing().durable(false).open();
        HardeningFixtures.importing(file, target).run();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> all = files.toList();
            assertFalse(all.stream().anyMatch(Files::isSymbolicLink), "no symbolic link was created: " + all);
            assertTrue(all.stream().allMatch(p -> p.normalize().startsWith(root)), "nothing outside the target");
            assertTrue(all.stream().anyMatch(p -> p.getFileName().toString().equals("udf-1.2.jar") && Files.isRegularFile(p)));
        }
    }

    @Test
    @DisplayName("an entry name that is not UTF-8 is reported as damaged, not as cut short")
    void invalidUtf8NameIsDamagedNotTruncated() throws IOException {
        BadPackage bad = BadPackages.all().stream().filter(c -> c.id().equals("name-invalid-utf8")).findFirst().orElseThrow();
        Path file = bad.write(dir);
        CorruptPackageException e = assertThrows(CorruptPackageException.class, () -> readEverything(file));
        assertEquals(CorruptPackageException.Kind.DAMAGED, e.kind(), e.getMessage());
        assertFalse(e.getMessage().contains("cut short"), e.getMessage());
    }
}
