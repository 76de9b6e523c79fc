/**
 * The edition rules of Asset Migration: how many export packages a tenant may create, which
 * package sources and sizes an import accepts, and which features an edition offers.
 *
 * <p>{@link dev.assetmigration.quota.QuotaGuard} is the one entry point; the host supplies the
 * tenant's {@link dev.assetmigration.quota.QuotaPolicy} and a
 * {@link dev.assetmigration.quota.QuotaLedger} that stores the cumulative export-package count.
 */
module dev.assetmigration.quota {
    requires transitive dev.assetmigration.spi;
    requires static org.jspecify;

    exports dev.assetmigration.quota;
}
