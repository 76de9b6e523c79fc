package dev.assetmigration.pkg;

import java.util.List;

/**
 * The zip holds entries that the manifest does not list. Only listed entries are checksummed,
 * so an unlisted one could smuggle content past verification. Code {@code AM-ZIP-004}.
 */
public final class UnlistedEntryException extends PackageException {

    private static final long serialVersionUID = 1L;

    private final List<String> entryNames;

    /**
     * Creates the exception.
     *
     * @param entryNames every unlisted entry, at least one
     */
    public UnlistedEntryException(List<String> entryNames) {
        super("AM-ZIP-004", entryNames.get(0), entryNames.size() + " entr" + (entryNames.size() == 1 ? "y is" : "ies are")
                + " in the package but not listed in manifest.json: " + listed(entryNames)
                + ". Something was added after export; do not import it, export the package again.", null);
        this.entryNames = List.copyOf(entryNames);
    }

    /**
     * Returns every unlisted entry.
     *
     * @return the names, in central-directory order
     */
    public List<String> entryNames() {
        return entryNames;
    }
}
