package dev.assetmigration.model;

/** What kind of file a {@link Resource} is. */
public enum ResourceKind {
    /** A Java archive (UDF classes, MapReduce jobs). */
    JAR,
    /** A Python file. */
    PYTHON,
    /** A compressed archive (.zip, .tar.gz, .tgz). */
    ARCHIVE,
    /** Any other file (text, data, configuration). */
    FILE
}
