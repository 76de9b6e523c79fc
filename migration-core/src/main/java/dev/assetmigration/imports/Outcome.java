package dev.assetmigration.imports;

/** What happened to one asset in an import. */
public enum Outcome {
    /** Created in the target. */
    CREATED,
    /** Overwrote the target's asset. */
    UPDATED,
    /** Left as it was in the target. */
    SKIPPED,
    /** Created under a new name. */
    RENAMED,
    /** Deleted from the target (a tombstone). */
    DELETED,
    /** Not imported: cannot be migrated, rebuild by hand. */
    UNSUPPORTED,
    /** Its write failed, or it conflicted under policy FAIL. */
    FAILED,
    /** It was written, then undone because another write failed. */
    ROLLED_BACK
}
