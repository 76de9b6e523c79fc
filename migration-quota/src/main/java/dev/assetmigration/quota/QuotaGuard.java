package dev.assetmigration.quota;

import dev.assetmigration.quota.internal.Messages;
import java.util.Objects;

/**
 * The edition rules for one tenant edition, checked before any migration work: the one place
 * that throws {@link QuotaExceededException}, {@link PackageTooLargeException},
 * {@link PackageSourceNotAllowedException} and {@link EditionFeatureException}.
 *
 * <pre>{@code
 * QuotaGuard guard = QuotaGuard.of(QuotaPolicy.of(Edition.BASIC), QuotaLedger.inMemory());
 *
 * guard.checkImportSource(PackageSource.localFile(path, Files.size(path)));  // before unpacking
 * guard.checkAutoDeploy();                                                   // before any write
 *
 * try (Reservation reservation = guard.reserveExport(TenantId.of("acme"))) { // before reading
 *     export();
 *     reservation.confirm();
 * }
 * }</pre>
 *
 * <p>A guard is immutable and thread-safe. A host whose tenants have different editions builds
 * one guard per edition (or per tenant) over the same ledger.
 */
public final class QuotaGuard {

    private final QuotaPolicy policy;
    private final QuotaLedger ledger;

    private QuotaGuard(QuotaPolicy policy, QuotaLedger ledger) {
        this.policy = policy;
        this.ledger = ledger;
    }

    /**
     * Creates a guard.
     *
     * @param policy the tenant edition's rules, for example {@code QuotaPolicy.of(Edition.BASIC)}
     * @param ledger where export-package counts are kept
     * @return the guard
     */
    public static QuotaGuard of(QuotaPolicy policy, QuotaLedger ledger) {
        return new QuotaGuard(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(ledger, "ledger"));
    }

    /**
     * Returns the rules this guard enforces.
     *
     * @return the policy
     */
    public QuotaPolicy policy() {
        return policy;
    }

    /**
     * Reserves one export package for a tenant, atomically with the limit check. Call it before
     * the export reads anything; {@linkplain Reservation#confirm() confirm} when the export
     * succeeded, {@linkplain Reservation#release() release} (or close) when it failed.
     *
     * @param tenant the tenant that exports
     * @return the pending reservation
     * @throws QuotaExceededException if the confirmed packages plus the exports in progress
     *     already reach the policy's limit
     */
    public Reservation reserveExport(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        Limit limit = policy.exportPackagesPerTenant();
        QuotaLedger.Outcome outcome = Objects.requireNonNull(ledger.tryReserve(tenant, limit),
                "the ledger returned no outcome");
        if (outcome instanceof QuotaLedger.Outcome.Granted) {
            return new Reservation(ledger, tenant, ((QuotaLedger.Outcome.Granted) outcome).reservationId());
        }
        QuotaUsage usage = ((QuotaLedger.Outcome.Refused) outcome).usage();
        long max = limit.max().orElseThrow(() -> new IllegalStateException(
                "The quota ledger " + ledger + " refused tenant '" + tenant + "' although the limit is unlimited"));
        throw new QuotaExceededException(tenant, policy.edition(), max, usage, Messages.exportAdvice(policy));
    }

    /**
     * Returns a tenant's current export-package count.
     *
     * @param tenant the tenant
     * @return confirmed packages and exports in progress
     */
    public QuotaUsage exportUsage(TenantId tenant) {
        return ledger.usage(Objects.requireNonNull(tenant, "tenant"));
    }

    /**
     * Checks that a package may be imported from its source, before it is read or unpacked.
     *
     * @param source where the package comes from, with its size
     * @throws PackageSourceNotAllowedException if the edition does not import from that kind of
     *     source
     * @throws PackageTooLargeException if the package is larger than the edition accepts from
     *     that kind of source
     */
    public void checkImportSource(PackageSource source) {
        Objects.requireNonNull(source, "source");
        SourceRule rule = policy.ruleFor(source);
        if (!rule.isAllowed()) {
            throw new PackageSourceNotAllowedException(source, policy.edition(), Messages.sourceAdvice(policy, source));
        }
        Limit maxBytes = ((SourceRule.Allowed) rule).maxBytes();
        if (!maxBytes.allows(source.sizeBytes())) {
            throw new PackageTooLargeException(source, policy.edition(), maxBytes.max().orElseThrow(),
                    Messages.sourceAdvice(policy, source));
        }
    }

    /**
     * Checks that the edition offers a feature.
     *
     * @param feature the feature an operation needs
     * @throws EditionFeatureException if the policy does not offer it
     */
    public void checkFeature(Feature feature) {
        Objects.requireNonNull(feature, "feature");
        if (!policy.allows(feature)) {
            throw new EditionFeatureException(feature, policy.edition(), Messages.featureAdvice(policy, feature));
        }
    }

    /**
     * Checks that an import may commit and deploy automatically; call it before the import
     * writes anything. Same as {@code checkFeature(Feature.AUTOMATIC_DEPLOY)}.
     *
     * @throws EditionFeatureException on an edition without automatic deploy (Basic, Standard)
     */
    public void checkAutoDeploy() {
        checkFeature(Feature.AUTOMATIC_DEPLOY);
    }

    /**
     * Checks that jobs from Oozie, Azkaban or Airflow may be migrated. Same as
     * {@code checkFeature(Feature.SCHEDULER_MIGRATION)}; every standard edition passes.
     *
     * @throws EditionFeatureException if a custom policy switched the feature off
     */
    public void checkSchedulerMigration() {
        checkFeature(Feature.SCHEDULER_MIGRATION);
    }

    /** Returns {@code QuotaGuard[policy]}. */
    @Override
    public String toString() {
        return "QuotaGuard[" + policy + "]";
    }
}
