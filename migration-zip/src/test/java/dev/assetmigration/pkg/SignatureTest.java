package dev.assetmigration.pkg;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A signed package")
class SignatureTest {

    private static KeyPair keys;
    private static byte[] signed;

    @BeforeAll
    static void sign() {
        keys = PackageSigner.generateKeyPair();
        signed = Fixtures.pkg(Fixtures.everyType(), Fixtures.HEADER,
                WriterOptions.defaults().withSigner(PackageSigner.ed25519(keys.getPrivate())));
    }

    private static void verify(byte[] pkg, KeyPair pair) {
        try (PackageReader reader = PackageReader.open(new ByteArrayInputStream(pkg))) {
            PackageVerifier.ed25519(pair.getPublic()).verify(reader);
        }
    }

    @Test
    @DisplayName("verifies with the signer's public key and carries manifest.sig")
    void verifies() {
        assertDoesNotThrow(() -> verify(signed, keys));
        assertTrue(CraftedZip.entries(signed).stream().anyMatch(e -> e.name().equals(AssetLayout.SIGNATURE)));
    }

    @Test
    @DisplayName("is rejected with another public key")
    void otherKey() {
        SignatureException e = assertThrows(SignatureException.class, () -> verify(signed, PackageSigner.generateKeyPair()));
        assertEquals(SignatureException.Reason.INVALID, e.reason());
        assertEquals(AssetLayout.SIGNATURE, e.entryName().orElseThrow());
    }

    @Test
    @DisplayName("is rejected when the manifest was edited after signing")
    void manifestEdited() {
        byte[] edited = CraftedZip.editManifest(signed, text -> text.replace("\"deletionsCovered\":true", "\"deletionsCovered\":false"));
        assertEquals(SignatureException.Reason.DIGEST_MISMATCH,
                assertThrows(SignatureException.class, () -> verify(edited, keys)).reason());
    }

    @Test
    @DisplayName("of which an unsigned copy is rejected as missing its signature")
    void unsigned() {
        byte[] stripped = CraftedZip.rewrite(signed, entries -> {
            entries.removeIf(e -> e.name().equals(AssetLayout.SIGNATURE));
            return entries;
        });
        assertEquals(SignatureException.Reason.MISSING,
                assertThrows(SignatureException.class, () -> verify(stripped, keys)).reason());
    }

    @Test
    @DisplayName("is rejected when any single byte of any entry's content is changed")
    void everyContentByteCounts() {
        List<CraftedZip.Entry> entries = CraftedZip.entries(signed);
        int checked = 0;
        for (int index = 0; index < entries.size(); index++) {
            byte[] content = entries.get(index).bytes();
            for (int position = 0; position < content.length; position += Math.max(1, content.length / 7)) {
                List<CraftedZip.Entry> tampered = new ArrayList<>(entries);
                byte[] changed = content.clone();
                changed[position] ^= 0x01;
                tampered.set(index, new CraftedZip.Entry(entries.get(index).name(), changed));
                byte[] pkg = CraftedZip.zip(tampered);
                String where = entries.get(index).name() + " byte " + position;
                assertThrows(PackageException.class, () -> verify(pkg, keys), where);
                checked++;
            }
        }
        assertTrue(checked > 70, "checked " + checked + " tampered packages");
    }

    @Test
    @DisplayName("either rejects a flipped byte anywhere in the archive or reads exactly the signed content")
    void everyArchiveByte() throws IOException {
        byte[] small = Fixtures.pkg(List.of(Fixtures.dataSource(), Fixtures.query()), Fixtures.HEADER,
                WriterOptions.defaults().withSigner(PackageSigner.ed25519(keys.getPrivate())));
        String original = contentOf(small);
        int rejected = 0;
        int harmless = 0;
        for (int position = 0; position < small.length; position++) {
            byte[] tampered = small.clone();
            tampered[position] ^= 0x01;
            String content;
            try {
                content = contentOf(tampered);
            } catch (PackageException expected) {
                rejected++;
                continue;
            }
            // Only zip framing that no reader uses (local-header copies, times, version fields) may change.
            assertEquals(original, content, "byte " + position + " changed the content without being noticed");
            harmless++;
        }
        assertTrue(rejected > small.length / 2, rejected + " rejected, " + harmless + " harmless");
    }

    /** Verifies the signature and every entry, then describes the manifest and assets read. */
    private static String contentOf(byte[] pkg) throws IOException {
        try (PackageReader reader = PackageReader.open(new ByteArrayInputStream(pkg))) {
            PackageVerifier.ed25519(keys.getPublic()).verify(reader);
            return reader.manifest() + " " + reader.manifest().assets() + " "
                    + reader.assets().map(Object::toString).collect(Collectors.joining("|"));
        }
    }
}
