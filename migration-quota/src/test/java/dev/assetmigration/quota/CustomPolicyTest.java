package dev.assetmigration.quota;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A host's own policy")
class CustomPolicyTest {

    private static final TenantId TENANT = TenantId.of("acme");

    @Test
    @DisplayName("enforces the host's export limit instead of the standard one")
    void customExportLimit() {
        QuotaPolicy policy = QuotaPolicy.of(Edition.BASIC).withExportPackagesPerTenant(Limit.atMost(3));
        QuotaGuard guard = QuotaGuard.of(policy, QuotaLedger.inMemory());
        for (int i = 0; i < 3; i++) {
            guard.reserveExport(TENANT).confirm();
        }

        QuotaExceededException refused = assertThrows(QuotaExceededException.class, () -> guard.reserveExport(TENANT));

        assertEquals(3, refused.limit());
    }

    @Test
    @DisplayName("enforces the host's local-file size at its exact boundary")
    void customLocalFileLimit() {
        QuotaPolicy policy = QuotaPolicy.of(Edition.STANDARD)
                .withLocalFileImport(SourceRule.upTo(Limit.atMost(100 * QuotaPolicy.MEBIBYTE)));
        QuotaGuard guard = QuotaGuard.of(policy, QuotaLedger.inMemory());

        assertAll(
                () -> assertDoesNotThrow(() -> guard.checkImportSource(
                        PackageSource.localFile(Path.of("big.zip"), 100 * QuotaPolicy.MEBIBYTE))),
                () -> assertThrows(PackageTooLargeException.class, () -> guard.checkImportSource(
                        PackageSource.localFile(Path.of("big.zip"), 100 * QuotaPolicy.MEBIBYTE + 1))));
    }

    @Test
    @DisplayName("can open remote object storage to a lower edition, with a size limit")
    void customRemoteRule() {
        QuotaPolicy policy = QuotaPolicy.of(Edition.STANDARD)
                .withRemoteObjectImport(SourceRule.upTo(Limit.atMost(1_000)));
        QuotaGuard guard = QuotaGuard.of(policy, QuotaLedger.inMemory());
        URI object = URI.create("s3://bucket/pkg.zip");

        assertAll(
                () -> assertDoesNotThrow(() -> guard.checkImportSource(PackageSource.remoteObject(object, 1_000))),
                () -> assertThrows(PackageTooLargeException.class,
                        () -> guard.checkImportSource(PackageSource.remoteObject(object, 1_001))));
    }

    @Test
    @DisplayName("can switch features on and off")
    void customFeatures() {
        QuotaPolicy policy = QuotaPolicy.of(Edition.BASIC)
                .withFeature(Feature.AUTOMATIC_DEPLOY, true)
                .withFeature(Feature.SCHEDULER_MIGRATION, false);
        QuotaGuard guard = QuotaGuard.of(policy, QuotaLedger.inMemory());

        assertAll(
                () -> assertDoesNotThrow(guard::checkAutoDeploy),
                () -> assertThrows(EditionFeatureException.class, guard::checkSchedulerMigration));
    }

    @Test
    @DisplayName("is an immutable value: changing it returns a new policy and leaves the standard one alone")
    void policiesAreImmutableValues() {
        Set<Feature> features = new HashSet<>(EnumSet.of(Feature.SCHEDULER_MIGRATION));
        QuotaPolicy policy = new QuotaPolicy(Edition.BASIC, Limit.atMost(10),
                SourceRule.upTo(Limit.atMost(QuotaPolicy.LOCAL_FILE_MAX_BYTES)), SourceRule.notAllowed(), features);

        features.add(Feature.AUTOMATIC_DEPLOY);
        QuotaPolicy changed = policy.withExportPackagesPerTenant(Limit.unlimited());

        assertAll(
                () -> assertEquals(QuotaPolicy.of(Edition.BASIC), policy),
                () -> assertTrue(policy.isStandard()),
                () -> assertFalse(changed.isStandard()),
                () -> assertThrows(UnsupportedOperationException.class,
                        () -> policy.features().add(Feature.AUTOMATIC_DEPLOY)));
    }

    @Test
    @DisplayName("suggests no upgrade to an edition whose standard limit is lower than the host's")
    void adviceOnlyNamesEditionsThatHelp() {
        QuotaPolicy policy = QuotaPolicy.of(Edition.BASIC).withExportPackagesPerTenant(Limit.atMost(50));
        QuotaGuard guard = QuotaGuard.of(policy, QuotaLedger.inMemory());
        for (int i = 0; i < 50; i++) {
            guard.reserveExport(TENANT).confirm();
        }

        String message = assertThrows(QuotaExceededException.class, () -> guard.reserveExport(TENANT)).getMessage();

        assertAll(
                () -> assertFalse(message.contains("STANDARD"), message),
                () -> assertTrue(message.contains("PROFESSIONAL at most 100, ENTERPRISE unlimited"), message));
    }
}
