package dev.assetmigration.quota;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A reservation")
class ReservationTest {

    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId GLOBEX = TenantId.of("globex");

    private final QuotaLedger ledger = QuotaLedger.inMemory();
    private final QuotaGuard basic = QuotaGuard.of(QuotaPolicy.of(Edition.BASIC), ledger);

    @Test
    @DisplayName("counts as pending until it is confirmed or released")
    void pendingUntilSettled() {
        Reservation reservation = basic.reserveExport(ACME);

        assertAll(
                () -> assertEquals(Reservation.State.PENDING, reservation.state()),
                () -> assertEquals(new QuotaUsage(0, 1), basic.exportUsage(ACME)));
    }

    @Test
    @DisplayName("counts for good once confirmed")
    void confirmedCounts() {
        Reservation reservation = basic.reserveExport(ACME);

        reservation.confirm();

        assertAll(
                () -> assertEquals(Reservation.State.CONFIRMED, reservation.state()),
                () -> assertEquals(new QuotaUsage(1, 0), basic.exportUsage(ACME)));
    }

    @Test
    @DisplayName("does not count once released")
    void releasedDoesNotCount() {
        Reservation reservation = basic.reserveExport(ACME);

        reservation.release();

        assertAll(
                () -> assertEquals(Reservation.State.RELEASED, reservation.state()),
                () -> assertEquals(QuotaUsage.NONE, basic.exportUsage(ACME)));
    }

    @Test
    @DisplayName("is released when closed without a confirm, as after a failed export")
    void closeWithoutConfirmReleases() {
        assertThrows(IllegalStateException.class, () -> {
            try (Reservation ignored = basic.reserveExport(ACME)) {
                throw new IllegalStateException("the export failed");
            }
        });

        assertEquals(QuotaUsage.NONE, basic.exportUsage(ACME));
    }

    @Test
    @DisplayName("stays counted when closed after a confirm")
    void closeAfterConfirmKeepsTheCount() {
        try (Reservation reservation = basic.reserveExport(ACME)) {
            reservation.confirm();
        }

        assertEquals(new QuotaUsage(1, 0), basic.exportUsage(ACME));
    }

    @Test
    @DisplayName("counts once however often it is confirmed")
    void confirmIsIdempotent() {
        Reservation reservation = basic.reserveExport(ACME);

        reservation.confirm();
        reservation.confirm();
        reservation.release();

        assertEquals(new QuotaUsage(1, 0), basic.exportUsage(ACME));
    }

    @Test
    @DisplayName("gives its slot back once however often it is released")
    void releaseIsIdempotent() {
        Reservation kept = basic.reserveExport(ACME);
        Reservation dropped = basic.reserveExport(ACME);

        dropped.release();
        dropped.release();
        dropped.close();

        assertAll(
                () -> assertEquals(new QuotaUsage(0, 1), basic.exportUsage(ACME)),
                () -> assertEquals(Reservation.State.PENDING, kept.state()));
    }

    @Test
    @DisplayName("cannot be confirmed after it was released")
    void confirmAfterReleaseIsRefused() {
        Reservation reservation = basic.reserveExport(ACME);
        reservation.release();

        assertThrows(IllegalStateException.class, reservation::confirm);
        assertEquals(QuotaUsage.NONE, basic.exportUsage(ACME));
    }

    @Test
    @DisplayName("holds its slot against the limit while pending")
    void pendingReservationsCountAgainstTheLimit() {
        for (int i = 0; i < 10; i++) {
            basic.reserveExport(ACME);
        }

        QuotaExceededException refused = assertThrows(QuotaExceededException.class, () -> basic.reserveExport(ACME));

        assertEquals(new QuotaUsage(0, 10), refused.usage());
    }

    @Test
    @DisplayName("that was released frees its slot for the next export")
    void releasedSlotIsReusable() {
        for (int i = 0; i < 9; i++) {
            basic.reserveExport(ACME).confirm();
        }
        Reservation failedExport = basic.reserveExport(ACME);
        assertThrows(QuotaExceededException.class, () -> basic.reserveExport(ACME));

        failedExport.release();

        assertDoesNotThrow(() -> basic.reserveExport(ACME).confirm());
        assertEquals(new QuotaUsage(10, 0), basic.exportUsage(ACME));
    }

    @Test
    @DisplayName("of one tenant leaves another tenant's quota untouched")
    void tenantsAreIndependent() {
        for (int i = 0; i < 10; i++) {
            basic.reserveExport(ACME).confirm();
        }

        assertDoesNotThrow(() -> basic.reserveExport(GLOBEX).confirm());
        assertAll(
                () -> assertEquals(new QuotaUsage(10, 0), basic.exportUsage(ACME)),
                () -> assertEquals(new QuotaUsage(1, 0), basic.exportUsage(GLOBEX)));
    }

    @Test
    @DisplayName("that the ledger failed to record stays pending, so it can be retried")
    void ledgerFailureLeavesItPending() {
        FlakyLedger flaky = new FlakyLedger(QuotaLedger.inMemory());
        Reservation reservation = QuotaGuard.of(QuotaPolicy.of(Edition.BASIC), flaky).reserveExport(ACME);
        flaky.failNext = true;

        assertThrows(IllegalStateException.class, reservation::confirm);
        assertEquals(Reservation.State.PENDING, reservation.state());

        reservation.confirm();
        assertEquals(new QuotaUsage(1, 0), flaky.usage(ACME));
    }

    /** Fails the next confirm once, like a store that lost its connection. */
    private static final class FlakyLedger implements QuotaLedger {
        private final QuotaLedger delegate;
        private boolean failNext;

        FlakyLedger(QuotaLedger delegate) {
            this.delegate = delegate;
        }

        @Override
        public Outcome tryReserve(TenantId tenant, Limit limit) {
            return delegate.tryReserve(tenant, limit);
        }

        @Override
        public void confirm(TenantId tenant, String reservationId) {
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("connection lost");
            }
            delegate.confirm(tenant, reservationId);
        }

        @Override
        public void release(TenantId tenant, String reservationId) {
            delegate.release(tenant, reservationId);
        }

        @Override
        public QuotaUsage usage(TenantId tenant) {
            return delegate.usage(tenant);
        }
    }
}
