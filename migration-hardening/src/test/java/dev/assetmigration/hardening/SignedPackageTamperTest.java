package dev.assetmigration.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.error.MigrationException;
import dev.assetmigration.model.Asset;
import dev.assetmigration.pkg.PackageReader;
import dev.assetmigration.pkg.PackageSigner;
import dev.assetmigration.pkg.PackageVerifier;
import dev.assetmigration.pkg.SignatureException;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flips every byte of a small signed package, one at a time, and verifies each result as an
 * importer of signed packages would: open, check the signature with the trusted key, verify every
 * entry, read every asset.
 *
 * <p>The format's promise (docs/package-format.md §7): a valid signature plus a successful
 * {@code verify()} proves that every byte of every entry is what the key holder wrote; ZIP framing
 * that no reader uses (local-header copies, times, version fields, CRCs the reader does not
 * trust) is not covered, and changing it cannot change what is imported. So each flip must be
 * refused — always, when it lands in the stored bytes of {@code manifest.json} or
 * {@code manifest.sig} — or else be accepted with every entry byte-identical to the original.
 */
@DisplayName("Signed packages: every single-byte change is refused, or changes nothing that is imported")
class SignedPackageTamperTest {

    @TempDir
    Path dir;

    private static byte[] smallSignedPackage(KeyPair keys) {
        List<Asset> assets = List.of(
                AssetFixtures.dataSource("warehouse").id("ds-1").property("host", "db.internal").build(),
                AssetFixtures.adHocQuery("daily check").id("q-1").code("SELECT count(*) FROM orders;").build(),
                AssetFixtures.resource("tiny").id("r-1").fileName("tiny.sh").text("#!/bin/sh\necho ok\n").build());
        return HardeningFixtures.signedPackage(assets, keys);
    }

    /** Opens, checks the signature, verifies and reads everything; throws on any refusal. */
    private static void importerCheck(Path file, KeyPair keys) {
        try (PackageReader reader = PackageReader.open(file)) {
            PackageVerifier.ed25519(keys.getPublic()).verify(reader);
            BadPackageCorpusTest.readEverything(file);
        }
    }

    /** Every entry's inflated bytes by name, as java.util.zip reads them through the central directory. */
    private static Map<String, byte[]> contents(Path file) {
        Map<String, byte[]> contents = new TreeMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                contents.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return contents;
    }

    @Test
    @DisplayName("each of the package's bytes flipped in turn is refused by the reader or the verifier, or leaves every entry identical")
    void everyByteFlipped(TestReporter reporter) throws IOException {
        KeyPair keys = HardeningFixtures.fixedKeys();
        byte[] original = smallSignedPackage(keys);
        Path pristine = Files.write(dir.resolve("pristine.zip"), original);
        importerCheck(pristine, keys);
        Map<String, byte[]> expected = contents(pristine);
        List<CraftedZip.Span> signed = CraftedZip.Span.of(original).stream()
                .filter(s -> s.name().equals("manifest.json") || s.name().equals("manifest.sig")).toList();
        assertEquals(2, signed.size());

        int[] refused = {0};
        List<Integer> harmless = new ArrayList<>();
        Path file = dir.resolve("flipped.zip");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < original.length; i++) {
                byte[] flipped = original.clone();
                flipped[i] ^= (byte) 0xFF;
                Files.write(file, flipped);
                int position = i;
                try {
                    importerCheck(file, keys);
                } catch (MigrationException e) {
                    refused[0]++;
                    continue;
                }
                assertTrue(signed.stream().noneMatch(s -> s.contains(position)),
                        () -> "a flip at " + position + " inside the signed entries' stored bytes was accepted");
                Map<String, byte[]> actual = contents(file);
                assertEquals(expected.keySet(), actual.keySet(), () -> "flip at " + position);
                for (String name : expected.keySet()) {
                    assertArrayEquals(expected.get(name), actual.get(name), () -> "flip at " + position + " changed " + name);
                }
                harmless.add(position);
            }
        });
        assertEquals(original.length, refused[0] + harmless.size());
        reporter.publishEntry(Map.of("bytes", Integer.toString(original.length), "refused", Integer.toString(refused[0]),
                "harmless", Integer.toString(harmless.size())));
        int signedBytes = signed.stream().mapToInt(s -> s.end() - s.start()).sum();
        assertTrue(refused[0] >= signedBytes, "at least every flip in the signed entries is refused");
        // Only framing bytes may be harmless; the stored bytes of every entry are covered by the manifest.
        List<CraftedZip.Span> all = CraftedZip.Span.of(original);
        assertTrue(harmless.stream().noneMatch(p -> all.stream().anyMatch(s -> s.contains(p))),
                () -> "harmless flips are all outside entry data: " + harmless);
    }

    @Test
    @DisplayName("a package re-signed with another key, or stripped of its signature, is refused by the trusted key's verifier")
    void wrongKeyOrNoSignature() throws IOException {
        KeyPair trusted = HardeningFixtures.fixedKeys();
        KeyPair other = PackageSigner.generateKeyPair();
        Path resigned = Files.write(dir.resolve("resigned.zip"), smallSignedPackage(other));
        assertInstanceOf(SignatureException.class, assertThrows(MigrationException.class, () -> importerCheck(resigned, trusted)));
        byte[] stripped = CraftedZip.rewrite(smallSignedPackage(trusted), entries -> entries.removeIf(e -> e.name().equals("manifest.sig")));
        Path unsigned = Files.write(dir.resolve("unsigned.zip"), stripped);
        assertInstanceOf(SignatureException.class, assertThrows(MigrationException.class, () -> importerCheck(unsigned, trusted)));
    }
}
