package dev.assetmigration.imports;

/** What an import does with a secret placeholder that the {@link SecretResolver} cannot resolve. */
public enum UnresolvedSecrets {
    /** Refuse the import before any write, listing every unresolved placeholder. */
    FAIL,
    /** Import the data source without that secret, with a warning. */
    OMIT,
    /**
     * Keep the placeholder in the target, with a warning: for targets that never store clear
     * secrets, such as a directory workspace.
     */
    KEEP_PLACEHOLDER
}
