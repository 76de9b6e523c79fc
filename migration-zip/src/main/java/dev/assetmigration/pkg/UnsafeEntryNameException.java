package dev.assetmigration.pkg;

/**
 * An entry name could escape the directory a package is extracted to, or is otherwise not a
 * normalised relative path: {@code ..} or {@code .} segments, a leading {@code /}, a drive
 * letter, a backslash, an empty segment or a control character. Code {@code AM-ZIP-001}.
 */
public final class UnsafeEntryNameException extends PackageException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    /**
     * Creates the exception.
     *
     * @param entryName the offending name
     * @param reason what is wrong with it, for example {@code "contains a '..' segment"}
     */
    public UnsafeEntryNameException(String entryName, String reason) {
        super("AM-ZIP-001", entryName, "Package entry '" + entryName + "' " + reason
                + "; entry names must be relative '/'-separated paths inside the package."
                + " The package was not produced by Asset Migration or was tampered with; do not import it.", null);
        this.reason = reason;
    }

    /**
     * Returns what is wrong with the name.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }
}
