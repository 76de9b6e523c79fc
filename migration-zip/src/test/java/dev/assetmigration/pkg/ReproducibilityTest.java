package dev.assetmigration.pkg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.assetmigration.model.AdHocQuery;
import java.io.ByteArrayInputStream;
import java.security.KeyPair;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Package output is reproducible")
class ReproducibilityTest {

    private static UUID idOf(byte[] pkg) {
        try (PackageReader reader = PackageReader.open(new ByteArrayInputStream(pkg))) {
            return reader.manifest().packageId();
        }
    }

    @Test
    @DisplayName("the same header and assets in the same order give byte-identical packages")
    void sameInputSameBytes() {
        assertArrayEquals(Fixtures.pkg(Fixtures.everyType()), Fixtures.pkg(Fixtures.everyType()));
    }

    @Test
    @DisplayName("the bytes do not depend on the machine's time zone")
    void independentOfTimeZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            byte[] utc = Fixtures.pkg(Fixtures.everyType());
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            byte[] kolkata = Fixtures.pkg(Fixtures.everyType());
            assertArrayEquals(utc, kolkata);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    @DisplayName("the package id is derived from the content: equal content, equal id; other content, other id")
    void packageIdFollowsContent() {
        UUID first = idOf(Fixtures.pkg(Fixtures.everyType()));
        assertEquals(first, idOf(Fixtures.pkg(Fixtures.everyType())));
        AdHocQuery changed = Fixtures.query().withCode("SELECT 2;");
        assertNotEquals(first, idOf(Fixtures.pkg(List.of(Fixtures.dataSource(), changed))));
        assertEquals(8, first.version(), "a custom (version 8) UUID");
    }

    @Test
    @DisplayName("signed packages are reproducible too, because Ed25519 is deterministic")
    void signedReproducible() {
        KeyPair keys = PackageSigner.generateKeyPair();
        WriterOptions options = WriterOptions.defaults().withSigner(PackageSigner.ed25519(keys.getPrivate()));
        assertArrayEquals(Fixtures.pkg(Fixtures.everyType(), Fixtures.HEADER, options),
                Fixtures.pkg(Fixtures.everyType(), Fixtures.HEADER, options));
    }
}
