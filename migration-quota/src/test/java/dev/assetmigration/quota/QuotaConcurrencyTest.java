package dev.assetmigration.quota;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

@DisplayName("The export quota under concurrency")
@Timeout(30)
class QuotaConcurrencyTest {

    private static final int EXPORTS = 64;
    private static final TenantId TENANT = TenantId.of("acme");

    /** Runs one simulated export per thread, all released at once; returns the threads' failures. */
    private static List<Throwable> race(int threads, Runnable export) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    export.run();
                    return null;
                }));
            }
            assertTrue(ready.await(10, TimeUnit.SECONDS), "all threads are waiting at the start line");
            start.countDown();
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }

    @RepeatedTest(5)
    @DisplayName("64 simultaneous exports on BASIC: exactly 10 succeed, 54 are refused")
    void neverOneOverTheLimit() throws InterruptedException {
        QuotaGuard guard = QuotaGuard.of(QuotaPolicy.of(Edition.BASIC), QuotaLedger.inMemory());
        AtomicInteger exported = new AtomicInteger();

        List<Throwable> failures = race(EXPORTS, () -> {
            try (Reservation reservation = guard.reserveExport(TENANT)) {
                Thread.yield(); // the export's work, while the slot is held
                reservation.confirm();
                exported.incrementAndGet();
            }
        });

        assertAll(
                () -> assertEquals(10, exported.get()),
                () -> assertEquals(54, failures.size()),
                () -> assertTrue(failures.stream().allMatch(QuotaExceededException.class::isInstance),
                        () -> "every failure is a QuotaExceededException: " + failures),
                () -> assertEquals(new QuotaUsage(10, 0), guard.exportUsage(TENANT)));
    }

    @RepeatedTest(5)
    @DisplayName("simultaneous exports that fail give their slots back and count for nothing")
    void failedExportsDoNotCount() throws InterruptedException {
        QuotaGuard guard = QuotaGuard.of(QuotaPolicy.of(Edition.BASIC), QuotaLedger.inMemory());
        AtomicInteger granted = new AtomicInteger();

        List<Throwable> failures = race(EXPORTS, () -> {
            try (Reservation ignored = guard.reserveExport(TENANT)) {
                granted.incrementAndGet();
                throw new IllegalStateException("the export failed");
            }
        });

        assertAll(
                () -> assertEquals(EXPORTS, failures.size()),
                () -> assertEquals(granted.get(),
                        failures.stream().filter(IllegalStateException.class::isInstance).count(),
                        "every granted export failed on its own, the others on the quota"),
                () -> assertEquals(QuotaUsage.NONE, guard.exportUsage(TENANT)));
    }
}
