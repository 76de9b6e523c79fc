package dev.assetmigration.spi;

/**
 * The workspace can group writes into a transaction that is applied or undone as a whole.
 * An import uses it when present, and otherwise undoes its writes one by one.
 */
public interface Transactions extends WorkspaceCapability {

    /**
     * Starts a transaction. Writes through this workspace's providers from now on belong to it
     * until it is committed or rolled back. A workspace may allow one transaction at a time and
     * block or fail a second {@code begin()}.
     *
     * @return the open transaction
     * @throws dev.assetmigration.error.ProviderException if a transaction cannot be started
     */
    Transaction begin();

    /** An open transaction; closing it without {@link #commit()} rolls it back. */
    interface Transaction extends AutoCloseable {

        /**
         * Makes every write since {@link Transactions#begin()} permanent.
         *
         * @throws dev.assetmigration.error.ProviderException if the commit fails; the writes
         *     are then rolled back
         */
        void commit();

        /** Undoes every write since {@link Transactions#begin()}. */
        void rollback();

        /** Rolls back unless committed. */
        @Override
        void close();
    }
}
