package dev.assetmigration.quota;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.error.MigrationException;
import java.net.URI;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each refusal has a stable code and a message that says what happened and what to do. */
@DisplayName("A quota refusal")
class RefusalMessagesTest {

    private static final TenantId TENANT = TenantId.of("acme");

    private static QuotaGuard guard(Edition edition) {
        return QuotaGuard.of(QuotaPolicy.of(edition), QuotaLedger.inMemory());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("export quota", QuotaExceededException.CODE, (Executable) () -> {
                    QuotaGuard guard = guard(Edition.BASIC);
                    for (int i = 0; i < 10; i++) {
                        guard.reserveExport(TENANT).confirm();
                    }
                    guard.reserveExport(TENANT);
                }),
                Arguments.of("oversize package", PackageTooLargeException.CODE, (Executable) () ->
                        guard(Edition.BASIC).checkImportSource(PackageSource.localFile(Path.of("p.zip"), 40_000_000))),
                Arguments.of("remote source", PackageSourceNotAllowedException.CODE, (Executable) () ->
                        guard(Edition.BASIC).checkImportSource(
                                PackageSource.remoteObject(URI.create("oss://b/p.zip"), 1))),
                Arguments.of("edition feature", EditionFeatureException.CODE, (Executable) () ->
                        guard(Edition.BASIC).checkAutoDeploy()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusals")
    @DisplayName("is a MigrationException with its stable code")
    void hasItsCode(String refusal, String code, Executable action) {
        MigrationException thrown = assertThrows(MigrationException.class, action);

        assertAll(
                () -> assertEquals(code, thrown.code()),
                () -> assertTrue(thrown.toString().contains("[" + code + "]"), thrown::toString));
    }

    @Test
    @DisplayName("of an export gives the limit, the count and a higher edition")
    void exportQuotaMessage() {
        QuotaGuard guard = guard(Edition.BASIC);
        for (int i = 0; i < 9; i++) {
            guard.reserveExport(TENANT).confirm();
        }
        guard.reserveExport(TENANT);

        String message = assertThrows(QuotaExceededException.class, () -> guard.reserveExport(TENANT)).getMessage();

        assertEquals("Export refused for tenant 'acme': the BASIC edition allows 10 export packages per tenant"
                + " and 10 already count (9 exported, 1 in progress). Nothing was exported. Packages already"
                + " exported do not count again when imported. To export more, upgrade the tenant to a higher"
                + " edition (export packages per tenant: STANDARD at most 30, PROFESSIONAL at most 100,"
                + " ENTERPRISE unlimited).", message);
    }

    @Test
    @DisplayName("of an oversize local file gives both sizes in bytes and the editions that import it remotely")
    void oversizeLocalFileMessage() {
        PackageSource source = PackageSource.localFile(Path.of("exports", "pkg.zip"), 31_457_281L);

        String message = assertThrows(PackageTooLargeException.class,
                () -> guard(Edition.BASIC).checkImportSource(source)).getMessage();

        assertEquals("Import refused before unpacking: the package in local file '"
                + Path.of("exports", "pkg.zip") + "' is 31,457,281 bytes (30.0 MiB), and the BASIC edition"
                + " imports packages from a local file of at most 31,457,280 bytes (30.0 MiB). Upgrade to"
                + " PROFESSIONAL or ENTERPRISE and import the package from remote object storage.", message);
    }

    @Test
    @DisplayName("of an oversize local file on PROFESSIONAL points to object storage")
    void oversizeOnProfessionalSuggestsRemote() {
        PackageSource source = PackageSource.localFile(Path.of("pkg.zip"), 50_000_000L);

        String message = assertThrows(PackageTooLargeException.class,
                () -> guard(Edition.PROFESSIONAL).checkImportSource(source)).getMessage();

        assertTrue(message.endsWith("Put the package in object storage and import it from there."), message);
    }

    @Test
    @DisplayName("of a remote source on BASIC offers a local file or a higher edition")
    void remoteOnBasicMessage() {
        PackageSource source = PackageSource.remoteObject(URI.create("oss://exports/pkg.zip"), 1_000);

        String message = assertThrows(PackageSourceNotAllowedException.class,
                () -> guard(Edition.BASIC).checkImportSource(source)).getMessage();

        assertEquals("Import refused before reading: the BASIC edition does not import packages from remote"
                + " object storage (object 'oss://exports/pkg.zip'). Download the package and import it from a"
                + " local file, or upgrade to PROFESSIONAL or ENTERPRISE, which accept this package from remote"
                + " object storage.", message);
    }

    @Test
    @DisplayName("of automatic deploy offers a manual deploy or a higher edition")
    void autoDeployMessage() {
        String message = assertThrows(EditionFeatureException.class,
                () -> guard(Edition.STANDARD).checkAutoDeploy()).getMessage();

        assertEquals("Refused before any work: the STANDARD edition does not offer automatic commit and deploy"
                + " on import. Import without automatic deploy and commit and deploy the tasks in the target"
                + " workspace, or upgrade to PROFESSIONAL or ENTERPRISE.", message);
    }

    @Test
    @DisplayName("never shows the credentials of a pre-signed object URI")
    void noCredentialsInMessages() {
        PackageSource source = PackageSource.remoteObject(
                URI.create("https://user:secret@bucket.oss.example.com/pkg.zip?Signature=abc123&Expires=1"), 1);

        String message = assertThrows(PackageSourceNotAllowedException.class,
                () -> guard(Edition.STANDARD).checkImportSource(source)).getMessage();

        assertAll(
                () -> assertTrue(message.contains("'https://bucket.oss.example.com/pkg.zip'"), message),
                () -> assertFalse(message.contains("secret"), message),
                () -> assertFalse(message.contains("abc123"), message),
                () -> assertFalse(source.toString().contains("abc123"), source::toString));
    }
}
