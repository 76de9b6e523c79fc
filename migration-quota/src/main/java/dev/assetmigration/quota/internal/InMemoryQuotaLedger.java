package dev.assetmigration.quota.internal;

import dev.assetmigration.quota.Limit;
import dev.assetmigration.quota.QuotaLedger;
import dev.assetmigration.quota.QuotaUsage;
import dev.assetmigration.quota.TenantId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The in-memory {@link QuotaLedger}: one account per tenant, each guarded by its own lock, so
 * tenants never wait for each other and a tenant's check-and-reserve is atomic.
 */
public final class InMemoryQuotaLedger implements QuotaLedger {

    private final ConcurrentMap<TenantId, Account> accounts = new ConcurrentHashMap<>();

    /** Creates an empty ledger. */
    public InMemoryQuotaLedger() {
    }

    @Override
    public Outcome tryReserve(TenantId tenant, Limit limit) {
        Objects.requireNonNull(limit, "limit");
        return account(tenant).tryReserve(limit);
    }

    @Override
    public void confirm(TenantId tenant, String reservationId) {
        account(tenant).confirm(Objects.requireNonNull(reservationId, "reservationId"));
    }

    @Override
    public void release(TenantId tenant, String reservationId) {
        account(tenant).release(Objects.requireNonNull(reservationId, "reservationId"));
    }

    @Override
    public QuotaUsage usage(TenantId tenant) {
        Account account = accounts.get(Objects.requireNonNull(tenant, "tenant"));
        return account == null ? QuotaUsage.NONE : account.usage();
    }

    /** Returns how many tenants have an account, for the {@code toString} of a test failure. */
    @Override
    public String toString() {
        return "InMemoryQuotaLedger[" + accounts.size() + " tenants]";
    }

    private Account account(TenantId tenant) {
        return accounts.computeIfAbsent(Objects.requireNonNull(tenant, "tenant"), t -> new Account());
    }

    /** One tenant's count. Every method holds the account's monitor. */
    private static final class Account {

        private long confirmed;
        private final Set<String> pending = new HashSet<>();

        synchronized Outcome tryReserve(Limit limit) {
            QuotaUsage usage = usage();
            if (!usage.admitsOneMore(limit)) {
                return new Outcome.Refused(usage);
            }
            String id = UUID.randomUUID().toString();
            pending.add(id);
            return new Outcome.Granted(id);
        }

        synchronized void confirm(String reservationId) {
            if (pending.remove(reservationId)) {
                confirmed++;
            }
        }

        synchronized void release(String reservationId) {
            pending.remove(reservationId);
        }

        synchronized QuotaUsage usage() {
            return new QuotaUsage(confirmed, pending.size());
        }
    }
}
