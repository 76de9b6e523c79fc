package dev.assetmigration.quota;

import dev.assetmigration.error.MigrationException;
import java.util.Objects;

/**
 * An export was refused because the tenant's cumulative export-package quota is used up.
 * Code {@value #CODE}.
 *
 * <p>Thrown by {@link QuotaGuard#reserveExport(TenantId)} before the export reads anything.
 */
public class QuotaExceededException extends MigrationException {

    /** The stable error code. */
    public static final String CODE = "AM-QUOTA-001";

    private static final long serialVersionUID = 1L;

    private final TenantId tenant;
    private final Edition edition;
    private final long limit;
    private final QuotaUsage usage;

    /**
     * Creates the exception.
     *
     * @param tenant the tenant that tried to export
     * @param edition the tenant's edition
     * @param limit the tenant's export-package limit
     * @param usage the count at the moment of refusal
     * @param advice the way out, for example a higher edition
     */
    public QuotaExceededException(TenantId tenant, Edition edition, long limit, QuotaUsage usage, String advice) {
        super(CODE, "Export refused for tenant '" + tenant + "': the " + edition + " edition allows " + limit
                + " export packages per tenant and " + usage.total() + " already count ("
                + usage.confirmed() + " exported, " + usage.pending() + " in progress). Nothing was exported. "
                + advice);
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.edition = Objects.requireNonNull(edition, "edition");
        this.limit = limit;
        this.usage = usage;
    }

    /**
     * Returns the tenant that tried to export.
     *
     * @return the tenant
     */
    public TenantId tenant() {
        return tenant;
    }

    /**
     * Returns the tenant's edition.
     *
     * @return the edition
     */
    public Edition edition() {
        return edition;
    }

    /**
     * Returns the cumulative export-package limit that was reached.
     *
     * @return the limit
     */
    public long limit() {
        return limit;
    }

    /**
     * Returns the count at the moment of refusal: confirmed packages plus exports in progress.
     *
     * @return the current count
     */
    public long currentCount() {
        return usage.total();
    }

    /**
     * Returns the count at the moment of refusal, split into confirmed and pending.
     *
     * @return the usage
     */
    public QuotaUsage usage() {
        return usage;
    }
}
