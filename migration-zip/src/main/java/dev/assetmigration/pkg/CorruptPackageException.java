package dev.assetmigration.pkg;

import org.jspecify.annotations.Nullable;

/**
 * The file is not a readable zip: empty, not a zip at all, cut short, or damaged so that an
 * entry cannot be inflated. Code {@code AM-ZIP-007}.
 */
public final class CorruptPackageException extends PackageException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the file. */
    public enum Kind {
        /** The file has no bytes. */
        EMPTY,
        /** The file does not start like a zip. */
        NOT_A_ZIP,
        /** The file starts like a zip but its end (the central directory) is missing. */
        TRUNCATED,
        /** An entry's compressed data cannot be read. */
        DAMAGED
    }

    private final Kind kind;

    /**
     * Creates the exception.
     *
     * @param kind what is wrong
     * @param entryName the entry concerned, or {@code null} for the whole file
     * @param message what happened and what to do
     * @param cause the underlying failure, or {@code null}
     */
    public CorruptPackageException(Kind kind, @Nullable String entryName, String message, @Nullable Throwable cause) {
        super("AM-ZIP-007", entryName, message, cause);
        this.kind = kind;
    }

    /**
     * Returns what is wrong with the file.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }
}
