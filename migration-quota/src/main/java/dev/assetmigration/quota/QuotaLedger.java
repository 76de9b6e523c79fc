package dev.assetmigration.quota;

import dev.assetmigration.quota.internal.InMemoryQuotaLedger;
import java.util.Objects;

/**
 * Where the host keeps each tenant's cumulative export-package count: a database table, a
 * key-value store, or {@link #inMemory()} for tests and single-process tools.
 *
 * <p>The ledger counts in two stages so that only successful exports count:
 * <ol>
 *   <li>{@link #tryReserve(TenantId, Limit)} is called before an export starts. It grants a
 *       reservation only if the tenant's confirmed count, plus its pending reservations, plus
 *       this one stays within the limit ({@link QuotaUsage#admitsOneMore(Limit)}), and records
 *       the reservation as pending. The check and the record <b>must be one atomic step</b> per
 *       tenant (a lock, a conditional update, a serialisable transaction): two concurrent
 *       reservations must never both take the last slot.</li>
 *   <li>{@link #confirm(TenantId, String)} is called when the export succeeded: the pending
 *       reservation becomes a confirmed package and counts for good.
 *       {@link #release(TenantId, String)} is called when it failed: the pending reservation is
 *       dropped and the slot is free again.</li>
 * </ol>
 *
 * <p>{@link Reservation} calls {@code confirm} or {@code release} at most once per granted
 * reservation. Implementations must still ignore a {@code confirm} or {@code release} of an id
 * that is not pending (already confirmed, already released, unknown), so that a host may retry
 * after a lost reply. Implementations must be safe for concurrent use.
 *
 * <p>A reservation that is never confirmed nor released (the process died mid-export) keeps its
 * slot. A persistent ledger should record when each reservation was made and drop pending ones
 * older than the longest export it expects.
 *
 * <p>The ledger stores counts only; the limit comes from the caller's {@link QuotaPolicy} with
 * every reservation, so one ledger serves tenants of every edition.
 */
public interface QuotaLedger {

    /**
     * Returns a new, empty, thread-safe ledger that keeps its counts in memory and forgets them
     * when the process ends.
     *
     * @return the ledger
     */
    static QuotaLedger inMemory() {
        return new InMemoryQuotaLedger();
    }

    /**
     * Atomically grants one pending reservation if it fits within the limit.
     *
     * @param tenant the tenant that exports
     * @param limit the tenant's cumulative export-package limit
     * @return {@link Outcome.Granted} with a reservation id unique within the tenant, or
     *     {@link Outcome.Refused} with the usage that left no room
     */
    Outcome tryReserve(TenantId tenant, Limit limit);

    /**
     * Turns a pending reservation into a confirmed package. Does nothing if the id is not pending.
     *
     * @param tenant the tenant
     * @param reservationId the id from {@link Outcome.Granted}
     */
    void confirm(TenantId tenant, String reservationId);

    /**
     * Drops a pending reservation. Does nothing if the id is not pending.
     *
     * @param tenant the tenant
     * @param reservationId the id from {@link Outcome.Granted}
     */
    void release(TenantId tenant, String reservationId);

    /**
     * Returns the tenant's current count.
     *
     * @param tenant the tenant
     * @return confirmed packages and pending reservations; {@link QuotaUsage#NONE} for a new tenant
     */
    QuotaUsage usage(TenantId tenant);

    /** The answer to {@link #tryReserve(TenantId, Limit)}: granted or refused. */
    sealed interface Outcome permits Outcome.Granted, Outcome.Refused {

        /**
         * A reservation was granted and is now pending.
         *
         * @param reservationId the id to confirm or release it with
         */
        record Granted(String reservationId) implements Outcome {

            /**
             * Creates the outcome.
             *
             * @throws NullPointerException if {@code reservationId} is null
             */
            public Granted {
                Objects.requireNonNull(reservationId, "reservationId");
            }
        }

        /**
         * No reservation was made: the limit is reached.
         *
         * @param usage the tenant's count at the moment of refusal
         */
        record Refused(QuotaUsage usage) implements Outcome {

            /**
             * Creates the outcome.
             *
             * @throws NullPointerException if {@code usage} is null
             */
            public Refused {
                Objects.requireNonNull(usage, "usage");
            }
        }
    }
}
