package dev.assetmigration.governance;

/** The kind of a migration task. */
public enum TaskKind {
    /** An export to a package. */
    EXPORT,
    /** An import of a package. */
    IMPORT
}
