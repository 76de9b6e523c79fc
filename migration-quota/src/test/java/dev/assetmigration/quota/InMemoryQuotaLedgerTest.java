package dev.assetmigration.quota;

import org.junit.jupiter.api.DisplayName;

@DisplayName("The in-memory quota ledger")
class InMemoryQuotaLedgerTest extends QuotaLedgerContract {

    @Override
    protected QuotaLedger createLedger() {
        return QuotaLedger.inMemory();
    }
}
