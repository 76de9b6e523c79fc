package dev.assetmigration.model;

/** Whether a task instance may be run again. */
public enum RerunPolicy {
    /** May be rerun whether it succeeded or failed. */
    ALWAYS,
    /** May be rerun only after a failure. */
    ON_FAILURE_ONLY,
    /** Must not be rerun. */
    NEVER
}
