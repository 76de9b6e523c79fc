package dev.assetmigration.quota;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link QuotaLedger}, for any implementation: extend it and return a fresh, empty
 * ledger from {@link #createLedger()}.
 */
abstract class QuotaLedgerContract {

    private static final TenantId TENANT = TenantId.of("acme");
    private static final Limit TWO = Limit.atMost(2);

    private QuotaLedger ledger;

    /** Returns a new, empty ledger. */
    protected abstract QuotaLedger createLedger();

    @BeforeEach
    void setUp() {
        ledger = createLedger();
    }

    private String grant() {
        QuotaLedger.Outcome outcome = ledger.tryReserve(TENANT, TWO);
        return assertInstanceOf(QuotaLedger.Outcome.Granted.class, outcome).reservationId();
    }

    @Test
    @DisplayName("a new tenant has no usage")
    void newTenantHasNoUsage() {
        assertEquals(QuotaUsage.NONE, ledger.usage(TENANT));
    }

    @Test
    @DisplayName("grants distinct reservation ids and counts them as pending")
    void grantsPending() {
        String first = grant();
        String second = grant();

        assertAll(
                () -> assertNotEquals(first, second),
                () -> assertEquals(new QuotaUsage(0, 2), ledger.usage(TENANT)));
    }

    @Test
    @DisplayName("refuses with the usage when confirmed plus pending reach the limit")
    void refusesAtTheLimit() {
        ledger.confirm(TENANT, grant());
        grant();

        QuotaLedger.Outcome outcome = ledger.tryReserve(TENANT, TWO);

        assertEquals(new QuotaLedger.Outcome.Refused(new QuotaUsage(1, 1)), outcome);
    }

    @Test
    @DisplayName("always grants under an unlimited limit")
    void unlimitedAlwaysGrants() {
        for (int i = 0; i < 100; i++) {
            assertInstanceOf(QuotaLedger.Outcome.Granted.class, ledger.tryReserve(TENANT, Limit.unlimited()));
        }
    }

    @Test
    @DisplayName("ignores a repeated confirm, a release after a confirm, and unknown ids")
    void settlingIsIdempotent() {
        String id = grant();

        ledger.confirm(TENANT, id);
        ledger.confirm(TENANT, id);
        ledger.release(TENANT, id);
        ledger.confirm(TENANT, "no-such-reservation");
        ledger.release(TENANT, "no-such-reservation");

        assertEquals(new QuotaUsage(1, 0), ledger.usage(TENANT));
    }

    @Test
    @DisplayName("a released reservation can no longer be confirmed")
    void releasedCannotBeConfirmed() {
        String id = grant();

        ledger.release(TENANT, id);
        ledger.confirm(TENANT, id);

        assertEquals(QuotaUsage.NONE, ledger.usage(TENANT));
    }

    @Test
    @DisplayName("keeps each tenant's count apart")
    void tenantsAreIndependent() {
        ledger.confirm(TENANT, grant());
        ledger.confirm(TENANT, grant());

        assertInstanceOf(QuotaLedger.Outcome.Granted.class, ledger.tryReserve(TenantId.of("globex"), TWO));
    }
}
