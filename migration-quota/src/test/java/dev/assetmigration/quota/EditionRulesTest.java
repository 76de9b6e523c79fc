package dev.assetmigration.quota;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every row of the edition table, at and beyond its boundary, through {@link QuotaGuard}. */
@DisplayName("The edition table")
class EditionRulesTest {

    private static final TenantId TENANT = TenantId.of("acme");
    private static final URI OBJECT = URI.create("oss://exports/acme/pkg.zip");

    private static QuotaGuard guard(Edition edition) {
        return QuotaGuard.of(QuotaPolicy.of(edition), QuotaLedger.inMemory());
    }

    private static void exportSuccessfully(QuotaGuard guard, int times) {
        IntStream.range(0, times).forEach(i -> {
            try (Reservation reservation = guard.reserveExport(TENANT)) {
                reservation.confirm();
            }
        });
    }

    @Nested
    @DisplayName("export packages per tenant, cumulative")
    class ExportPackages {

        @ParameterizedTest(name = "{0} allows {1} packages")
        @CsvSource({"BASIC, 10", "STANDARD, 30", "PROFESSIONAL, 100"})
        @DisplayName("a bounded edition allows exactly its limit")
        void theLimitItselfPasses(Edition edition, int limit) {
            QuotaGuard guard = guard(edition);

            exportSuccessfully(guard, limit);

            assertEquals(new QuotaUsage(limit, 0), guard.exportUsage(TENANT));
        }

        @ParameterizedTest(name = "{0} refuses package {1} + 1")
        @CsvSource({"BASIC, 10", "STANDARD, 30", "PROFESSIONAL, 100"})
        @DisplayName("a bounded edition refuses the package after its limit")
        void oneBeyondTheLimitFails(Edition edition, int limit) {
            QuotaGuard guard = guard(edition);
            exportSuccessfully(guard, limit);

            QuotaExceededException refused = assertThrows(QuotaExceededException.class,
                    () -> guard.reserveExport(TENANT));

            assertAll(
                    () -> assertEquals(limit, refused.limit()),
                    () -> assertEquals(limit, refused.currentCount()),
                    () -> assertEquals(edition, refused.edition()),
                    () -> assertEquals(new QuotaUsage(limit, 0), guard.exportUsage(TENANT)));
        }

        @Test
        @DisplayName("ENTERPRISE is unlimited: a thousand and one packages pass")
        void enterpriseIsUnlimited() {
            QuotaGuard guard = guard(Edition.ENTERPRISE);

            exportSuccessfully(guard, 1001);

            assertEquals(1001, guard.exportUsage(TENANT).confirmed());
        }
    }

    @Nested
    @DisplayName("import package from a local file: 30 MB, MB = 2^20 bytes")
    class LocalFile {

        @ParameterizedTest
        @EnumSource(Edition.class)
        @DisplayName("a package of exactly 31,457,280 bytes passes on every edition")
        void theLimitItselfPasses(Edition edition) {
            PackageSource source = PackageSource.localFile(Path.of("pkg.zip"), 31_457_280L);

            assertDoesNotThrow(() -> guard(edition).checkImportSource(source));
        }

        @ParameterizedTest
        @EnumSource(Edition.class)
        @DisplayName("a package of 31,457,281 bytes is refused on every edition")
        void oneByteMoreFails(Edition edition) {
            PackageSource source = PackageSource.localFile(Path.of("pkg.zip"), 31_457_281L);

            PackageTooLargeException refused = assertThrows(PackageTooLargeException.class,
                    () -> guard(edition).checkImportSource(source));

            assertAll(
                    () -> assertEquals(31_457_280L, refused.limit()),
                    () -> assertEquals(31_457_281L, refused.actual()),
                    () -> assertEquals(source, refused.source()));
        }
    }

    @Nested
    @DisplayName("import package from remote object storage")
    class RemoteObject {

        @ParameterizedTest(name = "{0}, {1} bytes")
        @CsvSource({"BASIC, 0", "BASIC, 1", "STANDARD, 0", "STANDARD, 1"})
        @DisplayName("BASIC and STANDARD refuse it whatever its size")
        void notSupportedOnLowerEditions(Edition edition, long size) {
            PackageSource source = PackageSource.remoteObject(OBJECT, size);

            PackageSourceNotAllowedException refused = assertThrows(PackageSourceNotAllowedException.class,
                    () -> guard(edition).checkImportSource(source));

            assertEquals(source, refused.source());
        }

        @ParameterizedTest(name = "{0}, {1} bytes")
        @CsvSource({
            "PROFESSIONAL, 31457281", "PROFESSIONAL, 9223372036854775807",
            "ENTERPRISE, 31457281", "ENTERPRISE, 9223372036854775807"})
        @DisplayName("PROFESSIONAL and ENTERPRISE accept it with no size limit")
        void noLimitOnHigherEditions(Edition edition, long size) {
            PackageSource source = PackageSource.remoteObject(OBJECT, size);

            assertDoesNotThrow(() -> guard(edition).checkImportSource(source));
        }
    }

    @Nested
    @DisplayName("automatic commit and deploy on import")
    class AutomaticDeploy {

        @ParameterizedTest
        @EnumSource(value = Edition.class, names = {"BASIC", "STANDARD"})
        @DisplayName("BASIC and STANDARD refuse it")
        void refusedOnLowerEditions(Edition edition) {
            EditionFeatureException refused = assertThrows(EditionFeatureException.class,
                    () -> guard(edition).checkAutoDeploy());

            assertAll(
                    () -> assertEquals(Feature.AUTOMATIC_DEPLOY, refused.feature()),
                    () -> assertEquals(edition, refused.edition()));
        }

        @ParameterizedTest
        @EnumSource(value = Edition.class, names = {"PROFESSIONAL", "ENTERPRISE"})
        @DisplayName("PROFESSIONAL and ENTERPRISE allow it")
        void allowedOnHigherEditions(Edition edition) {
            assertDoesNotThrow(() -> guard(edition).checkAutoDeploy());
        }
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    @DisplayName("every edition migrates Oozie, Azkaban and Airflow jobs")
    void schedulerMigrationOnEveryEdition(Edition edition) {
        assertDoesNotThrow(() -> guard(edition).checkSchedulerMigration());
    }

    @ParameterizedTest(name = "{0}: exports {1}, remote {2}, auto deploy {3}")
    @CsvSource({
        "BASIC,        at most 10,  not allowed,         false",
        "STANDARD,     at most 30,  not allowed,         false",
        "PROFESSIONAL, at most 100, 'allowed, unlimited', true",
        "ENTERPRISE,   unlimited,   'allowed, unlimited', true"})
    @DisplayName("the standard policies hold the documented numbers")
    void standardPoliciesMatchTheTable(Edition edition, String exports, String remote, boolean autoDeploy) {
        QuotaPolicy policy = QuotaPolicy.of(edition);

        assertAll(
                () -> assertEquals(exports, policy.exportPackagesPerTenant().toString()),
                () -> assertEquals(SourceRule.upTo(Limit.atMost(31_457_280L)), policy.localFileImport()),
                () -> assertEquals(remote, policy.remoteObjectImport().toString()),
                () -> assertEquals(autoDeploy, policy.allows(Feature.AUTOMATIC_DEPLOY)),
                () -> assertTrue(policy.allows(Feature.SCHEDULER_MIGRATION)));
    }
}
