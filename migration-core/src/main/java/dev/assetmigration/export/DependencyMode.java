package dev.assetmigration.export;

/** Which task-to-task edges a custom export follows to build its closure. */
public enum DependencyMode {
    /** The tasks the selection depends on, transitively. */
    UPSTREAM,
    /** The tasks that depend on the selection, transitively. */
    DOWNSTREAM,
    /** Both directions. */
    BOTH
}
