package dev.assetmigration.governance;

/** Where a migration task stands. */
public enum TaskStatus {
    /** Accepted, not started. */
    PENDING,
    /** Running now. */
    RUNNING,
    /** Finished successfully. */
    SUCCEEDED,
    /** Finished with an error; see the failure message. */
    FAILED
}
