package dev.assetmigration.pkg;

/**
 * The same entry name occurs twice: in the zip's central directory, in the manifest, or because
 * two assets written to one package map to the same file. Zip libraries disagree about which
 * duplicate wins, so a package with duplicates is never read. Code {@code AM-ZIP-002}.
 */
public final class DuplicateEntryException extends PackageException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param entryName the duplicated name
     * @param detail where the duplicate was found and what to do
     */
    public DuplicateEntryException(String entryName, String detail) {
        super("AM-ZIP-002", entryName, "Package entry '" + entryName + "' occurs more than once " + detail, null);
    }
}
