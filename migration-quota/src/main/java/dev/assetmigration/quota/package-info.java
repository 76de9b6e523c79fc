/**
 * Edition quota rules, checked before any migration work starts.
 *
 * <p>A host builds one {@link dev.assetmigration.quota.QuotaGuard} per tenant edition from a
 * {@link dev.assetmigration.quota.QuotaPolicy} (the standard one from
 * {@link dev.assetmigration.quota.QuotaPolicy#of(Edition)}, or its own numbers) and a
 * {@link dev.assetmigration.quota.QuotaLedger} (its own store, or
 * {@link dev.assetmigration.quota.QuotaLedger#inMemory()}). Refusals are
 * {@link dev.assetmigration.error.MigrationException}s with codes {@code AM-QUOTA-001} to
 * {@code AM-QUOTA-004}.
 */
@NullMarked
package dev.assetmigration.quota;

import org.jspecify.annotations.NullMarked;
