package dev.assetmigration.quota;

/**
 * A tenant's export-package count as a {@link QuotaLedger} sees it at one moment.
 *
 * @param confirmed packages whose export succeeded; they count for good
 * @param pending reservations of exports still running; they count until released
 */
public record QuotaUsage(long confirmed, long pending) {

    /** The usage of a tenant that has never exported. */
    public static final QuotaUsage NONE = new QuotaUsage(0, 0);

    /**
     * Creates a usage.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public QuotaUsage {
        if (confirmed < 0 || pending < 0) {
            throw new IllegalArgumentException(
                    "Counts must be zero or more, got confirmed=" + confirmed + ", pending=" + pending);
        }
    }

    /**
     * Returns what counts against the limit now: confirmed plus pending.
     *
     * @return the total
     */
    public long total() {
        return confirmed + pending;
    }

    /**
     * Tells whether one more reservation fits within a limit.
     *
     * <p>This is the one admission rule every {@link QuotaLedger} applies, atomically with
     * recording the reservation.
     *
     * @param limit the tenant's export-package limit
     * @return {@code true} if {@code total() + 1} is within {@code limit}
     */
    public boolean admitsOneMore(Limit limit) {
        return limit.allows(total() + 1);
    }

    /** Returns {@code N confirmed, M pending}. */
    @Override
    public String toString() {
        return confirmed + " confirmed, " + pending + " pending";
    }
}
