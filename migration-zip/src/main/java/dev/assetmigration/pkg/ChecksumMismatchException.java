package dev.assetmigration.pkg;

import java.util.Locale;

/**
 * An entry's bytes do not match what the manifest records: a different size or a different
 * SHA-256. Also thrown while writing when a resource's content yields another number of bytes
 * than it declared. Code {@code AM-ZIP-005}.
 */
public final class ChecksumMismatchException extends PackageException {

    private static final long serialVersionUID = 1L;

    /** Which property of the entry disagreed. */
    public enum Kind {
        /** The number of bytes. */
        SIZE,
        /** The SHA-256 digest. */
        SHA256
    }

    private final Kind kind;
    private final String expected;
    private final String actual;

    /**
     * Creates the exception.
     *
     * @param entryName the entry
     * @param kind what disagreed
     * @param expected the recorded value (a byte count or a hex digest)
     * @param actual the value found; for sizes possibly a lower bound such as {@code "more than 10"}
     */
    public ChecksumMismatchException(String entryName, Kind kind, String expected, String actual) {
        super("AM-ZIP-005", entryName, "Package entry '" + entryName + "' has "
                + (kind == Kind.SIZE ? "size " + actual + " bytes" : "SHA-256 " + actual)
                + " but manifest.json records " + expected
                + (kind == Kind.SIZE ? " bytes" : "")
                + ". The package is damaged or was modified after export; do not import it, copy or export it again.", null);
        this.kind = kind;
        this.expected = expected;
        this.actual = actual;
    }

    /**
     * Returns which property disagreed.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the value the manifest (or the content's declared size) records.
     *
     * @return the expected size in bytes or lower-case hex digest
     */
    public String expected() {
        return expected;
    }

    /**
     * Returns the value found.
     *
     * @return the actual size or lower-case hex digest
     */
    public String actual() {
        return actual;
    }

    @Override
    public String toString() {
        return super.toString() + " (" + kind.name().toLowerCase(Locale.ROOT) + ")";
    }
}
