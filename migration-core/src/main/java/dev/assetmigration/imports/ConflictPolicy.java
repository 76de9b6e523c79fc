package dev.assetmigration.imports;

/** What an import does when the target already has an asset of the same type, folder and name. */
public enum ConflictPolicy {
    /** Leave the target's asset as it is; references to the package's asset go to it. */
    SKIP,
    /** Replace the target's asset with the package's, keeping the target's id. */
    OVERWRITE,
    /**
     * Create the package's asset under a new name: the name plus {@code _imported}, then
     * {@code _imported_2}, {@code _imported_3}… until free. References follow the new name.
     */
    RENAME,
    /** Refuse the whole import; nothing is written. */
    FAIL
}
