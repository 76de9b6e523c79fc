package dev.assetmigration.quota;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One export's claim on a tenant's export-package quota, from
 * {@link QuotaGuard#reserveExport(TenantId)}.
 *
 * <p>While {@linkplain State#PENDING pending} it holds a slot, so concurrent exports cannot
 * overrun the limit. {@link #confirm()} when the export succeeded makes the package count for
 * good; {@link #release()} when it failed gives the slot back. {@link #close()} releases a
 * reservation that was never confirmed, so try-with-resources is the safe way to hold one:
 *
 * <pre>{@code
 * try (Reservation reservation = guard.reserveExport(tenant)) {
 *     writePackage();           // throws: close() releases, the failed export does not count
 *     reservation.confirm();    // the package now counts; close() leaves it counted
 * }
 * }</pre>
 *
 * <p>Each of {@code confirm}, {@code release} and {@code close} is idempotent and thread-safe;
 * the first of {@code confirm} or {@code release} decides, and the ledger hears about it once.
 */
public final class Reservation implements AutoCloseable {

    /** Where a reservation stands. */
    public enum State {
        /** Granted; holds a slot until confirmed or released. */
        PENDING,
        /** The export succeeded; the package counts for good. */
        CONFIRMED,
        /** The export failed or was abandoned; the slot is free again. */
        RELEASED
    }

    private final QuotaLedger ledger;
    private final TenantId tenant;
    private final String id;
    private final AtomicReference<State> state = new AtomicReference<>(State.PENDING);

    Reservation(QuotaLedger ledger, TenantId tenant, String id) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.id = Objects.requireNonNull(id, "id");
    }

    /**
     * Returns the tenant whose quota this reservation counts against.
     *
     * @return the tenant
     */
    public TenantId tenant() {
        return tenant;
    }

    /**
     * Returns the ledger's id for this reservation.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns where this reservation stands now.
     *
     * @return the state
     */
    public State state() {
        return state.get();
    }

    /**
     * Records that the export succeeded: the package counts against the quota for good. Does
     * nothing if already confirmed.
     *
     * @throws IllegalStateException if the reservation was already released: its slot may be
     *     taken by another export, so it cannot count now; reserve again
     */
    public void confirm() {
        if (transition(State.CONFIRMED)) {
            settle(State.CONFIRMED, () -> ledger.confirm(tenant, id));
        } else if (state.get() == State.RELEASED) {
            throw new IllegalStateException("Reservation " + id + " of tenant '" + tenant
                    + "' was released and can no longer be confirmed; reserve again before exporting");
        }
    }

    /**
     * Records that the export failed or was abandoned: the slot is free again. Does nothing if
     * already released, and nothing if confirmed (a confirmed package counts for good).
     */
    public void release() {
        if (transition(State.RELEASED)) {
            settle(State.RELEASED, () -> ledger.release(tenant, id));
        }
    }

    /** Releases the reservation unless it was confirmed; see {@link #release()}. */
    @Override
    public void close() {
        release();
    }

    /** Returns {@code Reservation[tenant, id, state]}. */
    @Override
    public String toString() {
        return "Reservation[" + tenant + ", " + id + ", " + state.get() + "]";
    }

    private boolean transition(State target) {
        return state.compareAndSet(State.PENDING, target);
    }

    /** Tells the ledger; if it fails, the reservation is pending again so the caller may retry. */
    private void settle(State target, Runnable ledgerCall) {
        try {
            ledgerCall.run();
        } catch (RuntimeException | Error e) {
            state.compareAndSet(target, State.PENDING);
            throw e;
        }
    }
}
